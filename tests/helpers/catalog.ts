// What the Fluent catalogs ask of their callers, read from the catalog files: each message's (and
// attribute's) variables, and which of them choose a plural form.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { FluentResource } from '@fluent/bundle';
import { defaultLocalesDir, type Locale } from '../../src/core/i18n.ts';

export interface MessageVariables {
  /** Every variable the message uses, in any variant. */
  all: Set<string>;
  /** The variables a selector reads with plural keys ([one], [few], [0]…): numbers. */
  counts: Set<string>;
}

const pluralKeys = new Set(['zero', 'one', 'two', 'few', 'many']);

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined;
}

/** Walks a message's parsed pattern (plain data: arrays and objects with a `type`). */
function collect(node: unknown, out: MessageVariables): void {
  if (Array.isArray(node)) {
    for (const child of node) collect(child, out);
    return;
  }
  const element = record(node);
  if (!element) return;
  if (element.type === 'var' && typeof element.name === 'string') out.all.add(element.name);
  const selector = record(element.selector);
  if (element.type === 'select' && selector?.type === 'var' && Array.isArray(element.variants)) {
    const keys = element.variants.map((variant) => record(record(variant)?.key));
    if (keys.some((key) => key?.type === 'numr' || pluralKeys.has(String(key?.value))))
      out.counts.add(String(selector.name));
  }
  for (const child of Object.values(element)) if (typeof child === 'object') collect(child, out);
}

function catalogFiles(locale: Locale): string[] {
  const dir = join(defaultLocalesDir, locale);
  const own = readdirSync(dir)
    .filter((f) => f.endsWith('.ftl'))
    .map((f) => join(dir, f));
  return [join(defaultLocalesDir, `${locale}.ftl`), ...own];
}

/** Message id (and `id.attribute`) → its variables, for every message of a locale's catalogs. */
export function catalogVariables(locale: Locale): Map<string, MessageVariables> {
  const out = new Map<string, MessageVariables>();
  for (const file of catalogFiles(locale))
    for (const entry of new FluentResource(readFileSync(file, 'utf8')).body) {
      if (entry.id.startsWith('-')) continue;
      const parts: [string, unknown][] = [[entry.id, entry.value]];
      for (const [name, pattern] of Object.entries(entry.attributes)) parts.push([`${entry.id}.${name}`, pattern]);
      for (const [id, pattern] of parts) {
        const vars: MessageVariables = { all: new Set(), counts: new Set() };
        collect(pattern, vars);
        out.set(id, vars);
      }
    }
  return out;
}
