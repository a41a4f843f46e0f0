// Two teammates on the same question at once: Sami has the question on his phone, Amel answers it
// from hers, then Sami sends his figure. His answer does not silently replace hers, which he never
// saw: nothing of his is saved, he is told she answered meanwhile and is shown her answer; sent
// again, his answer replaces hers (and she is told at her next message), /skip keeps hers. The same
// answer as hers is simply saved. French and Arabic, real application and database.
import { describe, expect, it } from 'vitest';
import type { App } from '../../../src/app.ts';
import { formatNumber } from '../../../src/core/number-format.ts';
import { appForTests } from '../../helpers/app.ts';
import { twoTeammates } from '../../helpers/teammates.ts';

let app: App;
appForTests((ready) => {
  app = ready;
});

const [n45, n50] = [formatNumber(45000), formatNumber(50000)];

const words = {
  fr: {
    name: 'Service des permis de bâtir',
    meanwhile: `⚠️ Amel a répondu à cette question pendant que vous y étiez ; votre réponse (${n50} habitants) n'est pas enregistrée.`,
    current: `Réponse actuelle : ${n45} habitants — par Amel`,
    replaced: 'remplace celle de Amel',
    told: `✏️ Modifié par Sami — Habitants desservis : ${n45} habitants → ${n50} habitants`,
    staff: 'agents',
  },
  ar: {
    name: 'مصلحة رخص البناء',
    meanwhile: `⚠️ وصلت إجابة Amel عن هذا السؤال بينما كنت عليه؛ لم تُسجَّل إجابتك (${n50} ساكن).`,
    current: `الإجابة الحالية: ${n45} ساكن — من Amel`,
    replaced: 'إجابة Amel',
    told: `✏️ تعديل من Sami — المتساكنون المنتفعون: ${n45} ساكن ← ${n50} ساكن`,
    staff: 'الأعوان',
  },
} as const;

describe.each(['fr', 'ar'] as const)('a teammate answers the question I am on, in %s', (locale) => {
  const w = words[locale];

  it('my different answer is not saved over hers until I send it again', async () => {
    const { amel, sami, say, current } = await twoTeammates(app, `meanwhile-${locale}`, locale);
    await say(amel, '/diagnostic 1');
    await say(amel, w.name);
    await say(amel, '3');
    // Both on « how many inhabitants »: Amel answers first.
    await say(sami, '/diagnostic 1');
    await say(amel, '45000');

    const first = await say(sami, '50000');
    expect(first).toContain(w.meanwhile);
    expect(first).toContain(w.current);
    expect(await current('q_residents_served')).toBe(45000);

    // Sent again, knowing: his answer stands, and Amel learns it at her next message.
    const again = await say(sami, '50000');
    expect(again).toContain(w.replaced);
    expect(again).toContain(w.staff);
    expect(await current('q_residents_served')).toBe(50000);
    expect(await say(amel, '120')).toContain(w.told);
  });

  it('the same answer as hers is saved without a word, /skip keeps hers', async () => {
    const { amel, sami, say, current } = await twoTeammates(app, `same-${locale}`, locale);
    await say(amel, '/diagnostic 1');
    await say(amel, w.name);
    await say(amel, '3');
    await say(sami, '/diagnostic 1');
    await say(amel, '45000');
    const same = await say(sami, '45 000');
    expect(same).not.toContain('⚠️');
    expect(same).toContain(w.staff);

    // Amel answers the agents while Sami is on it; he keeps hers.
    await say(amel, '120');
    expect(await say(sami, '7')).toContain('⚠️');
    expect(await say(sami, '/skip')).not.toContain('⚠️');
    expect(await current('q_staff_count')).toBe(120);
  });
});
