import { teamName } from '../../core/commune.ts';
import type { Context } from '../../core/context.ts';
import { parseDate } from '../../core/parse/date.ts';
import { foldText } from '../../core/text.ts';
import { leadingMeaning, undoWords, wordReader, wordSet } from '../../core/command-words.ts';
import { westernFigures } from '../../core/number-format.ts';
import type { Questionnaire } from './definitions.ts';
import { dueDateFor, languageOf } from './draft.ts';
import { planDetail, planLines } from './plan-view.ts';
import { formatDate } from './render.ts';
import type { ActionItemInput, QuestionnaireRepository } from './repository.ts';
import { teamOf } from './chat-team.ts';
import { runPlanDone, runPlanUndo, titleOf } from './plan-done.ts';

type Field = 'title' | 'owner' | 'dueDate' | 'indicator' | 'target' | 'priority' | 'kind';

const verbOf = wordReader({
  list: ['list', 'liste'],
  add: ['add', 'ajouter', 'اضافه', 'اضف'],
  edit: ['edit', 'modifier', 'تعديل', 'عدل'],
  remove: ['remove', 'retirer', 'supprimer', 'حذف', 'احذف'],
  done: ['done', 'fait', 'faite', 'termine', 'terminee', 'انجز', 'انجزت', 'منجز', 'تم'],
  undo: undoWords,
});

const fieldOf = wordReader<Field>({
  title: ['titre', 'title', 'intitule', 'عنوان'],
  owner: ['responsable', 'owner', 'pilote', 'مسؤول'],
  // « due », as « owner » and « title »: the command's own words are English (/plan edit).
  dueDate: ['echeance', 'date', 'deadline', 'due', 'delai', 'اجل', 'موعد', 'تاريخ'],
  indicator: ['indicateur', 'indicator', 'مؤشر'],
  target: ['cible', 'target', 'objectif', 'هدف', 'المستهدف'],
  priority: ['priorite', 'priority', 'اولويه'],
  kind: ['type', 'kind', 'genre', 'نوع'],
});

const kindOf = wordReader({
  quick_win: ['rapide', 'quick', 'quickwin', 'quick_win', 'سريع', 'سريعة'],
  structural: ['structurelle', 'structurel', 'structural', 'budget', 'هيكلي', 'هيكلية'],
});

const priorityOf = wordReader({
  high: ['haute', 'high', 'عاليه'],
  medium: ['moyenne', 'medium', 'متوسطه'],
  low: ['basse', 'low', 'منخفضه'],
});
const isClearWord = wordSet(['aucune', 'aucun', 'none', '-', 'لا شيء', 'لا شي']);

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

type Kind = 'quick_win' | 'structural';
const isKind = (k: string | null | undefined): k is Kind => k === 'quick_win' || k === 'structural';
const dayOf = (date: Date) => date.toISOString().slice(0, 10);
/** The last day of the month of `day` (YYYY-MM-DD). */
const endOfMonth = (day: string) => dayOf(new Date(Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)), 0)));

/** A date the type contradicts: a quick win due after 30 days, a structural action due within them. */
function contradicts(due: Date, kind: Kind, today: string): boolean {
  const quickLimit = dayOf(dueDateFor('quick_win', today));
  return kind === 'quick_win' ? dayOf(due) > quickLimit : dayOf(due) <= quickLimit;
}

/**
 * `/plan`, `/plan add …`, `/plan edit <n> <field> <value>`, `/plan remove <n>`, `/plan done <n>` and
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

  if (!sub || verbMeant === 'list') {
    if (items.length === 0) return ctx.say('plan-empty');
    const lines = [
      ctx.t('plan-title', { team: teamName(team, ctx.locale), count: items.length }),
      '',
      ...planLines(ctx, items, deps.questionnaires, await deps.repo.doneActionIds(team.id)),
    ];
    // Short lines for a phone; the icons' legend only for the icons shown.
    lines.push('', ctx.t('plan-hint', { max: items.length }), ctx.t('plan-hint-owner'));
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
    if (!title) return ctx.say('plan-usage');
    const run = await deps.repo.openRun(team.id, deps.main(), ctx.person.id);
    await deps.repo.addActionItems(run, [{ title, language: languageOf(title), priority: 'medium' }], ctx.person.id);
    await deps.onPlanChanged(team.id);
    return ctx.say('plan-added', { n: items.length + 1 });
  }

  if (verbMeant === 'done') return runPlanDone(ctx, team.id, items, rest, deps, notFound);
  if (verbMeant === 'undo') return runPlanUndo(ctx, team.id, items, rest, deps, notFound);

  const isEdit = verbMeant === 'edit';
  const isRemove = verbMeant === 'remove';
  // « /plan edit » or « /plan edit 2 » alone: the forms of the command, not « no action numbered «  » ».
  if ((!isEdit && !isRemove) || !rest[0] || (isEdit && !rest[1])) return ctx.say('plan-usage');
  const n = Number(foldText(rest[0] ?? ''));
  const item = Number.isInteger(n) ? items[n - 1] : undefined;
  if (!item) return notFound(rest[0] ?? '');

  if (isRemove) {
    await deps.repo.removeActionItem(item.id);
    await deps.onPlanChanged(team.id);
    return ctx.say('plan-removed', { n, title: titleOf(item, ctx.locale) });
  }

  const field = fieldOf(rest[1] ?? '');
  if (!field) return ctx.say('plan-field-unknown', { value: rest[1] ?? '' });
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
  const change: Partial<ActionItemInput> = {};
  let dueWarning: string | null = null;
  let readAs: { key: string; value: string } | null = null;
  if (field === 'priority') {
    const priority = priorityOf(value);
    if (!priority) return ctx.say('plan-priority-invalid', { value });
    change.priority = priority;
  } else if (field === 'kind') {
    const kind = kindOf(value);
    if (!kind) return ctx.say('plan-kind-invalid', { value });
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
      // A due date is ahead: "3 jan" typed in December is next January.
      const today = new Date(`${deps.today()}T12:00:00Z`);
      // « fin janvier » is its last day, « début mars » the 1st, « mi-février » the 15th; « dans 3
      // mois » that day: each is said back with the date recorded.
      const read = parseDate(value, { now: today, timeZone: 'UTC', withoutYear: 'coming', monthParts: true });
      // « début décembre » on 6 December: this month's 1st is gone and a year ahead is not what was
      // meant; nothing is recorded, the day is asked with an example.
      if (!read.ok && read.reason === 'part-passed' && read.near)
        return ctx.say('plan-due-part-passed', {
          value,
          date: formatDate(read.near, ctx.locale),
          n,
          example: formatDate(endOfMonth(read.near), ctx.locale),
          year: String(Number(read.near.slice(0, 4)) + 1),
        });
      const ahead = !read.ok && read.near && read.near >= deps.today() ? read.near : null;
      if (!read.ok && !ahead) return ctx.say('plan-date-invalid', { value });
      const day = read.ok ? read.date : (ahead ?? '');
      if (read.ok && read.part) readAs = { key: `plan-due-read-${read.part}`, value };
      if (ahead) readAs = { key: 'plan-due-read-near', value };
      const due = new Date(`${day}T00:00:00Z`);
      Object.assign(change, { dueDate: due, dueSetByHand: true });
      // Kept as typed, with a word when the action's type does not fit it (a structural one due tomorrow).
      if (isKind(item.kind) && day >= deps.today() && contradicts(due, item.kind, deps.today()))
        dueWarning = `plan-due-typed-${item.kind}`;
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
  await deps.onPlanChanged(team.id);
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
  if (change.dueDate && dayOf(change.dueDate) < deps.today()) lines.push(ctx.t('plan-date-past', { n }));
  const now = (await deps.repo.teamActionItems(team.id)).find((i) => i.id === item.id);
  if (now) {
    const done = (await deps.repo.doneActionIds(team.id)).has(now.id);
    lines.push('', ctx.t('plan-updated-now'), planDetail(ctx, now, n, deps.questionnaires, done));
  }
  ctx.reply({ kind: 'text', text: lines.join('\n') });
}
