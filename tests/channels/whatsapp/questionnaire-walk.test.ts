import { existsSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadQuestionnaires } from '../../../src/features/questionnaires/definitions.ts';
import { defaultQuestionnairesDir } from '../../../src/features/questionnaires/index.ts';
import { localDay } from '../../../src/core/time.ts';
import { planWalk, type WalkStep } from '../../helpers/walk.ts';
import { MessageTypeValues as T } from '../../helpers/whatsapp-stand-in/index.ts';
import { createAppHarness, enrol, type AppHarness } from './app-harness.ts';

const [q] = loadQuestionnaires(defaultQuestionnairesDir);
if (!q) throw new Error('no questionnaire');
const salma = '21655123456@c.us';
const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46]);

/** Every other single-choice question is answered by its label's text rather than its number. */
let singles = 0;
const byText = new Map<string, string>();
function typed(step: WalkStep): string {
  const question = q?.byId.get(step.questionId);
  if (question?.type !== 'single' || singles++ % 2 === 0) return step.line;
  const choice = question.choices[Number(step.line) - 1];
  if (!choice) return step.line;
  byText.set(step.questionId, choice.value);
  return choice.label.fr.toUpperCase();
}

let h: AppHarness;
beforeAll(async () => {
  h = await createAppHarness();
  // An SG already enrolled in a pilot commune's team, who has written to the bot before.
  await enrol(h.app, [
    { externalId: salma, displayName: 'Salma Ben Ali', slug: 'sfax', teamName: 'Équipe Sfax', commune: 'Sfax' },
  ]);
});
afterAll(async () => {
  await h.cleanup();
});

describe('questionnaire 1 walked through WhatsApp (real adapter, real core, stand-in client)', () => {
  it('every question answered by number or text, a photo sent as evidence, review, submit, results and plan', async () => {
    const steps = planWalk(q, 'fr', localDay(new Date(), 'Africa/Tunis'));
    const out: string[] = [];
    out.push(...(await h.say(salma, '/diagnostic')));
    out.push(...(await h.say(salma, '1')));
    let photos = 0;
    for (const step of steps) {
      if (q.byId.get(step.questionId)?.type === 'photo') {
        photos++;
        const before = h.standIn.sent.length;
        h.standIn.live().deliver({
          from: salma,
          type: T.IMAGE,
          body: 'Guichet d’accueil',
          media: { mimetype: 'image/jpeg', data: jpeg },
        });
        await h.idle();
        out.push(...h.standIn.sent.slice(before).map((s) => (typeof s.content === 'string' ? s.content : '')));
      } else {
        out.push(...(await h.say(salma, typed(step))));
      }
    }
    out.push(...(await h.say(salma, '/submit')));
    // The summary's numbered choices: « 1 » confirms.
    out.push(...(await h.say(salma, '1')));
    out.push(...(await h.say(salma, '/plan')));
    const text = out.join('\n');
    expect(h.appLogs.filter((l) => l.msg === 'handler failed')).toEqual([]);

    expect(text).not.toContain('⚠️');
    // Numbered among the questions that apply: the total follows the service domain chosen (a
    // range until it is).
    expect(text).toMatch(/Question 1\/\d+–\d+ · 1\. /);
    expect(out.some((t) => /^\*Question \d+\/\d+ · \d+\. .+\*/.test(t))).toBe(true);
    // Every question is headed in bold, a text, number, date or photo question as a choice one.
    expect(out.filter((t) => /^Question \d+\/\d+(?:–\d+)? · /m.test(t))).toEqual([]);
    expect(text).toMatch(/\n1\. .+\n2\. /);
    expect(text).toContain("Soumettre « Diagnostic de performance d'un service municipal » au nom de l'Équipe Sfax ?");
    expect(text).toMatch(/\n1\. ✅ Confirmer la soumission\n2\. ↩️ Revenir à la revue/);
    expect(text).toContain("Questionnaire soumis au nom de l'Équipe Sfax");
    expect(text).toMatch(/Niveau d'ensemble : \d+\/100 — /);
    expect(text).toContain("Plan d'amélioration — Équipe Sfax");

    const answers = await h.app.db.answer.findMany();
    expect(answers).toHaveLength(steps.length);
    expect(photos).toBeGreaterThan(0);
    expect(byText.size).toBeGreaterThan(0);
    for (const [questionId, value] of byText)
      expect([questionId, answers.find((a) => a.questionId === questionId)?.value]).toEqual([
        questionId,
        JSON.stringify(value),
      ]);
    const photo = answers.find((a) => q.byId.get(a.questionId)?.type === 'photo');
    // The questionnaire repository writes answers as JSON text through raw SQL.
    const raw = photo?.value;
    const path = String(typeof raw === 'string' && raw.startsWith('"') ? JSON.parse(raw) : raw);
    expect(path.startsWith(`${h.dataDir}/media/`)).toBe(true);
    expect(existsSync(path) && readFileSync(path)).toEqual(jpeg);
  });
});
