// « /plan edit 1 » alone, as typed on a phone: the action shown briefly with what can be changed,
// then the new value asked and saved as `/plan edit 1 <field> <value>` saves it. The syntax of the
// command was shown instead, to be retyped whole on a phone keyboard.
import type { Context } from '../../core/context.ts';
import type { NonTextKind } from '../../core/messages.ts';
import { parseCommand, type Interceptor } from '../../core/router.ts';
import { showSideList } from '../../core/side-list.ts';
import { westernFigures } from '../../core/number-format.ts';
import { foldText } from '../../core/text.ts';
import { teamOf } from './chat-team.ts';
import type { Questionnaire } from './definitions.ts';
import { fieldOf, isClearWord, runPlanEdit, shown, type Field, type PlanEditDeps } from './plan-edit.ts';
import { pastDueRefusal, readDueDate } from './plan-due.ts';
import { indicatorText, inLocale, ownerText, targetText } from './plan-view.ts';
import { formatDate } from './render.ts';
import type { QuestionnaireRepository } from './repository.ts';

type Item = Awaited<ReturnType<QuestionnaireRepository['teamActionItems']>>[number];

/** The list of what to change, followed by the action's id. */
export const planFieldPrompt = 'plan:ed:';
/** The question asking the new value (its one choice cancels), followed by the action's id. */
const valuePrompt = 'plan:ev:';

const fields = ['title', 'owner', 'dueDate', 'indicator', 'target'] as const satisfies readonly Field[];
type GuidedField = (typeof fields)[number];
const isGuided = (field: string | undefined): field is GuidedField => fields.some((f) => f === field);

/** The edit waiting for one reply (`ctx.state.planEdit`): a field to pick, or the value of `field`. */
interface Pending {
  itemId: string;
  field?: GuidedField;
}
const pendingOf = (ctx: Context) => ctx.state.planEdit as Pending | undefined;

const cancelWords = new Set(['annuler', 'cancel', 'إلغاء', 'الغاء'].map(foldText));
const isCancel = (text: string) => {
  const command = parseCommand(text);
  return cancelWords.has(foldText(command ? command.name : text));
};

/**
 * A field named at the list as people say it: « le pilote », « l'échéance », « changer la cible »,
 * « تغيير الأجل », « عدّل الهدف » (a verb of changing, then an article, before the field's word).
 */
function fieldNamed(text: string) {
  const words = foldText(text).split(' ');
  const verbs = new Set(['changer', 'modifier', 'corriger', 'change', 'edit', 'تغيير', 'غير', 'تعديل', 'عدل']);
  const articles = new Set(['le', 'la', 'les', 'l', 'un', 'une', 'the']);
  if (words.length > 1 && verbs.has(words[0] ?? '')) words.shift();
  if (words.length > 1 && articles.has(words[0] ?? '')) words.shift();
  const field = fieldOf(words.join(' '));
  return isGuided(field) ? field : undefined;
}

/** The action, briefly, and the fields to choose from (or « Annuler »). */
export function askWhatToChange(ctx: Context, item: Item, n: number, questionnaires: readonly Questionnaire[]): void {
  ctx.state.planEdit = { itemId: item.id } satisfies Pending;
  const t = (key: string, args?: Record<string, string | number>) => ctx.t(key, args);
  const title = inLocale(item.title, item.titleAr, item.language, ctx.locale) ?? '';
  const due = item.dueDate ? formatDate(item.dueDate.toISOString(), ctx.locale) : t('plan-none');
  const indicator = indicatorText(item, ctx.locale);
  const target = targetText(item, ctx.locale);
  const lines = [
    t('plan-edit-pick', { n, title }),
    t('plan-detail-owner', { owner: ownerText(item, questionnaires, ctx.locale, t) }),
    t('plan-detail-due', { due }),
    ...(indicator ? [t('plan-detail-indicator', { indicator })] : []),
    ...(target ? [t('plan-detail-target', { target })] : []),
    '',
    t('plan-edit-which'),
  ];
  showSideList(ctx, {
    kind: 'choices',
    text: lines.join('\n'),
    promptId: `${planFieldPrompt}${item.id}`,
    choices: [
      ...fields.map((field) => ({ value: field, label: t(`plan-edit-field-${field}`) })),
      { value: 'cancel', label: t('plan-edit-cancel') },
    ],
  });
}

/** The new value of `field` asked, with what it is now; « Annuler » is its one choice (typed as a word). */
function askValue(ctx: Context, item: Item, n: number, field: GuidedField, deps: PlanEditDeps, before = ''): void {
  ctx.state.planEdit = { itemId: item.id, field } satisfies Pending;
  const now = shown(ctx, item, field, deps.questionnaires);
  const empty = [ctx.t('plan-none'), ctx.t('plan-owner-missing'), ''].includes(now);
  const lines = [
    ...(before ? [before] : []),
    ctx.t('plan-edit-ask', { field, n }),
    ...(empty ? [] : [ctx.t('plan-edit-current', { value: now })]),
  ];
  const cancel = ctx.t('plan-edit-cancel');
  ctx.reply({
    kind: 'choices',
    text: lines.join('\n'),
    promptId: `${valuePrompt}${item.id}`,
    choices: [{ value: 'cancel', label: cancel, key: cancel }],
  });
}

/** The action the pending edit is about, with its number now, or null (removed meanwhile: said so). */
async function stillThere(ctx: Context, itemId: string, repo: QuestionnaireRepository) {
  const team = teamOf(ctx, true);
  const items = team ? await repo.teamActionItems(team.id) : [];
  const index = items.findIndex((i) => i.id === itemId);
  const item = items[index];
  if (!team || !item) {
    delete ctx.state.planEdit;
    ctx.say('plan-edit-gone');
    return null;
  }
  return { teamId: team.id, item, n: index + 1 };
}

function cancelled(ctx: Context, promptId: string, n: number): void {
  delete ctx.state.planEdit;
  ctx.answered(promptId, ctx.t('plan-edit-cancel'));
  ctx.say('plan-edit-cancelled', { n });
}

/** A field picked on the list (its button, a number typed where the list is numbered). */
export async function answerField(ctx: Context, values: string[], promptId: string, deps: PlanEditDeps) {
  const itemId = promptId.slice(planFieldPrompt.length);
  return pickField(ctx, itemId, values[0], deps);
}

async function pickField(ctx: Context, itemId: string, value: string | undefined, deps: PlanEditDeps) {
  const promptId = `${planFieldPrompt}${itemId}`;
  const found = await stillThere(ctx, itemId, deps.repo);
  if (!found) return ctx.left(promptId);
  if (!isGuided(value)) return cancelled(ctx, promptId, found.n);
  ctx.answered(promptId, ctx.t(`plan-edit-field-${value}`));
  askValue(ctx, found.item, found.n, value, deps);
}

/** Why a due date typed cannot be saved (gone, said as `/plan edit` says it, or not read): null when it can. */
function dateRefusal(ctx: Context, value: string, today: string, n: number): string | null {
  if (isClearWord(value)) return null;
  const gone = pastDueRefusal(ctx, value, today, n, 'asked');
  if (gone) return gone;
  return readDueDate(value, today).ok ? null : ctx.t('plan-edit-date-invalid', { value });
}

/** The value typed: saved (the reply of `/plan edit`, with « Avant : »), or refused and asked again. */
async function answerValue(ctx: Context, pending: Pending & { field: GuidedField }, typed: string, deps: PlanEditDeps) {
  const promptId = `${valuePrompt}${pending.itemId}`;
  const found = await stillThere(ctx, pending.itemId, deps.repo);
  if (!found) return ctx.left(promptId);
  const value = westernFigures(typed.trim());
  const refusal = pending.field === 'dueDate' ? dateRefusal(ctx, value, deps.today(), found.n) : null;
  if (refusal) return askValue(ctx, found.item, found.n, pending.field, deps, refusal);
  delete ctx.state.planEdit;
  ctx.answered(promptId, value);
  await runPlanEdit(ctx, found.teamId, found.item, found.n, pending.field, value, deps);
}

/**
 * A voice note, a sticker...: « ⚠️ Je ne peux pas écouter… Rien n'a changé dans l'action 1 : … », and the
 * step of the edit asked again (the list of what to change, or the new value), so the edit goes on.
 */
async function askAgain(ctx: Context, pending: Pending, what: NonTextKind, deps: PlanEditDeps) {
  const prompt = `${pending.field ? valuePrompt : planFieldPrompt}${pending.itemId}`;
  const found = await stillThere(ctx, pending.itemId, deps.repo);
  if (!found) return ctx.left(prompt);
  // Said for the edit's step (the list, or the field asked), not in the questionnaire's words.
  const next = ctx.t('plan-edit-nontext', { step: pending.field ?? 'list', n: found.n });
  ctx.say('qn-error-prefix', { message: `${ctx.t('nontext-what', { kind: what })} ${next}` });
  if (pending.field) return askValue(ctx, found.item, found.n, pending.field, deps);
  askWhatToChange(ctx, found.item, found.n, deps.questionnaires);
}

/** A number not on the list of what to change: said so, nothing changed, and the list again. */
async function notListed(ctx: Context, pending: Pending, typed: string, deps: PlanEditDeps) {
  const found = await stillThere(ctx, pending.itemId, deps.repo);
  if (!found) return ctx.left(`${planFieldPrompt}${pending.itemId}`);
  ctx.say('plan-edit-not-listed', { value: typed, n: found.n });
  askWhatToChange(ctx, found.item, found.n, deps.questionnaires);
}

/**
 * Takes the one reply the pending edit waits for: a field (its word or number), the value, or a
 * cancel (word, /cancel, or the button); a voice note or a sticker asks the step again. Any other
 * message leaves it: a later text is not its value.
 */
export function planEditInterceptor(deps: PlanEditDeps): Interceptor {
  return {
    name: 'plan-edit',
    wants: (ctx) => {
      const pending = pendingOf(ctx);
      const { message } = ctx;
      if (!pending) return false;
      // A voice note, a sticker...: the edit stays open, and its step is asked again.
      if (message.kind === 'unsupported') return true;
      if (message.kind === 'choice') return message.promptId === `${valuePrompt}${pending.itemId}`;
      if (message.kind !== 'text') return false;
      const text = message.text.trim();
      if (isCancel(text)) return true;
      if (parseCommand(text)) return false;
      // A number at the list is for it, in it or not (« 7 »: said not in it, the list again).
      return pending.field !== undefined || fieldNamed(text) !== undefined || /^\d+$/.test(westernFigures(text));
    },
    run: async (ctx) => {
      const pending = pendingOf(ctx);
      const { message } = ctx;
      if (!pending) return;
      const text = message.kind === 'text' ? message.text.trim() : '';
      const prompt = `${pending.field ? valuePrompt : planFieldPrompt}${pending.itemId}`;
      if (message.kind === 'unsupported') return askAgain(ctx, pending, message.what, deps);
      if (message.kind === 'choice' || isCancel(text)) {
        const found = await stillThere(ctx, pending.itemId, deps.repo);
        return found ? cancelled(ctx, prompt, found.n) : ctx.left(prompt);
      }
      if (pending.field) return answerValue(ctx, { ...pending, field: pending.field }, text, deps);
      const number = /^\d+$/.test(westernFigures(text)) ? Number(westernFigures(text)) : null;
      // The list's last number is « Annuler »; a number past it, or 0, is none of its lines.
      if (number !== null && (number < 1 || number > fields.length + 1)) return notListed(ctx, pending, text, deps);
      const picked = number !== null ? fields[number - 1] : fieldNamed(text);
      return pickField(ctx, pending.itemId, picked, deps);
    },
    passed: (ctx) => {
      const pending = pendingOf(ctx);
      if (!pending) return;
      delete ctx.state.planEdit;
      // The value's question cannot be answered any more: its button goes. The list of fields still can.
      if (pending.field) ctx.left(`${valuePrompt}${pending.itemId}`, ctx.t('plan-edit-left'));
    },
  };
}
