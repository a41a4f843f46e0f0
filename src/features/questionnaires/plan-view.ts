import type { Context } from '../../core/context.ts';
import type { Locale } from '../../core/i18n.ts';
import type { Questionnaire } from './definitions.ts';
import { formatDate, formatQuantity } from './render.ts';

/** An action as stored (the columns the plan shows). */
export interface PlanItem {
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
  baselineQuestion: string | null;
  baselineValue: number | null;
  target: string | null;
  targetAr: string | null;
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

const shorten = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);

const icons: Record<string, string> = { quick_win: '⚡', structural: '🏗' };

function ownerOf(ctx: Context, item: PlanItem): string {
  if (!item.owner) return ctx.t('plan-owner-missing');
  return item.ownerRole ? ctx.t('plan-owner-role', { owner: item.owner }) : item.owner;
}

/** One line per action: the plan fits a phone; `/plan <n>` gives one in full. */
export function planLines(ctx: Context, items: PlanItem[]): string[] {
  return items.map((item, i) =>
    ctx.t('plan-line', {
      n: i + 1,
      icon: icons[item.kind ?? ''] ?? '•',
      title: shorten(inLocale(item.title, item.titleAr, item.language, ctx.locale) ?? '', 70),
      owner: ownerOf(ctx, item),
      due: item.dueDate ? formatDate(item.dueDate.toISOString(), ctx.locale) : ctx.t('plan-none'),
    }),
  );
}

/** The baseline of an action with its unit, read from the indicator question it names. */
function baselineOf(ctx: Context, item: PlanItem, questionnaires: readonly Questionnaire[]): string | null {
  if (item.baselineValue === null || !item.baselineQuestion) return null;
  const question = questionnaires.flatMap((q) => q.questions).find((x) => x.id === item.baselineQuestion);
  return formatQuantity(item.baselineValue, question?.type === 'indicator' ? question.unit : undefined, ctx);
}

/** One action in full. */
export function planDetail(ctx: Context, item: PlanItem, n: number, questionnaires: readonly Questionnaire[]): string {
  const lines = [`${n}. ${inLocale(item.title, item.titleAr, item.language, ctx.locale) ?? ''}`];
  if (item.kind) lines.push(ctx.t(`plan-kind-${item.kind}`));
  lines.push(ctx.t('plan-detail-owner', { owner: ownerOf(ctx, item) }));
  const due = item.dueDate ? formatDate(item.dueDate.toISOString(), ctx.locale) : ctx.t('plan-none');
  lines.push(ctx.t('plan-detail-due', { due }));
  const indicator = inLocale(item.indicator, item.indicatorAr, item.language, ctx.locale);
  if (indicator) lines.push(ctx.t('plan-detail-indicator', { indicator }));
  const baseline = baselineOf(ctx, item, questionnaires);
  const target = inLocale(item.target, item.targetAr, 'fr', ctx.locale);
  if (baseline || target)
    lines.push(
      ctx.t('plan-detail-baseline', { baseline: baseline ?? ctx.t('plan-none'), target: target ?? ctx.t('plan-none') }),
    );
  lines.push(ctx.t('plan-detail-priority', { priority: ctx.t(`plan-priority-${item.priority}`) }));
  return lines.join('\n');
}
