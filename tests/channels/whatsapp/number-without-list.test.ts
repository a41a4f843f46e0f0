import { describe, expect, it } from 'vitest';
import { useAppHarness } from './app-harness.ts';

// A teammate joining a diagnostic lists the questionnaires, looks at /status, then types « 1 » as
// if the list still waited: the number used to go to the knowledge base as a question (« 4 »
// answered with Bass's four I's). It says that no list waits, and how to resume.
const karim = '21698765432@c.us';
const salma = '21655123456@c.us';

const h = useAppHarness([
  { externalId: karim, displayName: 'Karim Trabelsi', locale: 'fr', slug: 'monastir' },
  { externalId: salma, displayName: 'Salma Ben Ali', locale: 'ar', slug: 'mahdia' },
]);

describe('a number typed when no list waits for one, on WhatsApp', () => {
  it('French: « 1 » and « 4 » after /status record nothing and point to /diagnostic', async () => {
    await h.say(karim, '/diagnostic');
    await h.say(karim, '/status');
    for (const typed of ['1', '4']) {
      const reply = (await h.say(karim, typed)).join('\n');
      expect(reply).toBe(
        `Aucune liste n'attend de numéro : « ${typed} » n'a rien enregistré. Tapez /diagnostic pour reprendre un questionnaire, ou /help.`,
      );
    }
    expect(await h.app.db.answer.count()).toBe(0);
  });

  it('Arabic: « ٢ » after /pause says the same in Arabic, right to left', async () => {
    await h.say(salma, '/diagnostic');
    await h.say(salma, '1');
    await h.say(salma, '/pause');
    const reply = await h.say(salma, '٢');
    expect(reply).toEqual(['لا توجد قائمة تنتظر رقمًا: لم يُسجَّل « ٢ ». اكتب /diagnostic لاستئناف استبيان، أو /help.']);
    // As sent (the harness strips direction marks): the line starts right to left.
    const sent = h.standIn.sent.at(-1)?.content;
    expect(typeof sent === 'string' && sent.startsWith('\u200f')).toBe(true);
    expect(await h.app.db.answer.count()).toBe(0);
  });
});
