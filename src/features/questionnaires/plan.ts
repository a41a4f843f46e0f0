import { teamName } from '../../core/commune.ts';
import type { Context } from '../../core/context.ts';
import { foldText } from '../../core/text.ts';
import { isDetailWord, leadingMeaning, undoWords, wordReader } from '../../core/command-words.ts';
import { westernFigures } from '../../core/number-format.ts';
import type { Questionnaire } from './definitions.ts';
import { languageOf } from './draft.ts';
import { fieldOf, runPlanEdit } from './plan-edit.ts';
import { planDetail, planLines } from './plan-view.ts';
import { planSummaryLines } from './plan-summary.ts';
import type { QuestionnaireRepository } from './repository.ts';
import { teamOf } from './chat-team.ts';
import { actionsTyped, runPlanDone, runPlanUndo } from './plan-done.ts';
import { askToRemove, askToRemoveSeveral } from './plan-remove.ts';
import { askWhatToChange } from './plan-guided.ts';

const verbOf = wordReader({
  list: ['list', 'liste'],
  add: ['add', 'ajouter', 'اضافه', 'اضف'],
  edit: ['edit', 'modifier', 'تعديل', 'عدل'],
  remove: ['remove', 'retirer', 'supprimer', 'حذف', 'احذف'],
  done: ['done', 'fait', 'faite', 'termine', 'terminee', 'انجز', 'انجزت', 'منجز', 'تم'],
  undo: undoWords,
});

export interface PlanDeps {
  repo: QuestionnaireRepository;
  /** The questionnaire whose run holds actions added by hand (the service diagnostic). */
  main: () => Questionnaire;
  /** Every questionnaire: an action's baseline names one of their indicator questions. */
  questionnaires: readonly Questionnaire[];
  onPlanChanged: (teamId: string) => Promise<void>;
  /** Today where the team works (YYYY-MM-DD): due dates are read and checked against it. */
  today: () => string;
  /** The clock an action is marked done by. */
  now: () => Date;
}

/**
 * `/plan`, `/plan add …`, `/plan edit <n> [<field> <value>]`, `/plan remove <n>`, `/plan done <n>` and
 * `/plan undo <n>` on the person's team plan.
 */
export async function runPlanCommand(ctx: Context, args: string, deps: PlanDeps): Promise<void> {
  const team = teamOf(ctx, true);
  if (!team) return ctx.say('qn-no-team');
  const items = await deps.repo.teamActionItems(team.id);
  const words = args.split(/\s+/).filter(Boolean);
  const verb = words[0] ?? '';
  const sub = foldText(verb);
  // « pas fait 2 » is read as « undo 2 »: a verb may be two words.
  const { meant: verbMeant, rest } = leadingMeaning(verbOf, words);

  // A number not in the plan; in an empty plan, how to fill it, not « no action numbered 1 (1 to 0) ».
  const notFound = (value: string) =>
    items.length === 0 ? ctx.say('plan-empty') : ctx.say('plan-not-found', { value, max: items.length });

  if (!sub || verbMeant === 'list' || isDetailWord(args)) {
    if (items.length === 0) return ctx.say('plan-empty');
    const done = await deps.repo.doneActionIds(team.id);
    const title = ctx.t('plan-title', { team: teamName(team, ctx.locale), count: items.length });
    // On a phone: what is due, late or unnamed, and a short line per open action. In full
    // (/plan détail), every action with its pilot, as the plan read before it had to fit a phone.
    const full = isDetailWord(rest.join(' ')) || isDetailWord(args);
    const body = full
      ? planLines(ctx, items, deps.questionnaires, done)
      : planSummaryLines(ctx, items, done, deps.today());
    const hints = [ctx.t('plan-hint', { max: items.length }), ctx.t(full ? 'plan-hint-owner' : 'plan-hint-full')];
    const lines = [title, '', ...body, '', ...hints];
    const kinds = (['quick_win', 'structural'] as const).filter((k) => items.some((item) => item.kind === k));
    if (kinds.length > 0) lines.push(kinds.map((k) => ctx.t(`plan-legend-${k}`)).join(' · '));
    return ctx.reply({ kind: 'text', text: lines.join('\n') });
  }

  if (/^\d+$/.test(sub)) {
    const item = items[Number(sub) - 1];
    if (!item) return notFound(verb);
    // « /plan 1 responsable Sami », « /plan 2 fait »: the number first, as /plan 1 showed it, then the
    // field or the verb, is the same edit or mark (it used to show the action again, unchanged).
    const after = leadingMeaning(verbOf, words.slice(1));
    if (words[1] && fieldOf(words[1])) return runPlanCommand(ctx, ['edit', sub, ...words.slice(1)].join(' '), deps);
    if (after.meant === 'done' || after.meant === 'undo')
      return runPlanCommand(ctx, [after.meant, sub, ...after.rest].join(' '), deps);
    const done = (await deps.repo.doneActionIds(team.id)).has(item.id);
    const detail = planDetail(ctx, item, Number(sub), deps.questionnaires, done);
    // Other words after the number are not an edit: said, so that nobody takes the action shown for saved.
    const unread = words.slice(1).join(' ');
    const lines = unread
      ? [ctx.t('plan-number-words-unread', { value: unread, n: Number(sub) }), '', detail]
      : [detail];
    return ctx.reply({ kind: 'text', text: lines.join('\n') });
  }

  if (verbMeant === 'add') {
    const title = westernFigures(rest.join(' ').trim());
    // An action is words: nothing, « - » or « 3 » is no title (the example says how to write one).
    if (!/\p{L}/u.test(title)) return ctx.say('plan-add-missing', { value: title, typed: title ? 'yes' : 'no' });
    // The same action typed twice (a message sent again on a weak connection) is added once.
    const twin = items.findIndex((i) => [i.title, i.titleAr].some((t) => t && foldText(t) === foldText(title)));
    if (twin >= 0) return ctx.say('plan-add-twice', { n: twin + 1 });
    const run = await deps.repo.openRun(team.id, deps.main(), ctx.person.id);
    await deps.repo.addActionItems(run, [{ title, language: languageOf(title), priority: 'medium' }], ctx.person.id);
    await deps.onPlanChanged(team.id);
    return ctx.say('plan-added', { n: items.length + 1 });
  }

  if (verbMeant === 'done') return runPlanDone(ctx, team.id, items, rest, deps, notFound);
  if (verbMeant === 'undo') return runPlanUndo(ctx, team.id, items, rest, deps, notFound);

  const isEdit = verbMeant === 'edit';
  const isRemove = verbMeant === 'remove';
  // A word /plan does not know: said, with nothing changed, above the forms of the command.
  if (!isEdit && !isRemove)
    return ctx.reply({
      kind: 'text',
      text: [ctx.t('plan-verb-unknown', { value: args.trim() }), '', ctx.t('plan-usage')].join('\n'),
    });
  // « /plan edit » alone: the forms of the command, not « no action numbered «  » »; « /plan remove »
  // alone: how to name the action to remove.
  if (!rest[0] && isEdit) return ctx.say('plan-usage');
  if (!rest[0]) return items.length === 0 ? ctx.say('plan-empty') : ctx.say('plan-remove-usage', { max: items.length });
  // « /plan remove 2 3 » (or « 2, 3 »): asked once for all, none when one of them is not in the plan.
  if (isRemove) {
    const picked = actionsTyped(ctx, rest, items, 'plan-remove-usage', notFound);
    if (!picked) return;
    const [one] = picked;
    return picked.length === 1 && one ? askToRemove(ctx, one.item, one.n) : askToRemoveSeveral(ctx, picked);
  }
  const n = Number(foldText(rest[0] ?? ''));
  const item = Number.isInteger(n) ? items[n - 1] : undefined;
  if (!item) return notFound(rest[0] ?? '');

  // « /plan edit 2 » alone, on a phone: what to change is offered, then its value asked.
  if (!rest[1]) return askWhatToChange(ctx, item, n, deps.questionnaires);

  const field = fieldOf(rest[1] ?? '');
  if (!field) return ctx.say('plan-field-unknown', { value: rest[1] ?? '', n });
  // A figure typed in Arabic-Indic digits is stored as every other figure is written; a colon or
  // an equals sign between the field and its value (« responsable : Sami ») is not part of it.
  const value = westernFigures(
    rest
      .slice(2)
      .join(' ')
      .replace(/^[:=]\s*/, '')
      .trim(),
  );
  // The example is for the action and the field typed (« /plan edit 3 مسؤول » shows action 3's owner).
  if (!value) return ctx.say('plan-value-missing', { n, field });
  return runPlanEdit(ctx, team.id, item, n, field, value, deps);
}
