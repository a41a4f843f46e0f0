// A wrong tap is taken back: `/plan undo 2` (« pas fait », « à refaire », « تراجع ») reopens an action
// for the whole team, its deadline no longer ticked, and says who had marked it done; /plan, the
// teammates' /deadlines and a coordinator's /progress show it open again. Each « done » says how to
// take it back. Before, a tick could not be undone from the chat. Real application, real database,
// the clock on 6 December 2026, French and Arabic.
import { describe, expect, it } from 'vitest';
import type { App } from '../../../src/app.ts';
import { appForTests } from '../../helpers/app.ts';
import { planDeadlineOf, teamWithMate, useCoordinator, tickFirstDeadline } from '../../helpers/plan-team.ts';
import { sundayInTunis } from '../../helpers/questionnaire-team.ts';

let app: App;
appForTests((made) => (app = made), { now: sundayInTunis });

const coordinatorSays = useCoordinator(() => app);

describe('in French', () => {
  it('« /plan pas fait 1 » and « /plan à refaire 2 » reopen the actions for the team; /plan and /progress show them open', async () => {
    const { teamId, say, mateSays } = await teamWithMate(app, 'undo-fr', 'fr');
    await say('/plan add Afficher les horaires au guichet');
    await say('/plan add Former les agents d accueil');
    await say('/plan add Mesurer l attente');
    await say('/plan edit 2 echeance 31/12/2026');

    const done = await say('/plan done 1 2');
    expect(done).toContain("l'action 2 « Former les agents d accueil » est faite");
    expect(done.split('\n').at(-1)).toBe('Erreur ? Pour les rouvrir : /plan undo 1 2');
    expect(await coordinatorSays('/progress undo-fr')).toContain("Plan d'amélioration : 3 actions, 2 faites");

    expect(await mateSays('/plan pas fait 1')).toBe(
      "↩️ L'action 1 « Afficher les horaires au guichet » est rouverte, pour toute l'équipe.\n" +
        'Elle avait été notée faite par SG undo-fr.',
    );
    expect(await mateSays('/plan à refaire 2')).toBe(
      "↩️ L'action 2 « Former les agents d accueil » est rouverte, pour toute l'équipe.\n" +
        'Elle avait été notée faite par SG undo-fr.\n' +
        'Son échéance revient dans /deadlines, à faire.',
    );
    expect((await planDeadlineOf(app, teamId, 2)).done).toBe(0);
    // Another edit of the plan syncs its deadlines again: the reopened action stays open.
    await say('/plan edit 2 responsable Mme Ben Ali');
    expect((await planDeadlineOf(app, teamId, 2)).done).toBe(0);

    const plan = await say('/plan détail');
    expect(plan).not.toContain('faite');
    expect(plan).toMatch(/2\. • Former les agents d accueil — 👤 Mme Ben Ali — 📅 31\/12\/2026\n/);
    expect(await mateSays('/deadlines')).toMatch(/⏳ 31\/12\/2026 17:00 — Action 2 — Former les agents/);
    expect(await coordinatorSays('/progress undo-fr')).toContain("Plan d'amélioration : 3 actions, aucune faite");

    // Not done: said, nothing changed; a number not in the plan reopens none of them.
    expect(await say('/plan undo 1')).toBe("L'action 1 n'est pas faite : rien n'a changé.");
    await say('/plan fait 3');
    expect(await say('/plan undo 3 7')).toBe(
      "Il n'y a pas d'action numéro « 7 » (1 à 3) : rien n'a changé. Tapez /plan pour voir les actions et leurs numéros.",
    );
    expect(await say('/plan 3')).toContain('✅ Faite');
    expect(await say('/plan annuler')).toBe(
      'Pour rouvrir une action notée faite : /plan undo <numéro> (1 à 3), par exemple /plan undo 1.',
    );
  });

  it('an action ticked in /deadlines is reopened with its deadline, for every member', async () => {
    const { who, teamId, say, mateSays } = await teamWithMate(app, 'tick-fr', 'fr');
    await say('/plan add Afficher les horaires au guichet');
    await say('/plan edit 1 echeance 31/12/2026');
    await tickFirstDeadline(app, who);
    expect((await planDeadlineOf(app, teamId, 1)).done).toBe(2);

    expect(await mateSays('/plan undo 1')).toBe(
      "↩️ L'action 1 « Afficher les horaires au guichet » est rouverte, pour toute l'équipe.\n" +
        'Elle avait été cochée dans /deadlines.\n' +
        'Son échéance revient dans /deadlines, à faire.',
    );
    expect((await planDeadlineOf(app, teamId, 1)).done).toBe(0);
    expect(await say('/plan')).not.toContain('faite');
  });
});

describe('in Arabic', () => {
  it('« /خطة تراجع ١ » reopens an action for the team; /plan and /progress show it open', async () => {
    const { say, mateSays } = await teamWithMate(app, 'undo-ar', 'ar');
    await say('/plan add تكوين الأعوان في الاستقبال');
    await say('/plan add نشر مواقيت العمل');

    const done = await say('/plan أنجز ١');
    expect(done).toContain('✅ سُجّل: الإجراء 1 « تكوين الأعوان في الاستقبال » أُنجز، للفريق كلّه.');
    expect(done.split('\n').at(-1)).toBe('خطأ؟ لإعادة فتحه: /plan undo 1');
    await coordinatorSays('/lang ar');
    expect(await coordinatorSays('/progress undo-ar')).toContain('خطة التحسين: إجراءان، المنجز منها 1');

    expect(await mateSays('/خطة تراجع ١')).toBe(
      '↩️ أُعيد فتح الإجراء 1 « تكوين الأعوان في الاستقبال »، للفريق كلّه.\nكان قد سجّله منجزًا SG undo-ar.',
    );
    expect(await mateSays('/خطة')).not.toContain('✅ أُنجز');
    expect(await coordinatorSays('/progress undo-ar')).toContain('خطة التحسين: إجراءان، المنجز منها 0');
    expect(await say('/plan لم ينجز 1')).toBe('الإجراء 1 غير منجز: لم يتغيّر شيء.');
    expect(await say('/plan تراجع')).toBe(
      'لإعادة فتح إجراء سُجّل منجزًا: /plan undo <رقم> (من 1 إلى 2)، مثلًا /plan undo 1.',
    );
    await coordinatorSays('/lang fr');
  });
});
