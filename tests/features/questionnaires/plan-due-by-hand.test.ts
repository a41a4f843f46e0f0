// A due date drafted with an action follows its type; a date the team set by hand stays. Which
// one a date is was stored when it was written (ActionItem.dueSetByHand), not guessed from the
// days the row was created or last changed: an edit of another field on a later day used to turn
// a drafted date into a "hand-set" one. The app's clock moves from day to day; nothing sleeps.
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../../src/app.ts';
import { createConfig } from '../../../src/config.ts';
import { ensureLocalOperator, operatorAddress } from '../../../src/features/admin/operator.ts';
import type { Questionnaire } from '../../../src/features/questionnaires/definitions.ts';
import { freshDatabase, type FreshDatabase } from '../../helpers/db.ts';
import { plain, text } from '../../helpers/messages.ts';
import { pick, planWalk } from '../../helpers/walk.ts';

const dayMs = 86_400_000;
/** 09:00 in Tunis on 1 March 2027: the plan is drafted that day. */
let at = new Date('2027-03-01T08:00:00Z');
const later = (days: number) => (at = new Date(at.getTime() + days * dayMs));
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

let fresh: FreshDatabase;
let app: App;
const me = { ...operatorAddress, displayName: 'Opératrice' };
const say = async (line: string) => plain((await app.handle(text(me, line))).replies);

beforeAll(async () => {
  fresh = await freshDatabase();
  app = await createApp(createConfig({ DATABASE_URL: fresh.url, LOG_LEVEL: 'silent' }), pino({ level: 'silent' }), {
    now: () => at,
  });
  await ensureLocalOperator(app.db, { name: 'Opératrice', commune: 'Bizerte' });
  // The diagnostic, walked and submitted on 1 March: its answers draft the plan, with the team's
  // three actions first (the second one structural).
  const q = app.questionnaires[0] as Questionnaire;
  const preset = {
    q_more_problems_1: 'oui',
    q_more_problems_2: 'oui',
    q_problem_1_kind: pick(q, 'q_problem_1_kind', 'quick_win'),
    q_problem_2_kind: pick(q, 'q_problem_2_kind', 'structural'),
    q_problem_3_kind: pick(q, 'q_problem_3_kind', 'quick_win'),
  };
  await say('/start');
  await say('/diagnostic 1');
  for (const step of planWalk(q, 'fr', '2027-03-01', Infinity, preset)) await say(step.line);
  expect(await say('/submit')).toContain('Confirmer la soumission');
  expect(await say('oui')).toContain('Questionnaire soumis');
});
afterAll(async () => {
  await app.close();
  await fresh.drop();
});

/** The plan as /plan numbers it; the team's n-th own action, and its number in the plan. */
const plan = () => app.db.actionItem.findMany({ orderBy: [{ createdAt: 'asc' }, { position: 'asc' }] });
async function teamAction(k: number) {
  const items = await plan();
  const n = items.findIndex((i) => i.leverId === `team:diagnostic-service:${k}`) + 1;
  const found = items[n - 1];
  if (!found) throw new Error(`team action ${k} expected in the plan`);
  return { n, id: found.id, kind: found.kind };
}
const item = (id: string) => app.db.actionItem.findUniqueOrThrow({ where: { id } });
const deadlineDay = async (id: string) =>
  (await app.db.deadline.findUniqueOrThrow({ where: { sourceRef: `action:${id}` } })).dueAt.toISOString().slice(0, 10);

describe('a drafted due date is stored as drafted, a typed one as set by hand', () => {
  it('the submission drafts each action a date for its type, none of them set by hand', async () => {
    const items = await plan();
    expect([1, 2, 3].map((k) => items[k - 1]?.leverId)).toEqual([1, 2, 3].map((k) => `team:diagnostic-service:${k}`));
    expect(items.map((i) => i.kind).slice(0, 3)).toEqual(['quick_win', 'structural', 'quick_win']);
    for (const i of items) {
      expect(i.dueDate).toEqual(i.kind === 'quick_win' ? day('2027-03-31') : day('2027-10-01'));
      expect(i.dueSetByHand).toBe(false);
    }
  });

  it('a drafted date moves with the type even after another field was edited on a later day', async () => {
    const { n, id } = await teamAction(1);
    later(3); // 4 March: the owner is named.
    expect(await say(`/plan edit ${n} responsable Mme Ben Ali`)).toContain(`Action ${n} modifiée`);
    later(2); // 6 March: the type changes; the drafted date and its reminder follow it.
    const moved = await say(`/plan edit ${n} type structurelle`);
    expect(moved).toContain('Nouvelle échéance, calculée pour ce type');
    expect(moved).not.toContain('Échéance gardée');
    expect(await item(id)).toMatchObject({ dueDate: day('2027-10-01'), dueSetByHand: false });
    expect(await deadlineDay(id)).toBe('2027-10-01');
  });

  it('a date recomputed for a new type stays drafted through later edits and type changes', async () => {
    const { n, id, kind } = await teamAction(2);
    expect(kind).toBe('structural');
    later(1); // 7 March: a quick win after all, due 30 days from today.
    expect(await say(`/plan edit ${n} type rapide`)).toContain('Nouvelle échéance');
    expect((await item(id)).dueDate).toEqual(day('2027-04-06'));
    later(3); // 10 March: its indicator is reworded.
    expect(await say(`/plan edit ${n} indicateur Délai moyen de réponse`)).toContain(`Action ${n} modifiée`);
    later(2); // 12 March: back to structural; the date drafted on 7 March moves again.
    expect(await say(`/plan edit ${n} type structurelle`)).toContain('Nouvelle échéance');
    expect((await item(id)).dueDate).toEqual(day('2027-10-01'));
    expect(await deadlineDay(id)).toBe('2027-10-01');
  });

  it('a date typed by the team stays through later edits and type changes, with a warning', async () => {
    const { n, id, kind } = await teamAction(3);
    expect(kind).toBe('quick_win');
    later(1); // 13 March: the team types the very date that was drafted; it is the team's now.
    expect(await say(`/plan edit ${n} echeance 31/03/2027`)).toContain(`Action ${n} modifiée`);
    expect((await item(id)).dueSetByHand).toBe(true);
    later(2); // 15 March: its owner is named.
    await say(`/plan edit ${n} responsable M. Trabelsi`);
    later(1); // 16 March: structural, yet the typed date stays, with a word that the type contradicts it.
    const kept = await say(`/plan edit ${n} type structurelle`);
    expect(kept).toContain("Échéance gardée : le 31/03/2027 a été fixé par l'équipe");
    expect(kept).not.toContain('Nouvelle échéance');
    expect((await item(id)).dueDate).toEqual(day('2027-03-31'));
    expect((await item(id)).dueSetByHand).toBe(true);
    expect(await deadlineDay(id)).toBe('2027-03-31');

    // Cleared, the action has no date, and none set by hand.
    expect(await say(`/plan edit ${n} echeance aucune`)).toContain('modifiée');
    expect(await item(id)).toMatchObject({ dueDate: null, dueSetByHand: false });
  });

  it('an action added by hand gets no date until the team types one, which is then set by hand', async () => {
    const n = (await plan()).length + 1;
    expect(await say('/plan add Afficher les horaires au guichet')).toContain(`Action ${n} ajoutée`);
    const added = (await plan()).at(-1);
    if (!added) throw new Error('the added action expected');
    expect(added).toMatchObject({ dueDate: null, dueSetByHand: false });
    await say(`/plan edit ${n} echeance 20/03/2027`);
    expect(await item(added.id)).toMatchObject({ dueDate: day('2027-03-20'), dueSetByHand: true });
  });
  it('a typed date the type does not fit is kept, with a word saying so, in both languages', async () => {
    const { n, id, kind } = await teamAction(2);
    expect(kind).toBe('structural');
    // Monday 22 March, within the 30 days: short for a structural action.
    const soon = await say(`/plan edit ${n} echeance lundi prochain`);
    expect(soon).toContain('Échéance : 22/03/2027');
    expect(soon).toContain(`Le 22/03/2027 est dans les 30 jours : c'est court pour une action structurelle`);
    expect(soon).toContain(`/plan edit ${n} type rapide`);
    expect((await item(id)).dueDate).toEqual(day('2027-03-22'));
    // A date that fits the type says nothing more.
    expect(await say(`/plan edit ${n} echeance 15/09/2027`)).not.toContain('⚠️');
    await say('/lang ar');
    const arabic = (await say(`/plan edit ${n} echeance 25/03/2027`)).replace(/[\u2066-\u2069]/g, '');
    expect(arabic).toContain('الأجل 25/03/2027 يحلّ خلال 30 يومًا: وهو قصير بالنسبة إلى إجراء هيكلي');
    await say('/lang fr');
  });
});
