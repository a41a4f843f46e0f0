import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { consoleRun, runBot, runWithInput, stripMarks } from '../helpers/console.ts';

describe('console chat from a pipe (real child process)', () => {
  it('npm start answers /start, /help, /lang ar, /help in both languages and exits 0', async () => {
    const run = await consoleRun();
    const result = await runWithInput('npm', ['start', '--silent'], '/start\n/help\n/lang ar\n/help\n', run.env);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const out = stripMarks(result.stdout);
    const welcome = out.indexOf('Bonjour Opérateur local');
    const helpFr = out.indexOf('Ce que vous pouvez faire');
    const switched = out.indexOf('سأجيبك من الآن فصاعدًا بالعربية');
    const helpAr = out.indexOf('ما يمكنك القيام به');
    expect(welcome).toBeGreaterThanOrEqual(0);
    expect(helpFr).toBeGreaterThan(welcome);
    expect(switched).toBeGreaterThan(helpFr);
    expect(helpAr).toBeGreaterThan(switched);
    // The operator is a coordinator in the demo team, named after its commune.
    expect(out).toContain("Vous êtes membre de l'équipe Commune pilote (démo).");
    // Arabic lines start right-to-left.
    const arabicLine = result.stdout.split('\n').find((l) => l.includes('ما يمكنك'));
    expect(arabicLine?.startsWith('\u200F')).toBe(true);
  });

  // Two starts of the bot: on a loaded machine each takes up to half a minute (TypeScript is compiled at start).
  it('remembers the language across restarts and answers numbered choices', { timeout: 120_000 }, async () => {
    const run = await consoleRun();
    const first = await runBot('/lang\n2\n', run.env);
    expect(first.code).toBe(0);
    const firstOut = stripMarks(first.stdout);
    expect(firstOut).toContain('1. Français');
    expect(firstOut).toContain('2. العربية');
    expect(firstOut).toContain('سأجيبك من الآن فصاعدًا بالعربية');

    const second = await runBot('/help\nmerci\n/inconnue\n', run.env);
    expect(second.code).toBe(0);
    const out = stripMarks(second.stdout);
    expect(out).toContain('ما يمكنك القيام به');
    // « merci » is thanked, in the language the chat remembered.
    expect(out).toContain('العفو يا');
    expect(out).toContain('لا أعرف الأمر /inconnue');
  });

  it('starts in Arabic with DEFAULT_LOCALE=ar and writes logs to the log file, not the chat', async () => {
    const run = await consoleRun({ DEFAULT_LOCALE: 'ar' });
    const result = await runBot('/start\n', run.env);
    expect(result.code).toBe(0);
    // The defaults are read in Arabic: the operator's name, the demo team's commune.
    expect(stripMarks(result.stdout)).toContain('مرحبًا المشغّل المحلي!');
    expect(stripMarks(result.stdout)).toContain('أنت عضو في فريق بلدية نموذجية (للتجربة).');
    expect(stripMarks(result.stdout)).not.toMatch(/Opérateur|Équipe|Commune/);
    expect(result.stdout).not.toContain('"level"');
    expect(readFileSync(join(run.dir, 'jawda.log'), 'utf8')).toContain('Jawda started');
  });

  it('an invalid configuration stops the start with one readable message naming each variable', async () => {
    const run = await consoleRun({ DEFAULT_LOCALE: 'en', SQLITE_BUSY_TIMEOUT_MS: 'never' });
    const result = await runBot('/start\n', run.env);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('DEFAULT_LOCALE');
    expect(result.stderr).toContain('SQLITE_BUSY_TIMEOUT_MS');
    expect(result.stderr).not.toContain('at ');
  });
});
