import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from './helpers/console.ts';

const src = join(projectRoot, 'src');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'generated' ? [] : files(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

/** Relative imports of a file, type-only ones included (they are arrows of the design too). */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const targets = [...text.matchAll(/from '(\.{1,2}\/[^']+\.ts)'/g)].map((m) => resolve(dirname(file), m[1] ?? ''));
  return targets.filter((t) => !t.includes(`${join('src', 'generated')}`));
}

describe('module structure', () => {
  it('has no import cycles', () => {
    const graph = new Map(files(src).map((f) => [f, importsOf(f)]));
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (file: string, path: string[]) => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'open') {
        cycles.push([...path.slice(path.indexOf(file)), file].map((f) => relative(src, f)).join(' → '));
        return;
      }
      state.set(file, 'open');
      for (const next of graph.get(file) ?? []) visit(next, [...path, file]);
      state.set(file, 'done');
    };
    for (const file of graph.keys()) visit(file, []);
    expect(cycles).toEqual([]);
  });

  it('keeps the core below the channels: nothing in src/core imports src/channels', () => {
    const upward = files(join(src, 'core')).flatMap((f) =>
      importsOf(f)
        .filter((t) => t.startsWith(join(src, 'channels')))
        .map((t) => `${relative(src, f)} → ${relative(src, t)}`),
    );
    expect(upward).toEqual([]);
  });
});
