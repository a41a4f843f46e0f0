import { wordReader } from '../../core/command-words.ts';
import { teamWithSlug } from '../../core/commune.ts';
import type { Context } from '../../core/context.ts';
import { listSeparator } from '../../core/i18n.ts';
import { isMostlyArabic } from '../../core/text.ts';
import type { Command } from '../../core/router.ts';
import type { Deadline, Prisma } from '../../generated/prisma/client.ts';
import type { Db } from '../../persistence/prisma.ts';
import { recordAudit } from '../admin/audit.ts';
import { findTeamBySlug, rosterIds, type RosterAudience } from '../admin/roster.ts';
import { audienceColumns, deadlineAudience, doneIds } from './audience.ts';
import { cancelDeadline, deadlineData, deadlineRef, dropWaitingReminders, findDeadlineByRef } from './deadlines.ts';
import { defaultOffsets, offsetParts, storedOffsets } from './offsets.ts';
import {
  checkDeadline,
  editedTitles,
  exampleDue,
  parseNewDeadline,
  takeDate,
  takeOptions,
  type DeadlineOptions,
} from './parse.ts';
import { deadlineTitle, shortTitle } from './render.ts';
import { formatLocalDateTime, type QuietHours } from '../../core/time.ts';

export interface RemindersDeps {
  db: Db;
  now: () => Date;
  timeZone: string;
  quietHours: QuietHours | null;
  /** Folder of calendar files for `/calendar import` (knowledge/). */
  calendarDir: string;
}

/** team=… / role=… → an audience; undefined when the options name none; null for an unknown team. */
async function audienceFrom(db: Db, options: DeadlineOptions): Promise<RosterAudience | null | undefined> {
  if (options.team) {
    const team = await findTeamBySlug(db, options.team);
    return team ? { kind: 'team', teamId: team.id } : null;
  }
  if (options.role) return { kind: 'role', role: options.role };
  return undefined;
}

export async function describeAudience(
  ctx: Context,
  db: Db,
  d: Pick<Deadline, 'audience' | 'audienceTeamId' | 'audienceRole'>,
): Promise<string> {
  const audience = deadlineAudience(d);
  if (audience.kind === 'team') {
    const team = await db.team.findUnique({ where: { id: audience.teamId } });
    // Named as the reader reads it, with the code team=… takes.
    return ctx.t('audience-team', { team: team ? teamWithSlug(team, ctx.locale) : '?' });
  }
  if (audience.kind === 'role') return ctx.t('audience-role', { role: ctx.t(`roles-${audience.role}`) });
  return ctx.t('audience-everyone');
}

/** « 7 jours avant », « à l'échéance » / « قبل 7 أيام »، « عند حلول الأجل ». */
function offsetWords(ctx: Context, minutes: number): string {
  const { when, amount, unit } = offsetParts(minutes);
  if (when === 'at') return ctx.t('offset-at');
  return ctx.t(`offset-${when}`, { span: ctx.t(`offset-${unit}`, { amount }) });
}

/** The word after /deadline that lists, cancels or edits; any other starts a new deadline's date. */
const deadlineVerb = wordReader({
  list: ['list', 'liste', 'قائمة'],
  cancel: ['cancel', 'annuler', 'إلغاء'],
  edit: ['edit', 'modifier', 'تعديل'],
});

export function createDeadlineCommand(deps: RemindersDeps): Command {
  const { db, timeZone } = deps;
  const example = () => ({ example: exampleDue(deps.now(), timeZone) });

  async function summary(ctx: Context, d: Deadline) {
    return {
      ref: deadlineRef(d.id),
      title: deadlineTitle(d, ctx.locale),
      when: formatLocalDateTime(d.dueAt, d.timezone),
      audience: await describeAudience(ctx, db, d),
      offsets: storedOffsets(d.offsets)
        .map((o) => offsetWords(ctx, o))
        .join(listSeparator(ctx.locale)),
    };
  }

  async function create(ctx: Context, args: string) {
    const parsed = parseNewDeadline(args, timeZone, deps.now());
    if (!parsed.ok) return ctx.say(parsed.error, parsed.args);
    const audience = await audienceFrom(db, parsed.value);
    if (audience === null) return ctx.say('invite-unknown-team', { slug: parsed.value.team ?? '' });
    const offsets = parsed.value.offsets ?? [...defaultOffsets];
    const { titleFr, titleAr, dueAt } = parsed.value;
    // The same deadline typed again (a retry, « 15 janvier » then « 15/01 ») would remind everyone twice.
    const same = await db.deadline.findFirst({
      where: {
        cancelledAt: null,
        dueAt,
        OR: [{ titleFr }, { titleAr }],
        ...audienceColumns(audience ?? { kind: 'everyone' }),
      },
    });
    if (same) return ctx.say('deadline-duplicate', await summary(ctx, same));
    const input = {
      titleFr,
      titleAr,
      dueAt,
      timezone: timeZone,
      audience: audience ?? { kind: 'everyone' as const },
      offsets,
    };
    const created = await db.deadline.create({
      data: deadlineData({ ...input, source: 'manual', createdById: ctx.person.id }, deps.now()),
    });
    await recordAudit(db, {
      actorId: ctx.person.id,
      action: 'deadline.create',
      target: created.id,
      details: { titleFr, dueAt: dueAt.toISOString(), offsets },
    });
    ctx.say('deadline-created', await summary(ctx, created));
    // One title typed serves both languages: said, with the edit that adds the other one.
    if (titleFr === titleAr)
      ctx.say('deadline-one-title', { missing: isMostlyArabic(titleAr) ? 'fr' : 'ar', ref: deadlineRef(created.id) });
    const past = offsets.filter((o) => dueAt.getTime() - o * 60_000 < deps.now().getTime()).length;
    if (past > 0) ctx.say('deadline-past-offsets', { count: past });
  }

  async function list(ctx: Context) {
    const since = new Date(deps.now().getTime() - 7 * 86_400_000);
    const rows = await db.deadline.findMany({
      where: { cancelledAt: null, dueAt: { gte: since } },
      orderBy: { dueAt: 'asc' },
    });
    if (rows.length === 0) return ctx.say('deadline-list-empty');
    const lines = [ctx.t('deadline-list-title')];
    for (const d of rows) {
      const [members, done] = await Promise.all([rosterIds(db, deadlineAudience(d)), doneIds(db, d.id)]);
      lines.push(
        ctx.t('deadline-list-line', {
          ...(await summary(ctx, d)),
          // A plan action's whole text made one line of the list a paragraph on a phone.
          title: shortTitle(deadlineTitle(d, ctx.locale)),
          done: members.filter((id) => done.has(id)).length,
          total: members.length,
        }),
      );
    }
    ctx.reply({ kind: 'text', text: lines.join('\n') });
  }

  async function edit(ctx: Context, words: string[]) {
    const [ref, ...rest] = words;
    if (!ref) return ctx.say('deadline-edit-usage', example());
    const deadline = ref ? await findDeadlineByRef(db, ref) : null;
    if (!deadline || deadline.cancelledAt) return ctx.say('deadline-not-found', { ref: ref ?? '' });
    const data: Prisma.DeadlineUncheckedUpdateInput = {};
    if (/^(title|titre|عنوان)$/iu.test(rest[0] ?? '')) {
      const titles = editedTitles(deadline, rest.slice(1).join(' '));
      if (!titles) return ctx.say('deadline-edit-usage', example());
      Object.assign(data, titles);
    } else {
      const taken = takeOptions(rest);
      if (!taken.ok) return ctx.say(taken.error);
      const audience = await audienceFrom(db, taken.value.options);
      if (audience === null) return ctx.say('invite-unknown-team', { slug: taken.value.options.team ?? '' });
      if (audience) Object.assign(data, audienceColumns(audience));
      if (taken.value.options.offsets) data.offsets = taken.value.options.offsets;
      if (taken.value.rest.length > 0) {
        const dated = takeDate(taken.value.rest, deadline.timezone, deps.now());
        if (!dated || dated.rest.length > 0) return ctx.say('deadline-bad-date', example());
        data.dueAt = dated.dueAt;
      }
    }
    if (Object.keys(data).length === 0) return ctx.say('deadline-edit-usage', example());
    const bounded = checkDeadline(
      {
        dueAt: data.dueAt instanceof Date ? data.dueAt : undefined,
        titleFr: typeof data.titleFr === 'string' ? data.titleFr : undefined,
        titleAr: typeof data.titleAr === 'string' ? data.titleAr : undefined,
        offsets: Array.isArray(data.offsets) ? (data.offsets as number[]) : undefined,
      },
      deps.now(),
    );
    if (!bounded.ok) return ctx.say(bounded.error, bounded.args);
    // A new updatedAt re-arms the reminders from now (see the scheduler).
    const updated = await db.deadline.update({ where: { id: deadline.id }, data: { ...data, updatedAt: deps.now() } });
    if (data.dueAt || data.offsets) await dropWaitingReminders(db, deadline.id, 'rescheduled');
    await recordAudit(db, {
      actorId: ctx.person.id,
      action: 'deadline.edit',
      target: deadline.id,
      details: { changed: Object.keys(data) },
    });
    ctx.say('deadline-updated', await summary(ctx, updated));
  }

  async function cancel(ctx: Context, ref: string | undefined) {
    if (!ref) return ctx.say('deadline-cancel-usage');
    const deadline = ref ? await findDeadlineByRef(db, ref) : null;
    if (!deadline || deadline.cancelledAt) return ctx.say('deadline-not-found', { ref: ref ?? '' });
    await cancelDeadline(db, deadline.id, deps.now());
    await recordAudit(db, { actorId: ctx.person.id, action: 'deadline.cancel', target: deadline.id });
    ctx.say('deadline-cancelled', { ref: deadlineRef(deadline.id), title: deadlineTitle(deadline, ctx.locale) });
  }

  return {
    name: 'deadline',
    aliases: ['echeance', 'أجل'],
    access: 'coordinator',
    help: 'cmd-deadline',
    run: async (ctx, args) => {
      const words = args.split(/\s+/).filter(Boolean);
      const verb = words[0] ?? '';
      if (!verb) return ctx.say('deadline-usage', example());
      const meant = deadlineVerb(verb);
      if (meant === 'list') return list(ctx);
      if (meant === 'cancel') return cancel(ctx, words[1]);
      if (meant === 'edit') return edit(ctx, words.slice(1));
      return create(ctx, args);
    },
  };
}
