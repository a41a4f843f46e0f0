import { describe, expect, it } from 'vitest';
import { useAppHarness, type AppHarness } from './app-harness.ts';

// A questionnaire that is not about a municipal service (the training session's evaluation, a
// mission report) started from WhatsApp: its count of questions is not « pour ce service ».
const salma = '21655123456@c.us';
const karim = '21698765432@c.us';
const h: AppHarness = useAppHarness([
  { externalId: salma, displayName: 'Salma Ben Ali', locale: 'fr', slug: 'sfax' },
  { externalId: karim, displayName: 'Karim Trabelsi', locale: 'ar', slug: 'gabes' },
]);

/** The session evaluation started from the /diagnostic list: its start message. */
async function startEvaluation(chat: string): Promise<string> {
  const list = (await h.say(chat, '/diagnostic')).join('\n');
  const line = list.split('\n').find((l) => /Évaluation de la session|تقييم الدورة/.test(l)) ?? '';
  const number = /^(\d+)\./.exec(line)?.[1] ?? '';
  expect(number).not.toBe('');
  return (await h.say(chat, number))[0] ?? '';
}

describe('starting a questionnaire that is not about a service, on WhatsApp', () => {
  it('French: « Environ 5 minutes, 13 questions. », no service named', async () => {
    const started = await startEvaluation(salma);
    expect(started).toMatch(/Environ \d+ minutes, \d+ questions\. Vos réponses/);
    expect(started).not.toContain('service');
  });

  it('Arabic: the count alone, no « لهذا المرفق »', async () => {
    const started = await startEvaluation(karim);
    expect(started).toMatch(/، و\d+ (?:أسئلة|سؤالًا|سؤال)\. تُحفظ/);
    expect(started).not.toContain('المرفق');
  });
});
