// `/plan done 2` (fait, أنجز) as a team types it: the action is done for the whole team, with or
// without a due date. An action with no date had no way to be marked done, so /plan kept it open
// forever; a dated one is ticked in /deadlines as a tap there would. « due » names the due date as
// « owner » names the pilot, and « تاريخ » in Arabic. Real application, real database, the clock
// on 6 December 2026.
import { describe, expect, it } from 'vitest';
import type { App } from '../../../src/app.ts';
import type { Locale } from '../../../src/core/i18n.ts';
import { appForTests } from '../../helpers/app.ts';
import { planDeadlineOf, teamWithMate, tickFirstDeadline } from '../../helpers/plan-team.ts';
import { sundayInTunis } from '../../helpers/questionnaire-team.ts';

let app: App;
appForTests((made) => (app = made), { now: sundayInTunis });

const team = (slug: string, lang: Locale) => teamWithMate(app, slug, lang);
const deadlineOf = (teamId: string, n: number) => planDeadlineOf(app, teamId, n);

describe('in French', () => {
  it('« /plan done » marks an action with no date done for the team, and /plan says so', async () => {
    const { teamId, say, mateSays } = await team('done-fr', 'fr');
    await say('/plan add Afficher les horaires au guichet');
    await say('/plan add Former les agents d accueil');

    expect(await say('/plan done 1')).toContain(
      "✅ C'est noté : l'action 1 « Afficher les horaires au guichet » est faite, pour toute l'équipe.",
    );
    // The teammate's /plan: done, with no date left « à définir »; the other one still open.
    const plan = await mateSays('/plan détail');
    expect(plan).toMatch(/1\. • Afficher les horaires au guichet — 👤 .+ — 📅 — ✅ faite\n/);
    expect(plan).toMatch(/2\. • Former les agents d accueil — 👤 .+ — 📅 à définir\n/);
    const detail = await mateSays('/plan 1');
    expect(detail).toContain('📅 Échéance : —\n');
    expect(detail).toContain('✅ Faite : notée avec /plan done.');
    expect(await mateSays('/plan 2')).not.toContain('Faite');
    expect(await mateSays('/plan fait 1')).toContain("✅ L'action 1 est déjà faite (notée par SG done-fr).");
    expect(await say('/plan done 4')).toContain(
      "Il n'y a pas d'action numéro « 4 » (1 à 2) : rien n'a changé. Tapez /plan pour voir les actions et leurs numéros.",
    );
    // Without a number: the one line it needs, not the eleven of /plan edit's forms.
    expect(await say('/plan done')).toBe(
      'Pour noter une action faite : /plan done <numéro> (1 à 2), par exemple /plan done 1.',
    );

    // Given a date afterwards, its deadline is born done for the team: no reminder of a done action.
    await say('/plan edit 1 due 31/12/2026');
    expect((await deadlineOf(teamId, 1)).done).toBe(2);
    expect(await mateSays('/plan détail')).toContain('📅 31/12/2026 ✅ faite');
  });

  it('« /plan fait » on a dated action ticks its deadline for the team; a tick kept when the date is cleared', async () => {
    const { who, teamId, say, mateSays } = await team('dated-fr', 'fr');
    await say('/plan add Afficher les horaires au guichet');
    await say('/plan add Former les agents d accueil');
    await say('/plan edit 1 echeance 31/12/2026');
    await say('/plan edit 2 echeance 15/01/2027');

    const done = await say('/plan fait 1');
    expect(done).toContain("✅ C'est noté : l'action 1 « Afficher les horaires au guichet » est faite");
    expect(done).toContain('Son échéance est cochée dans /deadlines : plus de rappel pour celle-ci.');
    expect((await deadlineOf(teamId, 1)).done).toBe(2);
    expect(await mateSays('/deadlines')).toContain('✅ 31/12/2026 17:00 — Action 1 — Afficher les horaires');

    // Action 2 ticked in /deadlines (the only one left to tick), then its date cleared: still done.
    await tickFirstDeadline(app, who);
    expect(await say('/plan done 2')).toContain("✅ L'action 2 est déjà faite (cochée dans /deadlines).");
    await say('/plan edit 2 echeance aucune');
    expect(await mateSays('/plan détail')).toMatch(/2\. • Former les agents d accueil — 👤 .+ — 📅 — ✅ faite/);
  });
});

describe('several actions at once', () => {
  it('« /plan done 1 3 » marks each, in French; none when one number is not in the plan', async () => {
    const { say, mateSays } = await team('many-fr', 'fr');
    await say('/plan add Afficher les horaires au guichet');
    await say('/plan add Former les agents d accueil');
    await say('/plan add Mesurer l attente');

    expect(await say('/plan done 1 9')).toBe(
      "Il n'y a pas d'action numéro « 9 » (1 à 3) : rien n'a changé. Tapez /plan pour voir les actions et leurs numéros.",
    );
    expect(await mateSays('/plan détail')).not.toContain('faite');
    const both = await say('/plan done 1 3');
    expect(both).toContain("✅ C'est noté : l'action 1 « Afficher les horaires au guichet » est faite");
    expect(both).toContain("✅ C'est noté : l'action 3 « Mesurer l attente » est faite");
    const plan = await mateSays('/plan détail');
    expect(plan).toMatch(/1\. • Afficher les horaires au guichet — 👤 .+ — 📅 — ✅ faite\n/);
    expect(plan).toMatch(/2\. • Former les agents d accueil — 👤 .+ — 📅 à définir\n/);
    expect(plan).toMatch(/3\. • Mesurer l attente — 👤 .+ — 📅 — ✅ faite\n/);
    expect(await say('/plan fait 2,3')).toContain("✅ L'action 3 est déjà faite (notée par SG many-fr).");
    expect(await mateSays('/plan détail')).toMatch(/2\. • Former les agents d accueil — 👤 .+ — 📅 — ✅ faite\n/);
  });

  it('« /plan أنجز ١ ٢ » marks each, in Arabic; none when one number is not in the plan', async () => {
    const { say, mateSays } = await team('many-ar', 'ar');
    await say('/plan add تكوين الأعوان في الاستقبال');
    await say('/plan add نشر مواقيت العمل');

    expect(await say('/plan أنجز ١ ٥')).toBe(
      'لا يوجد إجراء رقم « ٥ » (من 1 إلى 2): لم يتغيّر شيء. اكتب /plan لترى الإجراءات وأرقامها.',
    );
    expect(await mateSays('/خطة تفاصيل')).not.toContain('✅ أُنجز');
    const both = await say('/plan أنجز ١ ٢');
    expect(both).toContain('✅ سُجّل: الإجراء 1 « تكوين الأعوان في الاستقبال » أُنجز، للفريق كلّه.');
    expect(both).toContain('✅ سُجّل: الإجراء 2 « نشر مواقيت العمل » أُنجز، للفريق كلّه.');
    const plan = await mateSays('/خطة تفاصيل');
    expect(plan).toMatch(/1\. • تكوين الأعوان في الاستقبال — 👤 .+ — 📅 — ✅ أُنجز\n/);
    expect(plan).toMatch(/2\. • نشر مواقيت العمل — 👤 .+ — 📅 — ✅ أُنجز\n/);
  });
});

describe('in Arabic', () => {
  it('« /plan أنجز » marks an action done for the team, with or without a date', async () => {
    const { teamId, say, mateSays } = await team('done-ar', 'ar');
    await say('/plan add تكوين الأعوان في الاستقبال');
    await say('/plan add نشر مواقيت العمل');

    expect(await say('/plan أنجز ١')).toContain('✅ سُجّل: الإجراء 1 « تكوين الأعوان في الاستقبال » أُنجز، للفريق كلّه.');
    expect(await mateSays('/خطة تفاصيل')).toContain('تكوين الأعوان في الاستقبال — 👤 ');
    expect(await mateSays('/خطة تفاصيل')).toContain('📅 — ✅ أُنجز');
    expect(await mateSays('/خطة ١')).toContain('✅ أُنجز: سُجّل بـ /plan done.');
    expect(await mateSays('/plan done 1')).toContain('✅ الإجراء 1 أُنجز من قبل (سجّله SG done-ar).');
    expect(await say('/plan done 5')).toContain(
      'لا يوجد إجراء رقم « 5 » (من 1 إلى 2): لم يتغيّر شيء. اكتب /plan لترى الإجراءات وأرقامها.',
    );
    expect(await say('/خطة أنجز')).toBe('لتسجيل إجراء منجز: /plan done <رقم> (من 1 إلى 2)، مثلًا /plan done 1.');

    expect(await say('/plan edit 2 تاريخ 31/12/2026')).toContain('📅 الأجل: 31/12/2026.');
    const dated = await say('/plan أنجز 2');
    expect(dated).toContain('✅ سُجّل: الإجراء 2 « نشر مواقيت العمل » أُنجز، للفريق كلّه.');
    expect(dated).toContain('أُشِّر على أجله في /deadlines: لا مزيد من التذكيرات بشأنه.');
    expect((await deadlineOf(teamId, 2)).done).toBe(2);
    expect(await mateSays('/خطة تفاصيل')).toContain('📅 31/12/2026 ✅ أُنجز');
  });
});
