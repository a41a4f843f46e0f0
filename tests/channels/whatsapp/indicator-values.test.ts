import { describe, expect, it } from 'vitest';
import { localDay } from '../../../src/core/time.ts';
import { useAppHarness } from './app-harness.ts';

// On numbered lists (WhatsApp, console) an indicator's special answers used to be "1. Non mesuré /
// 2. Sans objet", so a measured 1 or 2 was stored as one of them. A typed number is the value.
const salma = '21655123456@c.us';
const karim = '21655987654@c.us';

const h = useAppHarness([
  { externalId: salma, displayName: 'Salma Ben Ali', locale: 'fr', slug: 'sfax' },
  { externalId: karim, displayName: 'Karim Trabelsi', locale: 'ar', slug: 'gabes' },
]);

const [y, m, d] = localDay(new Date(), 'Africa/Tunis').split('-');
const today = `${d}/${m}/${y}`;

/** Starts the service diagnostic for the civil registry and answers up to the photo, which is skipped. */
async function toMeasures(who: string, name: string): Promise<string> {
  await h.say(who, '/diagnostic');
  await h.say(who, '1');
  for (const line of [name, '1', '45000', '12', '350000', today]) await h.say(who, line);
  return (await h.say(who, '/skip')).join('\n');
}

async function stored(slug: string, questionId: string): Promise<unknown> {
  const rows = await h.app.db.answer.findMany({ where: { questionId, run: { team: { slug } } } });
  expect(rows).toHaveLength(1);
  const raw = rows[0]?.value;
  return typeof raw === 'string' ? JSON.parse(raw) : raw;
}

describe('indicator questions on WhatsApp: a typed number is always the measured value', () => {
  it('French: 1 and 2,2 are values, « non mesuré » and « sans objet » typed as words are the special answers', async () => {
    const intro = await toMeasures(salma, 'État civil');
    // The measures note, alone in its section, comes before the first measure.
    expect(intro).toContain("N'inventez pas");
    // The question names the two words once, as the lines to type (the hint used to name them too).
    const question = intro.slice(intro.indexOf('*Question'));
    expect(question).toContain(
      "Répondez par la valeur mesurée (minutes), ou par l'une des deux réponses ci-dessous.\n« Non mesuré »\n« Sans objet »\n",
    );
    expect(question.match(/non mesuré/gi)).toHaveLength(1);
    expect(question.match(/sans objet/gi)).toHaveLength(1);
    expect(intro).not.toMatch(/^[12]\. (Non mesuré|Sans objet)/m);

    const afterOne = (await h.say(salma, '1')).join('\n');
    expect(afterOne).toContain("D'où vient cette valeur");
    await h.say(salma, '2');
    await h.say(salma, '2,2');
    await h.say(salma, '1');
    await h.say(salma, 'non mesuré');
    const last = (await h.say(salma, 'Sans objet')).join('\n');
    expect(last).not.toContain('⚠️');

    expect(await stored('sfax', 'q_cr_wait_minutes')).toBe(1);
    expect(await stored('sfax', 'q_cr_same_day_share')).toBe(2.2);
    expect(await stored('sfax', 'q_cr_rework_rate')).toBe('not_measured');
    expect(await stored('sfax', 'q_cr_transcription_backlog')).toBe('not_applicable');
  });

  it('Arabic: a 1-minute wait is 1, « لا ينطبق » typed is the special answer', async () => {
    const intro = await toMeasures(karim, 'مصلحة الحالة المدنية');
    expect(intro).toContain('لا تخمّنوا');
    const question = intro.slice(intro.indexOf('*السؤال'));
    expect(question).toContain('أجب بالقيمة المقيسة (دقيقة)، أو بإحدى الإجابتين أدناه.\n« غير مقيس »\n« لا ينطبق »\n');
    expect(question.match(/غير مقيس/g)).toHaveLength(1);
    expect(question.match(/لا ينطبق/g)).toHaveLength(1);

    await h.say(karim, '١');
    await h.say(karim, '1');
    await h.say(karim, 'لا ينطبق');
    expect(await stored('gabes', 'q_cr_wait_minutes')).toBe(1);
    expect(await stored('gabes', 'q_cr_same_day_share')).toBe('not_applicable');
  });
});
