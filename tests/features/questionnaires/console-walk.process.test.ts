import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadQuestionnaires } from '../../../src/features/questionnaires/definitions.ts';
import { defaultQuestionnairesDir } from '../../../src/features/questionnaires/index.ts';
import { localDay } from '../../../src/core/time.ts';
import { consoleRun, runBot, startBot, stripMarks, type ConsoleRun } from '../../helpers/console.ts';
import { queryRows } from '../../helpers/db.ts';
import { planWalk } from '../../helpers/walk.ts';

const [q] = loadQuestionnaires(defaultQuestionnairesDir);
if (!q) throw new Error('no questionnaire');
const today = localDay(new Date(), 'Africa/Tunis');

async function countAnswers(run: ConsoleRun): Promise<number> {
  const [row] = await queryRows<{ n: number | string }>(
    run.env.DATABASE_URL ?? '',
    'SELECT COUNT(*) AS n FROM "Answer"',
  );
  return Number(row?.n);
}

describe('questionnaire 1 walked through the console (real child process)', () => {
  it.each(['fr', 'ar'] as const)(
    'full walk in %s: every question, review, submit, results and draft plan',
    async (locale) => {
      const steps = planWalk(q, locale, today);
      const run = await consoleRun();
      const lines = [
        ...(locale === 'ar' ? ['/lang ar'] : []),
        '/diagnostic',
        '1',
        ...steps.map((s) => s.line),
        '/submit',
        '1',
        '/plan',
      ];
      const result = await runBot(`${lines.join('\n')}\n`, run.env);
      expect(result.code).toBe(0);
      const out = stripMarks(result.stdout);
      expect(out).not.toContain('⚠️');
      if (locale === 'fr') {
        expect(out).toMatch(/Question 1\/\d+–\d+ · 1\. /);
        expect(out).toContain('Revue — page 1/');
        expect(out).toMatch(/Réponses : \d+\/\d+ ?[.;][^]*\n1\. ✅ Confirmer la soumission\n2\. ↩️ Revenir à la revue/);
        expect(out).toContain("Questionnaire soumis au nom de l'équipe Commune pilote (démo)");
        expect(out).toMatch(/Niveau d'ensemble : \d+\/100 — /);
        expect(out).toContain("Plan d'amélioration — équipe Commune pilote (démo)");
      } else {
        expect(out).toMatch(/السؤال 1\/\d+–\d+ · 1\. /);
        expect(out).toMatch(/الإجابات: \d+\/\d+[.؛][^]*\n1\. ✅ تأكيد التقديم\n2\. ↩️ الرجوع إلى المراجعة/);
        expect(out).toContain('قُدِّم الاستبيان باسم فريق بلدية نموذجية (للتجربة)');
        expect(out).toMatch(/المستوى العام: \d+\/100 — /);
        expect(out).toContain('خطة التحسين — فريق بلدية نموذجية (للتجربة)');
      }
      const answered = steps.filter((s) => s.line !== '/skip').length;
      expect(await countAnswers(run)).toBe(steps.length);
      expect(answered).toBeGreaterThan(40);
    },
  );

  it('invalid input gets a clear message, the same question again, and loses nothing', async () => {
    const run = await consoleRun({ QUESTIONNAIRES_DIR: 'tests/fixtures/questionnaires' });
    const input = [
      '/diagnostic 1',
      'Voirie',
      '3',
      'concession',
      '0',
      'une douzaine',
      '10',
      '/back',
      '/skip',
      'peut-être',
      '/skip',
    ];
    const result = await runBot(`${input.join('\n')}\n`, run.env);
    const out = stripMarks(result.stdout);
    expect(out).toContain("⚠️ Je n'ai pas reconnu ce choix. Répondez par un numéro de 1 à 2");
    expect(out).toContain('⚠️ Au moins un agent.');
    expect(out).toContain("⚠️ Ce n'est pas un nombre que je peux lire sûrement.");
    expect(out).toContain('Réponse actuelle : 10 — par Opérateur local');
    expect(out).toContain('⚠️ Répondez par oui ou par non');
    // name, mode, staff and the skipped contract question are saved; nothing else.
    expect(await countAnswers(run)).toBe(4);
    const rows = (
      await queryRows<{ questionId: string; value: unknown }>(
        run.env.DATABASE_URL ?? '',
        'SELECT "questionId", "value" FROM "Answer" ORDER BY "questionId"',
      )
    ).map((r) => ({
      questionId: r.questionId,
      value: r.value === null ? null : String(r.value as string | number),
    }));
    expect(rows).toEqual([
      { questionId: 'q_contract', value: null },
      { questionId: 'q_mode', value: '"concession"' },
      { questionId: 'q_name', value: '"Voirie"' },
      { questionId: 'q_staff', value: '10' },
    ]);
  });

  // Two bot processes each: on a loaded 2-core machine one start took half a minute, and 60 s ran out.
  it('resumes exactly where it was after a restart, in another process', { timeout: 180_000 }, async () => {
    const steps = planWalk(q, 'fr', today, 12);
    const run = await consoleRun();
    await runBot(`/diagnostic 1\n${steps.map((s) => s.line).join('\n')}\n`, run.env);
    const resumed = await runBot('/diagnostic 1\n', run.env);
    const next = planWalk(q, 'fr', today, 13)[12];
    const question = q.byId.get(next?.questionId ?? '');
    expect(stripMarks(resumed.stdout)).toContain('Vous reprenez');
    expect(stripMarks(resumed.stdout)).toContain(question?.label.fr);
  });
});

describe('kill -9 in the middle of a run', () => {
  it('loses at most the message in flight and resumes where it was', { timeout: 180_000 }, async () => {
    const steps = planWalk(q, 'fr', today, 16);
    const run = await consoleRun();
    const bot = startBot(run.env);
    const footer = '/status avancement';
    await bot.send('/diagnostic 1', footer, 1);
    for (const [i, s] of steps.slice(0, 15).entries()) await bot.send(s.line, footer, i + 2);
    // One more answer in flight, then the process is killed without warning.
    bot.child.stdin.write(`${steps[15]?.line}\n`);
    bot.child.kill('SIGKILL');
    await bot.exited;

    const saved = await countAnswers(run);
    expect([15, 16]).toContain(saved);
    const resumed = stripMarks((await runBot('/diagnostic 1\n', run.env)).stdout);
    const candidates = planWalk(q, 'fr', today, saved + 1)
      .slice(saved - 1)
      .map((s) => q.byId.get(s.questionId)?.label.fr ?? '?');
    expect(candidates.some((label) => resumed.includes(label))).toBe(true);
    expect(resumed).toContain('Vous reprenez');
  });
});

describe('a broken questionnaire file stops the start', () => {
  it('exits 1 naming the file, the question and the problem; nothing half-loaded', async () => {
    const { mkdtempSync, writeFileSync, readFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(resolve(tmpdir(), 'jawda-broken-'));
    const source = readFileSync(resolve(import.meta.dirname, '../../fixtures/questionnaires/mini.yaml'), 'utf8');
    writeFileSync(
      resolve(dir, 'cassé.yaml'),
      source.replace(
        `relevant: "\${q_mode} != 'direct' and \${q_staff} > 5"`,
        `relevant: "\${q_mode} = 'x' and \${q_inconnue} > 5"`,
      ),
    );
    const run = await consoleRun({ QUESTIONNAIRES_DIR: dir });
    const result = await runBot('/start\n', run.env);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(
      'cassé.yaml: question q_contract: relevant refers to unknown question ${q_inconnue}',
    );
  });
});
