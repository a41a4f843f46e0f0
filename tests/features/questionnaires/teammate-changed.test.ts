// Two teammates on one diagnostic: when Sami replaces an answer Amel gave, Amel is told at her
// next message in the run, on one short line with the question's few words, both values and who
// changed it (« ✏️ Modifié par Sami — Habitants desservis : 45 000 habitants → 50 000 habitants »),
// without a message pushed to her and without her own next answer being lost. Told once; a
// teammate's change of an answer that was not hers says nothing to her. French and Arabic.
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
    residents: `✏️ Modifié par Sami — Habitants desservis : ${n45} habitants → ${n50} habitants`,
    staff: '✏️ Modifié par Sami — Agents du service : 120 agents → 130 agents',
    replaced: 'remplace celle de Amel',
    budget: 'budget annuel',
    otherName: 'Urbanisme',
    name2: '✏️ Modifié par Sami — Service diagnostiqué : Service des permis de bâtir → Urbanisme',
  },
  ar: {
    name: 'مصلحة رخص البناء',
    residents: `✏️ تعديل من Sami — المتساكنون المنتفعون: ${n45} ساكن ← ${n50} ساكن`,
    staff: '✏️ تعديل من Sami — أعوان المرفق: 120 عونًا ← 130 عونًا',
    replaced: 'إجابة Amel',
    budget: 'الميزانية السنوية',
    otherName: 'التعمير',
    name2: '✏️ تعديل من Sami — المرفق موضوع التشخيص: مصلحة رخص البناء ← التعمير',
  },
} as const;

describe.each(['fr', 'ar'] as const)('a teammate replaced my answer, in %s', (locale) => {
  const w = words[locale];

  it('is said at my next message in the run, once, and my answer is saved', async () => {
    const { amel, sami, say, current } = await twoTeammates(app, `changed-${locale}`, locale);
    await say(amel, '/diagnostic 1');
    await say(amel, w.name);
    await say(amel, '3');
    await say(amel, '45000');
    // Sami joins, goes back one question and puts another figure: he is told whose answer he replaced.
    await say(sami, '/diagnostic 1');
    await say(sami, '/back');
    expect(await say(sami, '50000')).toContain(w.replaced);

    // Amel's next message, an answer to the question she is on: told, and her answer kept.
    const next = await say(amel, '120');
    expect(next).toContain(w.residents);
    expect(next).toContain(w.budget);
    expect(await current('q_staff_count')).toBe(120);
    expect(await current('q_residents_served')).toBe(50000);
    // Told once.
    expect(await say(amel, '/status')).not.toContain('✏️');

    // Any message in the run tells it, /back as well as an answer. Sami is on the question Amel
    // answered meanwhile; /status shows him her answer, and he replaces it.
    expect(await say(sami, '/status')).toContain('120');
    expect(await say(sami, '130')).toContain(w.replaced);
    const back = await say(amel, '/back');
    expect(back).toContain(w.staff);
    expect(back).not.toContain(w.residents);

    // Changed while Amel had paused: said when she comes back to the run.
    await say(amel, '/pause');
    await say(sami, '/review');
    await say(sami, '1');
    await say(sami, w.otherName);
    expect(await say(amel, '/diagnostic 1')).toContain(w.name2);
  });
});
