// The report's follow-up part (the outline's « Suivi », ISO 18091 clauses 9–10): where the plan
// stands on the day the document is made, its next deadline, and when the team reviews it.
import type { KeyValue, Section } from '../../documents/index.ts';
import type { SubmittedRun } from './report-answers.ts';
import { inLocale, type PlanItem } from './plan-view.ts';
import { formatAnswer, formatDate, type RenderContext } from './render.ts';

/** The quality system's answers that say when the plan is reviewed. */
const REVIEW_FREQUENCY = 'q_review_frequency';
const FIRST_REVIEW = 'q_first_review_date';

function said(run: SubmittedRun, id: string, ctx: RenderContext): string | null {
  const question = run.q.byId.get(id);
  const value = run.answers.get(id)?.value;
  return question && value !== undefined && value !== null ? formatAnswer(question, value, ctx) : null;
}

/** « Chaque mois, la première le 06/01/2027 », or the part of it answered; null before immersion 2. */
function reviews(quality: SubmittedRun | null, ctx: RenderContext): string | null {
  if (!quality) return null;
  const frequency = said(quality, REVIEW_FREQUENCY, ctx);
  const first = said(quality, FIRST_REVIEW, ctx);
  if (frequency && first) return ctx.t('doc-follow-up-reviews-value', { frequency, first });
  return frequency ?? (first && ctx.t('doc-follow-up-first-review', { first }));
}

/**
 * « Suivi »: the actions done out of the plan's, those past their due date and not done, the next
 * deadline of an action still open, and the reviews the quality system set (or that they are set
 * with it, before immersion 2).
 */
export function followUpSection(
  plan: readonly PlanItem[],
  done: ReadonlySet<string>,
  quality: SubmittedRun | null,
  ctx: RenderContext,
): Section {
  const items: KeyValue[] = [];
  const isDone = (item: PlanItem) => item.id !== undefined && done.has(item.id);
  const open = plan.filter((item) => !isDone(item));
  const dayOf = (item: PlanItem) => item.dueDate?.toISOString().slice(0, 10) ?? null;
  if (plan.length > 0) {
    items.push({
      key: ctx.t('doc-follow-up-done'),
      value: ctx.t('doc-follow-up-done-value', { done: plan.length - open.length, total: plan.length }),
    });
    const late = open.filter((item) => (dayOf(item) ?? '9999') < ctx.today).length;
    items.push({ key: ctx.t('doc-follow-up-late'), value: String(late) });
    const next = open
      .filter((item) => (dayOf(item) ?? '') >= ctx.today)
      .sort((a, b) => (dayOf(a) ?? '').localeCompare(dayOf(b) ?? ''))[0];
    const day = next && dayOf(next);
    if (next && day) {
      const title = inLocale(next.title, next.titleAr, next.language, ctx.locale) ?? '';
      // The title alone as the value: typed in the other language, it keeps its own direction.
      items.push({ key: ctx.t('doc-follow-up-next', { date: formatDate(day, ctx.locale) }), value: title });
    }
  }
  items.push({
    key: ctx.t('doc-follow-up-reviews'),
    value: reviews(quality, ctx) ?? ctx.t('doc-follow-up-reviews-pending'),
  });
  return {
    heading: ctx.t('doc-follow-up'),
    blocks: [
      { type: 'paragraph', text: ctx.t('doc-follow-up-intro', { date: formatDate(ctx.today, ctx.locale) }) },
      { type: 'keyValues', items },
    ],
  };
}
