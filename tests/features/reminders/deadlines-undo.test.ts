// A deadline ticked by mistake is taken back: « /deadlines undo 2 » un-ticks the one shown under 2 in
// the list the chat last saw, « /deadlines undo » alone the last one ticked in the chat (each tick
// says so); one not ticked is left as it is. A plan action's deadline is reopened for the whole team,
// the action with it. Before, a tick could not be undone. Real application, real database, the clock
// on 6 December 2026, French and Arabic.
import { describe, expect, it } from 'vitest';
import type { App } from '../../../src/app.ts';
import type { Sender } from '../../../src/core/messages.ts';
import { appForTests } from '../../helpers/app.ts';
import { planDeadlineOf, teamWithMate, useCoordinator } from '../../helpers/plan-team.ts';
import { sundayInTunis } from '../../helpers/questionnaire-team.ts';

let app: App;
appForTests((made) => (app = made), { now: sundayInTunis });

const coordinatorSays = useCoordinator(() => app);

/** Whether `who` has the deadline titled `titleFr` ticked. */
async function ticked(who: Sender, titleFr: string): Promise<boolean> {
  const { personId } = await app.db.identity.findFirstOrThrow({ where: { externalId: who.externalId } });
  const deadline = await app.db.deadline.findFirstOrThrow({ where: { titleFr } });
  const status = await app.db.deadlineStatus.findUnique({
    where: { deadlineId_personId: { deadlineId: deadline.id, personId } },
  });
  return Boolean(status?.doneAt);
}

describe('in French', () => {
  it('« /deadlines undo 1 » un-ticks the one shown under 1; « /deadlines undo » alone the last ticked', async () => {
    const { who, say } = await teamWithMate(app, 'dl-fr', 'fr');
    await coordinatorSays('/deadline 20/12/2026 17h Note de cadrage | مذكرة التأطير team=dl-fr');
    await coordinatorSays('/deadline 27/12/2026 17h Rapport de terrain | التقرير الميداني team=dl-fr');
    await say('/deadlines');

    const done = await say('/deadlines 1');
    expect(done).toBe(
      "✅ C'est noté : « Note de cadrage » est fait. Plus de rappel pour celle-ci.\nCoché par erreur ? /deadlines undo",
    );
    expect(await say('/echeances annuler 1')).toBe(
      "↩️ « Note de cadrage » n'est plus coché : il revient dans vos échéances à faire.",
    );
    expect(await ticked(who, 'Note de cadrage')).toBe(false);
    expect(await say('/deadlines undo 1')).toBe("« Note de cadrage » n'est pas coché : rien n'a changé.");
    expect(await say('/deadlines undo 5')).toBe("Il n'y a pas d'échéance n° 5 : la liste va de 1 à 2.");

    await say('/deadlines 2');
    expect(await say('/deadlines pas fait')).toBe(
      "↩️ « Rapport de terrain » n'est plus coché : il revient dans vos échéances à faire.",
    );
    expect(await ticked(who, 'Rapport de terrain')).toBe(false);
    expect(await say('/deadlines undo')).toBe(
      'Aucune échéance cochée dans cette conversation à rouvrir. Pour une échéance de votre dernière liste : /deadlines undo <numéro>.',
    );
    const list = await say('/deadlines');
    expect(list).toMatch(/\n⏳ .* — Note de cadrage\n⏳ .* — Rapport de terrain$/);
  });
});

describe('in Arabic', () => {
  it('« /آجال تراجع 2 » un-ticks a plan action’s deadline for the team, and reopens the action', async () => {
    const { teamId, say, mateSays } = await teamWithMate(app, 'dl-ar', 'ar');
    await coordinatorSays('/deadline 20/12/2026 17h Note de cadrage | مذكرة التأطير team=dl-ar');
    await say('/plan add نشر مواقيت العمل');
    await say('/plan edit 1 تاريخ 31/12/2026');
    expect(await say('/آجال')).toMatch(/\n⏳ .* — مذكرة التأطير\n⏳ .* — الإجراء 1 — نشر مواقيت العمل$/);

    const done = await say('/آجال 2');
    expect(done).toBe(
      '✅ سُجّل: « نشر مواقيت العمل » تم إنجازه. لا مزيد من التذكيرات بشأنه.\nأُشِّر عليه خطأً؟ /deadlines undo',
    );
    expect((await planDeadlineOf(app, teamId, 1)).done).toBe(2);
    expect(await mateSays('/خطة')).toContain('✅ أُنجز');

    expect(await say('/آجال تراجع 2')).toBe(
      '↩️ أُزيلت العلامة عن « نشر مواقيت العمل »، للفريق كلّه: عاد الإجراء إلى ما ينتظر الإنجاز في /plan و /deadlines.',
    );
    expect((await planDeadlineOf(app, teamId, 1)).done).toBe(0);
    expect(await mateSays('/خطة')).not.toContain('✅ أُنجز');
    expect(await mateSays('/آجال')).toMatch(/⏳ .* — الإجراء 1 — نشر مواقيت العمل/);
    expect(await say('/آجال لم ينجز 2')).toBe('« نشر مواقيت العمل » غير مؤشَّر عليه: لم يتغيّر شيء.');
    expect(await say('/آجال تراجع')).toBe(
      'لا يوجد أجل أُشِّر عليه في هذه المحادثة لإعادة فتحه. لأجلٍ من قائمتك الأخيرة: /deadlines undo <رقم>.',
    );
  });
});
