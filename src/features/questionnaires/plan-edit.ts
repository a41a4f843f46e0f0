import type { Context } from '../../core/context.ts';
import { wordReader, wordSet } from '../../core/command-words.ts';
import type { Questionnaire } from './definitions.ts';
import { dueDateFor, languageOf } from './draft.ts';
import { pastDueRefusal, readDueDate } from './plan-due.ts';
import { indicatorText, inLocale, ownerText, planDetail, targetText } from './plan-view.ts';
import { formatDate } from './render.ts';
import type { ActionItemInput, QuestionnaireRepository } from './repository.ts';

/** The fields `/plan edit <n> <field> <value>` changes. */
export type Field = 'title' | 'owner' | 'dueDate' | 'indicator' | 'target' | 'priority' | 'kind';

/** A field as typed after `/plan edit <n>` (« responsable », « échéance », « مسؤول »…). */
export const fieldOf = wordReader<Field>({
  title: ['titre', 'title', 'intitule', 'عنوان'],
  owner: ['responsable', 'owner', 'pilote', 'مسؤول'],
  // « due », as « owner » and « title »: the command's own words are English (/plan edit).
  dueDate: ['echeance', 'date', 'deadline', 'due', 'delai', 'اجل', 'موعد', 'تاريخ'],
  indicator: ['indicateur', 'indicator', 'مؤشر'],
  target: ['cible', 'target', 'objectif', 'هدف', 'المستهدف'],
  priority: ['priorite', 'priority', 'اولويه'],
  kind: ['type', 'kind', 'genre', 'نوع'],
});

/** What an edit needs of /plan's dependencies (`PlanDeps`). */
export interface PlanEditDeps {
  repo: QuestionnaireRepository;
  questionnaires: readonly Questionnaire[];
  onPlanChanged: (teamId: string) => Promise<void>;
  /** Today where the team works (YYYY-MM-DD): due dates are read and checked against it. */
  today: () => string;
}
type Item = Awaited<ReturnType<QuestionnaireRepository['teamActionItems']>>[number];

const kindOf = wordReader({
  quick_win: ['rapide', 'quick', 'quickwin', 'quick_win', 'سريع', 'سريعة'],
  structural: ['structurelle', 'structurel', 'structural', 'budget', 'هيكلي', 'هيكلية'],
});

const priorityOf = wordReader({
  high: ['haute', 'high', 'عاليه'],
  medium: ['moyenne', 'medium', 'متوسطه'],
  low: ['basse', 'low', 'منخفضه'],
});
/** « aucune », « لا شيء »: a due date or target cleared. */
export const isClearWord = wordSet(['aucune', 'aucun', 'none', '-', 'لا شيء', 'لا شي']);

type Kind = 'quick_win' | 'structural';
const isKind = (k: string | null | undefined): k is Kind => k === 'quick_win' || k === 'structural';
const dayOf = (date: Date) => date.toISOString().slice(0, 10);

/** A date the type contradicts: a quick win due after 30 days, a structural action due within them. */
function contradicts(due: Date, kind: Kind, today: string): boolean {
  const quickLimit = dayOf(dueDateFor('quick_win', today));
  return kind === 'quick_win' ? dayOf(due) > quickLimit : dayOf(due) <= quickLimit;
}

/** A field of the action as /plan shows it: what an edit replaced is said in these words. */
export function shown(ctx: Context, item: Item, field: Field, questionnaires: readonly Questionnaire[]): string {
  const none = ctx.t('plan-none');
  if (field === 'owner') return ownerText(item, questionnaires, ctx.locale, (key, args) => ctx.t(key, args));
  if (field === 'dueDate') return item.dueDate ? formatDate(dayOf(item.dueDate), ctx.locale) : none;
  if (field === 'target') return targetText(item, ctx.locale) ?? none;
  if (field === 'indicator') return indicatorText(item, ctx.locale) ?? none;
  if (field === 'title') return inLocale(item.title, item.titleAr, item.language, ctx.locale) ?? '';
  if (field === 'priority') return ctx.t(`plan-priority-${item.priority}`);
  return item.kind ? ctx.t(`plan-legend-${item.kind}`) : none;
}

/**
 * `/plan edit <n> <field> <value>`: the change recorded, then one reply saying what changed, how a
 * date was read, what to check, and the action as it now reads.
 */
export async function runPlanEdit(
  ctx: Context,
  teamId: string,
  item: Item,
  n: number,
  field: Field,
  value: string,
  deps: PlanEditDeps,
): Promise<void> {
  const change: Partial<ActionItemInput> = {};
  let dueWarning: string | null = null;
  let readAs: { key: string; value: string } | null = null;
  if (field === 'priority') {
    const priority = priorityOf(value);
    if (!priority) return ctx.say('plan-priority-invalid', { value, n });
    change.priority = priority;
  } else if (field === 'kind') {
    const kind = kindOf(value);
    if (!kind) return ctx.say('plan-kind-invalid', { value, n });
    change.kind = kind;
    // A due date drafted for the old type follows the new one (and so does its reminder); a date
    // the team set by hand is the team's: kept, with a word when the new type contradicts it.
    if (item.dueDate && isKind(kind) && kind !== item.kind) {
      if (!item.dueSetByHand) change.dueDate = dueDateFor(kind, deps.today());
      else if (contradicts(item.dueDate, kind, deps.today())) dueWarning = `plan-due-kept-${kind}`;
    }
  } else if (field === 'dueDate') {
    // A typed date is the team's (a kind change keeps it); cleared, there is nothing to keep. An
    // action done through its deadline stays done when the deadline goes with the date.
    if (isClearWord(value)) {
      Object.assign(change, { dueDate: null, dueSetByHand: false });
      const tick = item.doneAt ? null : await deps.repo.deadlineTick(item.id);
      if (tick?.doneAt) Object.assign(change, { doneAt: tick.doneAt, doneById: tick.personId });
    } else {
      // A day gone (« 01/12/2026 », « hier », « début décembre » on the 6th) is refused in the guided
      // edit's words: nothing is recorded, and the action is shown as it stays.
      const refusal = pastDueRefusal(ctx, value, deps.today(), n, 'typed');
      if (refusal) return showUnchanged(ctx, teamId, item, n, refusal, deps);
      const read = readDueDate(value, deps.today());
      if (!read.ok) return ctx.say('plan-date-invalid', { value });
      const day = read.day;
      if (read.readAs) readAs = { key: read.readAs, value };
      const due = new Date(`${day}T00:00:00Z`);
      Object.assign(change, { dueDate: due, dueSetByHand: true });
      // Kept as typed, with a word when the action's type does not fit it (a structural one due tomorrow).
      if (isKind(item.kind) && contradicts(due, item.kind, deps.today())) dueWarning = `plan-due-typed-${item.kind}`;
    }
  } else if (field === 'owner') {
    change.owner = value;
    change.ownerRole = false;
  } else if (field === 'title') {
    // A title typed anew is the action's text, in the language it was typed in.
    Object.assign(change, { title: value, language: languageOf(value), titleAr: null });
  } else if (field === 'target') {
    // Typed, the target is in its own language (see `targetText`); « aucune » clears it.
    const cleared = isClearWord(value);
    Object.assign(change, { target: cleared ? null : value, targetAr: null });
  } else {
    Object.assign(change, { indicator: value, indicatorAr: null });
  }
  await deps.repo.updateActionItem(item.id, change);
  await deps.onPlanChanged(teamId);
  // One change, one reply: what changed (each field said back as recorded, « Action 1 modifiée. »
  // alone left the team unsure), how a date was read, what to check, then the action as it now reads.
  const lines = [ctx.t('plan-updated', { n })];
  // The day read, with its year: "3 jan", "lundi" or "15/12" say less than the date recorded.
  if (field === 'dueDate' && change.dueDate) {
    const date = formatDate(dayOf(change.dueDate), ctx.locale);
    lines.push(ctx.t('plan-due-set', { date }));
    if (readAs) lines.push(ctx.t(readAs.key, { value: readAs.value, date, n }));
  }
  if (field === 'dueDate' && !change.dueDate) lines.push(ctx.t('plan-due-cleared'));
  if (field === 'target')
    lines.push(ctx.t(change.target ? 'plan-target-set' : 'plan-target-cleared', { target: value }));
  if (field === 'owner') lines.push(ctx.t('plan-owner-set', { owner: value }));
  if (field === 'priority')
    lines.push(ctx.t('plan-priority-set', { priority: ctx.t(`plan-priority-${change.priority}`) }));
  if (field === 'title') lines.push(ctx.t('plan-title-set', { title: value }));
  if (field === 'indicator') lines.push(ctx.t('plan-indicator-set', { indicator: value }));
  if (field === 'kind') lines.push(ctx.t(`plan-kind-${change.kind}`));
  if (field === 'kind' && change.dueDate)
    lines.push(ctx.t('plan-due-recomputed', { date: formatDate(dayOf(change.dueDate), ctx.locale) }));
  const warned = field === 'dueDate' ? change.dueDate : item.dueDate;
  if (dueWarning && warned) lines.push(ctx.t(dueWarning, { n, date: formatDate(dayOf(warned), ctx.locale) }));
  const now = (await deps.repo.teamActionItems(teamId)).find((i) => i.id === item.id);
  // What the change replaced, under what it set: a teammate's entry overwritten by mistake can be
  // typed back; the same value typed again changed nothing, and the reply says so.
  const before = shown(ctx, item, field, deps.questionnaires);
  const after = now ? shown(ctx, now, field, deps.questionnaires) : null;
  // A drafted date typed as it was becomes the team's (kept through type changes): that is a change.
  if (after === before && now?.dueSetByHand === item.dueSetByHand) lines[0] = ctx.t('plan-unchanged', { n });
  // Nothing is said for a field that was empty (« à définir »): nothing was replaced.
  else if (after !== before && ![ctx.t('plan-none'), ctx.t('plan-owner-missing')].includes(before))
    lines.splice(2, 0, ctx.t('plan-was', { was: before }));
  if (now) {
    const done = (await deps.repo.doneActionIds(teamId)).has(now.id);
    lines.push('', ctx.t('plan-updated-now'), planDetail(ctx, now, n, deps.questionnaires, done));
  }
  ctx.reply({ kind: 'text', text: lines.join('\n') });
}

/** A change refused: why, then the action as it stays (nothing of it was changed). */
async function showUnchanged(ctx: Context, teamId: string, item: Item, n: number, why: string, deps: PlanEditDeps) {
  const done = (await deps.repo.doneActionIds(teamId)).has(item.id);
  const detail = planDetail(ctx, item, n, deps.questionnaires, done);
  ctx.reply({ kind: 'text', text: [why, '', ctx.t('plan-as-is'), detail].join('\n') });
}
