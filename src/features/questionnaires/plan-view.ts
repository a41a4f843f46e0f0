import type { Context } from '../../core/context.ts';
import type { Locale } from '../../core/i18n.ts';
import { isMostlyArabic, shorten } from '../../core/text.ts';
import type { Questionnaire } from './definitions.ts';
import { formatDate, formatQuantity } from './render.ts';
import type { UnitContext } from './units.ts';

/** An action as stored (the columns the plan shows). */
export interface PlanItem {
  id?: string;
  title: string;
  titleAr: string | null;
  language: string;
  owner: string | null;
  ownerRole: boolean;
  dueDate: Date | null;
  indicator: string | null;
  indicatorAr: string | null;
  priority: string;
  kind: string | null;
  /** The lever it was drafted from (its owner, a function, is said in both languages there). */
  leverId: string | null;
  baselineQuestion: string | null;
  baselineValue: number | null;
  target: string | null;
  targetAr: string | null;
  /** Set when a member marked it done with /plan done (see `doneActionIds`). */
  doneAt?: Date | null;
}

/**
 * A text in the reader's language: the Arabic version of a drafted text, or a text the team typed
 * in the other language marked with it, "(fr)" / "(ar)", rather than hidden or machine-translated.
 */
export function inLocale(text: string | null, arabic: string | null, language: string, locale: Locale): string | null {
  if (!text) return null;
  if (language === locale) return text;
  if (locale === 'ar' && arabic) return arabic;
  return `${text} (${language})`;
}

/**
 * An action's indicator or target in the reader's language: drafted from a lever, it has both
 * versions; typed by the team (`/plan edit <n> indicateur|cible …`), it is in the language it was
 * typed in, whatever the title's, and a figure alone (« 15 % ») reads the same in both.
 */
function fieldText(text: string | null, arabic: string | null, locale: Locale): string | null {
  if (!text) return null;
  if (arabic) return inLocale(text, arabic, 'fr', locale);
  if (!/\p{L}/u.test(text)) return text;
  return inLocale(text, null, isMostlyArabic(text) ? 'ar' : 'fr', locale);
}

export const targetText = (item: Pick<PlanItem, 'target' | 'targetAr'>, locale: Locale) =>
  fieldText(item.target, item.targetAr, locale);

export const indicatorText = (item: Pick<PlanItem, 'indicator' | 'indicatorAr'>, locale: Locale) =>
  fieldText(item.indicator, item.indicatorAr, locale);

/** `inLocale` within `max` characters: a long text is cut, never its « (fr) » / « (ar) » marker. */
export function shortInLocale(text: string, arabic: string | null, language: string, locale: Locale, max: number) {
  const whole = inLocale(text, arabic, language, locale) ?? '';
  if (whole === text || (locale === 'ar' && arabic)) return shorten(whole, max);
  const marker = ` (${language})`;
  return `${shorten(text, max - marker.length)}${marker}`;
}

const icons: Record<string, string> = { quick_win: '⚡', structural: '🏗' };

type Translate = (key: string, args?: Record<string, string | number>) => string;

/**
 * Who leads an action, in `locale`. A function (ownerRole) was stored in the language of whoever
 * submitted: it is said in the reader's, from its lever (by id, or by its wording in either
 * language); a name or a text the team typed stays as typed.
 */
export function ownerText(
  item: Pick<PlanItem, 'owner' | 'ownerRole' | 'leverId'>,
  questionnaires: readonly Questionnaire[],
  locale: Locale,
  t: Translate,
): string {
  if (!item.owner) return t('plan-owner-missing');
  if (!item.ownerRole) return item.owner;
  const levers = questionnaires.flatMap((q) => q.dimensions.flatMap((d) => d.levers));
  const lever =
    levers.find((l) => l.id === item.leverId) ??
    levers.find((l) => l.owner.fr === item.owner || l.owner.ar === item.owner);
  return t('plan-owner-role', { owner: lever ? lever.owner[locale] : item.owner });
}

/** `ownerText` for a document's table cell, where a missing pilot starts the cell (« Pilote à nommer »). */
export const ownerCell = (
  item: Pick<PlanItem, 'owner' | 'ownerRole' | 'leverId'>,
  questionnaires: readonly Questionnaire[],
  locale: Locale,
  t: Translate,
) => (item.owner ? ownerText(item, questionnaires, locale, t) : t('doc-owner-missing'));

const ownerOf = (ctx: Context, item: PlanItem, questionnaires: readonly Questionnaire[]) =>
  ownerText(item, questionnaires, ctx.locale, (key, args) => ctx.t(key, args));

/**
 * One line per action: the plan fits a phone; `/plan <n>` gives one in full. An action in `done`
 * (marked done with /plan done or through its deadline) says so by its date, or by « — » when it
 * has none: no date is left « à définir » for an action already done.
 */
export function planLines(
  ctx: Context,
  items: PlanItem[],
  questionnaires: readonly Questionnaire[],
  done: ReadonlySet<string> = new Set(),
): string[] {
  return items.map((item, i) => {
    const isDone = item.id !== undefined && done.has(item.id);
    const due = item.dueDate ? formatDate(item.dueDate.toISOString(), ctx.locale) : isDone ? '—' : ctx.t('plan-none');
    return ctx.t('plan-line', {
      n: i + 1,
      icon: icons[item.kind ?? ''] ?? '•',
      title: shortInLocale(item.title, item.titleAr, item.language, ctx.locale, 70),
      owner: ownerOf(ctx, item, questionnaires),
      due: isDone ? ctx.t('plan-done', { due }) : due,
    });
  });
}

/**
 * The start value of an action with its unit, read from the indicator question it names; « non
 * mesuré » when its lever names an indicator that was not measured (so the plan never reads
 * « — → 100 % »); null when there is nothing to start from (an action added by hand, a lever
 * without indicator question): its target, if any, is then said alone.
 */
export function baselineText(
  item: Pick<PlanItem, 'baselineQuestion' | 'baselineValue' | 'target' | 'leverId'>,
  questionnaires: readonly Questionnaire[],
  ctx: UnitContext,
): string | null {
  if (item.baselineValue === null) {
    const measurable = questionnaires.some((q) =>
      q.dimensions.some((d) => d.levers.some((l) => l.id === item.leverId && l.baseline !== undefined)),
    );
    return item.target && measurable ? ctx.t('plan-not-measured') : null;
  }
  const question = questionnaires.flatMap((q) => q.questions).find((x) => x.id === item.baselineQuestion);
  return formatQuantity(item.baselineValue, question?.type === 'indicator' ? question.unit : undefined, ctx);
}

/** One action in full. */
export function planDetail(
  ctx: Context,
  item: PlanItem,
  n: number,
  questionnaires: readonly Questionnaire[],
  done = false,
): string {
  const lines = [
    ctx.t('plan-detail-title', { n, title: inLocale(item.title, item.titleAr, item.language, ctx.locale) ?? '' }),
  ];
  if (item.kind) lines.push(ctx.t(`plan-kind-${item.kind}`));
  lines.push(ctx.t('plan-detail-owner', { owner: ownerOf(ctx, item, questionnaires) }));
  const due = item.dueDate ? formatDate(item.dueDate.toISOString(), ctx.locale) : done ? '—' : ctx.t('plan-none');
  lines.push(ctx.t('plan-detail-due', { due }));
  const indicator = indicatorText(item, ctx.locale);
  if (indicator) lines.push(ctx.t('plan-detail-indicator', { indicator }));
  const baseline = baselineText(item, questionnaires, ctx);
  const target = targetText(item, ctx.locale);
  if (baseline) lines.push(ctx.t('plan-detail-baseline', { baseline, target: target ?? ctx.t('plan-none') }));
  else if (target) lines.push(ctx.t('plan-detail-target', { target }));
  lines.push(ctx.t('plan-detail-priority', { priority: ctx.t(`plan-priority-${item.priority}`) }));
  // Marked with /plan done, or ticked as a deadline (in /deadlines or from a reminder).
  if (done) lines.push(ctx.t(item.doneAt ? 'plan-detail-done-marked' : 'plan-detail-done'));
  return lines.join('\n');
}
