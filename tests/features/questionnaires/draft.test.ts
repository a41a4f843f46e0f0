import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadQuestionnaires } from '../../../src/features/questionnaires/definitions.ts';
import { draftPlan, dueDateFor, languageOf } from '../../../src/features/questionnaires/draft.ts';
import type { StoredAnswer } from '../../../src/features/questionnaires/relevance.ts';
import { computeResults } from '../../../src/features/questionnaires/scoring.ts';

const [q] = loadQuestionnaires(resolve(import.meta.dirname, '../../fixtures/questionnaires'));
if (!q) throw new Error('fixture missing');
const today = '2026-12-05';
const answersOf = (values: Record<string, StoredAnswer['value']>) =>
  new Map(Object.entries(values).map(([k, value]) => [k, { value, authorId: 'p' }]));

function draft(values: Record<string, StoredAnswer['value']>, existing: string[] = [], locale: 'fr' | 'ar' = 'fr') {
  const answers = answersOf(values);
  return draftPlan(q as NonNullable<typeof q>, answers, computeResults(q as NonNullable<typeof q>, answers, today), {
    locale,
    today,
    existing: new Set(existing),
  });
}

/** A régie with weak practice, a 35-minute wait, and a problem of its own. */
const weak = {
  q_name: 'État civil',
  q_mode: 'direct',
  q_staff: 4,
  q_plan: 'none',
  q_channels: ['phone'],
  q_climate: 2,
  q_wait: 4,
  q_wait_minutes: 35,
  q_wait_minutes_source: 'immersion_count',
  q_problem: 'Files trop longues le lundi',
  q_problem_action: 'Ouvrir un second guichet le lundi matin',
  q_problem_owner: 'Mme Trabelsi',
  q_problem_kind: 'quick_win',
};

describe('the plan a submission drafts', () => {
  it("puts the team's own action first, in its language, with its owner", () => {
    const [first] = draft(weak);
    expect(first).toMatchObject({
      title: 'Ouvrir un second guichet le lundi matin',
      language: 'fr',
      owner: 'Mme Trabelsi',
      ownerRole: false,
      kind: 'quick_win',
      leverId: 'team:mini:1',
    });
    const [arabic] = draft({ ...weak, q_problem_action: 'فتح شباك ثانٍ يوم الاثنين', q_problem_kind: 'structural' });
    expect(arabic).toMatchObject({ language: 'ar', kind: 'structural', dueDate: new Date('2027-10-01T00:00:00Z') });
  });

  it('drafts only the levers the answers call for, best ranked, with the measured baseline', () => {
    const plan = draft(weak);
    const ids = plan.map((a) => a.leverId);
    // The lever on the measured wait comes before an equal one without a measure.
    expect(ids).toEqual([
      'team:mini:1',
      'cut_waiting',
      'write_objectives',
      'monthly_meeting',
      'compare_modes',
      'display_hours',
    ]);
    expect(plan.find((a) => a.leverId === 'cut_waiting')).toMatchObject({
      baselineQuestion: 'q_wait_minutes',
      baselineValue: 35,
      target: '≤ 20 min',
      targetAr: '≤ 20 دقيقة',
      titleAr: 'تقليص الانتظار في الشباك',
      owner: 'Chef du service',
      ownerRole: true,
    });
    // Nothing the answers say is done: written objectives, hours displayed, a calm team, a short wait.
    const good = draft({ ...weak, q_plan: 'full', q_channels: ['display'], q_climate: 5, q_wait_minutes: 12 });
    expect(good.map((a) => a.leverId)).toEqual(['team:mini:1', 'compare_modes']);
  });

  it('never drafts two levers of one group, nor one already in the plan', () => {
    const conceded = draft({ ...weak, q_mode: 'concession', q_staff: 9, q_contract: 'no' });
    const modes = conceded.filter((a) => a.leverId === 'compare_modes' || a.leverId === 'follow_contract');
    expect(modes.map((a) => a.leverId)).toEqual(['follow_contract']);
    const again = draft(weak, ['team:mini:1', 'write_objectives', 'compare_modes']);
    expect(again.map((a) => a.leverId)).toEqual(['cut_waiting', 'monthly_meeting', 'display_hours']);
    // A group already in the plan keeps its one lever.
    expect(
      draft({ ...weak, q_mode: 'concession', q_staff: 9, q_contract: 'no' }, ['compare_modes']).map((a) => a.leverId),
    ).not.toContain('follow_contract');
  });

  it('holds at most seven actions, and owners in the asker’s language', () => {
    expect(draft(weak).length).toBeLessThanOrEqual(7);
    expect(draft(weak, [], 'ar').find((a) => a.leverId === 'cut_waiting')?.owner).toBe('رئيس المصلحة');
  });

  it('dates quick wins in 30 days and structural actions with the next budget (1 October)', () => {
    expect(dueDateFor('quick_win', '2026-12-05')).toEqual(new Date('2027-01-04T00:00:00Z'));
    expect(dueDateFor('structural', '2026-12-05')).toEqual(new Date('2027-10-01T00:00:00Z'));
    expect(dueDateFor('structural', '2026-03-01')).toEqual(new Date('2026-10-01T00:00:00Z'));
    expect(dueDateFor('structural', '2026-08-15')).toEqual(new Date('2027-10-01T00:00:00Z'));
  });

  it('knows the language of a typed text by its script', () => {
    expect(languageOf('Former les agents')).toBe('fr');
    expect(languageOf('تكوين الأعوان')).toBe('ar');
  });
});
