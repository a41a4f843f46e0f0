import type { Context } from '../../core/context.ts';
import { foldText } from '../../core/text.ts';
import { parseDate } from './answers.ts';
import type { Questionnaire } from './definitions.ts';
import { formatDate } from './render.ts';
import type { ActionItemInput, QuestionnaireRepository } from './repository.ts';

type Field = 'title' | 'owner' | 'dueDate' | 'indicator' | 'priority';

const fieldNames: Record<string, Field> = {};
for (const [field, names] of Object.entries({
  title: ['titre', 'title', 'intitule', 'عنوان', 'العنوان'],
  owner: ['responsable', 'owner', 'pilote', 'مسؤول', 'المسؤول'],
  dueDate: ['echeance', 'date', 'deadline', 'delai', 'اجل', 'الاجل', 'موعد'],
  indicator: ['indicateur', 'indicator', 'مؤشر', 'المؤشر'],
  priority: ['priorite', 'priority', 'اولويه', 'الاولويه'],
})) {
  for (const name of names) fieldNames[foldText(name)] = field as Field;
}

const priorities: Record<string, string> = {};
for (const [value, names] of Object.entries({
  high: ['haute', 'high', 'عاليه'],
  medium: ['moyenne', 'medium', 'متوسطه'],
  low: ['basse', 'low', 'منخفضه'],
})) {
  for (const name of names) priorities[foldText(name)] = value;
}
const clearWords = new Set(['aucune', 'aucun', 'none', '-', 'لا شيء', 'لا شي'].map(foldText));

export interface PlanDeps {
  repo: QuestionnaireRepository;
  /** The questionnaire whose run holds actions added by hand (the service diagnostic). */
  main: () => Questionnaire;
  onPlanChanged: (teamId: string) => Promise<void>;
}

/** `/plan`, `/plan add …`, `/plan edit <n> <field> <value>`, `/plan remove <n>` on the person's team plan. */
export async function runPlanCommand(ctx: Context, args: string, deps: PlanDeps): Promise<void> {
  const team = ctx.person.teams[0];
  if (!team) return ctx.say('qn-no-team');
  const items = await deps.repo.teamActionItems(team.id);
  const [verb = '', ...rest] = args.split(/\s+/).filter(Boolean);
  const sub = foldText(verb);

  if (!sub || sub === 'list' || sub === 'liste') {
    if (items.length === 0) return ctx.say('plan-empty');
    const lines = [ctx.t('plan-title', { team: team.name, count: items.length }), ''];
    items.forEach((item, i) => {
      lines.push(
        ctx.t('plan-item', { n: i + 1, priority: ctx.t(`plan-priority-${item.priority}`), title: item.title }),
      );
      const none = ctx.t('plan-none');
      const due = item.dueDate ? formatDate(item.dueDate.toISOString(), ctx.locale) : none;
      lines.push(ctx.t('plan-item-details', { owner: item.owner ?? none, due, indicator: item.indicator ?? none }));
    });
    lines.push('', ctx.t('plan-usage'));
    return ctx.reply({ kind: 'text', text: lines.join('\n') });
  }

  if (['add', 'ajouter', 'اضافه', 'اضف'].includes(sub)) {
    const title = rest.join(' ').trim();
    if (!title) return ctx.say('plan-usage');
    const run = await deps.repo.openRun(team.id, deps.main(), ctx.person.id);
    await deps.repo.addActionItems(run, [{ title, priority: 'medium' }], ctx.person.id);
    await deps.onPlanChanged(team.id);
    return ctx.say('plan-added', { n: items.length + 1 });
  }

  const isEdit = ['edit', 'modifier', 'تعديل', 'عدل'].includes(sub);
  const isRemove = ['remove', 'retirer', 'supprimer', 'حذف', 'احذف'].includes(sub);
  if (!isEdit && !isRemove) return ctx.say('plan-usage');
  const n = Number(foldText(rest[0] ?? ''));
  const item = Number.isInteger(n) ? items[n - 1] : undefined;
  if (!item) return ctx.say('plan-not-found', { value: rest[0] ?? '', max: items.length });

  if (isRemove) {
    await deps.repo.removeActionItem(item.id);
    await deps.onPlanChanged(team.id);
    return ctx.say('plan-removed', { n, title: item.title });
  }

  const field = fieldNames[foldText(rest[1] ?? '')];
  if (!field) return ctx.say('plan-field-unknown', { value: rest[1] ?? '' });
  const value = rest.slice(2).join(' ').trim();
  if (!value) return ctx.say('plan-value-missing');
  const change: Partial<ActionItemInput> = {};
  if (field === 'priority') {
    const priority = priorities[foldText(value)];
    if (!priority) return ctx.say('plan-priority-invalid', { value });
    change.priority = priority;
  } else if (field === 'dueDate') {
    if (clearWords.has(foldText(value))) change.dueDate = null;
    else {
      const iso = parseDate(value);
      if (!iso) return ctx.say('plan-date-invalid', { value });
      change.dueDate = new Date(`${iso}T00:00:00Z`);
    }
  } else {
    change[field] = value;
  }
  await deps.repo.updateActionItem(item.id, change);
  await deps.onPlanChanged(team.id);
  return ctx.say('plan-updated', { n });
}
