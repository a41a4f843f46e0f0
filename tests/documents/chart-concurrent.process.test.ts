// Charts drawn at the same moment (two teams asking /results together, a guide with its case
// studies while a report is made): the canvas library's asynchronous PNG encoding crashed the whole
// process (SIGSEGV) after a few rounds of concurrent charts. Drawn in a child process, so that a
// crash is this test's failure and not the test runner's.
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const script = `
import { renderScoreChart } from './src/documents/chart.ts';
const levels = [{ label: 'Initial', min: 0 }, { label: 'Maîtrisé', min: 50 }, { label: 'Excellent', min: 80 }];
const bars = Array.from({ length: 8 }, (_, i) => ({
  label: 'Dimension ' + i + ' — البعد ' + i + ' avec un libellé assez long pour passer à la ligne',
  score: i * 12,
}));
let png = 0;
for (let round = 0; round < 8; round++) {
  const charts = await Promise.all(
    Array.from({ length: 8 }, (_, k) =>
      renderScoreChart({ locale: k % 2 ? 'ar' : 'fr', title: 'Résultats — النتائج', subtitle: 'Équipe ' + k, bars, levels }),
    ),
  );
  png += charts.filter((c) => c.subarray(1, 4).toString('latin1') === 'PNG' && c.length > 1000).length;
}
console.log(png + ' png');
`;

function runNode(code: string): Promise<{ code: number | null; signal: string | null; stdout: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], {
      cwd: new URL('../..', import.meta.url).pathname,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (exitCode, signal) => resolve({ code: exitCode, signal, stdout }));
  });
}

describe('score charts drawn at the same moment', () => {
  it('are all complete PNG images, 8 at a time over 8 rounds, French and Arabic, and the process lives', async () => {
    const result = await runNode(script);
    expect(result.signal).toBeNull();
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toBe('64 png');
  });
});
