import type { Locale } from '../../core/i18n.ts';
import { isMostlyArabic } from '../../core/text.ts';
import type { Lever, Questionnaire } from './definitions.ts';
import type { Answers } from './relevance.ts';
import { evaluate, truthy } from './expressions.ts';
import type { ActionItemInput } from './repository.ts';
import { answerScope, type Results } from './scoring.ts';

/** A plan holds at most this many actions from one submission (the team's own ones first). */
export const maxDrafted = 7;

const dayMs = 86_400_000;
/** The language a person typed in: mostly Arabic letters or not (the rule deadline titles follow too). */
export const languageOf = (text: string): Locale => (isMostlyArabic(text) ? 'ar' : 'fr');

/**
 * When an action is due. A quick win within 30 days; a structural action with the next budget:
 * municipal budgets are prepared in the autumn for the year after, so 1 October, this year when
 * it is at least two months away, otherwise next year.
 */
export function dueDateFor(kind: 'quick_win' | 'structural', today: string): Date {
  const start = new Date(`${today}T00:00:00Z`);
  if (kind === 'quick_win') return new Date(start.getTime() + 30 * dayMs);
  const year = start.getUTCFullYear();
  const october = new Date(Date.UTC(year, 9, 1));
  return october.getTime() - start.getTime() >= 60 * dayMs ? october : new Date(Date.UTC(year + 1, 9, 1));
}

const priorityOf = (impact: number) => (impact >= 3 ? 'high' : impact === 2 ? 'medium' : 'low');

const text = (answers: Answers, id: string | undefined) => {
  const value = id ? answers.get(id)?.value : undefined;
  return typeof value === 'string' && value.trim() ? value.trim() : null;
};

/** The team's own proposals (problem → action), in the order they gave them. */
function teamActions(q: Questionnaire, answers: Answers, today: string): ActionItemInput[] {
  return q.teamActions.flatMap((team, i) => {
    const action = text(answers, team.action);
    if (!action) return [];
    const kind = text(answers, team.kind) === 'structural' ? 'structural' : 'quick_win';
    const owner = text(answers, team.owner);
    const indicator = text(answers, team.indicator);
    return [
      {
        title: action,
        language: languageOf(action),
        owner,
        ownerRole: false,
        indicator,
        priority: 'high',
        kind,
        leverId: `team:${q.id}:${i + 1}`,
        dueDate: dueDateFor(kind, today),
      },
    ];
  });
}

/**
 * Ranks levers: strong impact and little effort first, a lever whose indicator the team measured
 * (its baseline has a value) ahead of an equal one, then the weakest dimensions' first.
 */
function rank(levers: Lever[], results: Results, answers: Answers): Lever[] {
  const weakness = (l: Lever) => results.dimensions.find((d) => d.id === l.dimensionId)?.score ?? 100;
  const measured = (l: Lever) => (l.baseline && typeof answers.get(l.baseline)?.value === 'number' ? 2 : 0);
  const worth = (l: Lever) => l.impact * 2 - l.effort + measured(l);
  return [...levers].sort((a, b) => worth(b) - worth(a) || weakness(a) - weakness(b));
}

function fromLever(lever: Lever, answers: Answers, locale: Locale, today: string): ActionItemInput {
  const baseline = lever.baseline ? answers.get(lever.baseline)?.value : undefined;
  return {
    title: lever.action.fr,
    titleAr: lever.action.ar,
    language: 'fr',
    owner: lever.owner[locale],
    ownerRole: true,
    indicator: lever.indicator.fr,
    indicatorAr: lever.indicator.ar,
    priority: priorityOf(lever.impact),
    kind: lever.kind,
    leverId: lever.id,
    dimensionId: lever.dimensionId,
    dueDate: dueDateFor(lever.kind, today),
    ...(lever.baseline && typeof baseline === 'number'
      ? { baselineQuestion: lever.baseline, baselineValue: baseline }
      : {}),
    ...(lever.target ? { target: lever.target.fr, targetAr: lever.target.ar } : {}),
  };
}

/**
 * The plan a submission drafts: the team's own actions first, then the levers that the answers
 * call for (`when`), best ranked, one per group, none the team's plan already holds (`existing`
 * lever ids: a second questionnaire adds to the same plan without repeating it), at most seven.
 * Owners of drafted levers are functions until the team names a person.
 */
export function draftPlan(
  q: Questionnaire,
  answers: Answers,
  results: Results,
  context: { locale: Locale; today: string; existing: ReadonlySet<string> },
): ActionItemInput[] {
  const own = teamActions(q, answers, context.today).filter((a) => !context.existing.has(a.leverId ?? ''));
  const scope = answerScope(q, answers, context.today);
  const candidates = q.dimensions
    .flatMap((d) => d.levers)
    .filter((l) => !context.existing.has(l.id) && truthy(evaluate(l.whenExpr, scope)));
  // A group already present in the plan (from an earlier submission) stays the only one.
  const groups = new Set(
    q.dimensions.flatMap((d) => d.levers).flatMap((l) => (l.group && context.existing.has(l.id) ? [l.group] : [])),
  );
  const levers: ActionItemInput[] = [];
  for (const lever of rank(candidates, results, answers)) {
    if (own.length + levers.length >= maxDrafted) break;
    if (lever.group && groups.has(lever.group)) continue;
    if (lever.group) groups.add(lever.group);
    levers.push(fromLever(lever, answers, context.locale, context.today));
  }
  return [...own, ...levers];
}
