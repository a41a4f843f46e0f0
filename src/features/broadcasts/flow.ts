import type { Context } from '../../core/context.ts';
import type { ChoiceHandler, Interceptor } from '../../core/router.ts';
import type { Db } from '../../persistence/prisma.ts';
import { recordAudit } from '../admin/audit.ts';
import type { Audience } from '../admin/roster.ts';
import { deadlineTitle } from '../reminders/render.ts';
import { afterQuietHours, formatLocalDateTime, isQuiet, type QuietHours } from '../../core/time.ts';
import { askCohort, cohortPrompt, hasCohort, pageOf } from './cohorts.ts';
import { cancelDraft, confirmBroadcast, countRecipients, createDraft } from './repository.ts';

export interface BroadcastDeps {
  db: Db;
  now: () => Date;
  timeZone: string;
  quietHours: QuietHours | null;
  /** Wakes the dispatcher so a confirmed broadcast leaves now, not at the next cron tick. */
  kick: () => void;
}

/** Conversation state of the guided flow (in `ctx.state.broadcast`). */
export interface FlowState {
  step: 'fr' | 'ar' | 'audience';
  textFr?: string | null;
  textAr?: string | null;
}

export const prefix = 'bc:';
const audiencePrompt = 'bc:aud';
const teamPrompt = 'bc:team';
const latePrompt = 'bc:late';
const confirmPrompt = 'bc:ok:';
const cancelWords = /^\/(cancel|annuler|إلغاء|الغاء)$/iu;

const flowOf = (ctx: Context) => ctx.state.broadcast as FlowState | undefined;

export function startFlow(ctx: Context): void {
  ctx.state.broadcast = { step: 'fr' } satisfies FlowState;
  ctx.say('broadcast-ask-fr');
}

export interface BroadcastFlow {
  interceptor: Interceptor;
  choices: ChoiceHandler;
  /** Shows the step being written again (after a side command); false when no broadcast is open. */
  current(ctx: Context): Promise<boolean>;
}

export function createBroadcastFlow(deps: BroadcastDeps): BroadcastFlow {
  const { db } = deps;

  async function askAudience(ctx: Context) {
    const cohort = (await hasCohort(db)) ? ['cohort'] : [];
    const values = ['everyone', 'team', ...cohort, 'role:participant', 'role:coordinator', 'late'];
    ctx.reply({
      kind: 'choices',
      text: ctx.t('broadcast-ask-audience'),
      promptId: audiencePrompt,
      choices: values.map((v) => ({ value: v, label: ctx.t(`broadcast-audience-${v.replace(':', '-')}`) })),
    });
  }

  async function preview(ctx: Context, audience: Audience) {
    const flow = flowOf(ctx);
    if (!flow || flow.step !== 'audience') return ctx.reply({ kind: 'notice', text: ctx.t('stale-choice') });
    const cohort = audience.kind === 'cohort' ? await db.cohort.findUnique({ where: { id: audience.cohortId } }) : null;
    if (audience.kind === 'cohort' && !cohort) return ctx.reply({ kind: 'notice', text: ctx.t('stale-choice') });
    delete ctx.state.broadcast;
    const draft = await createDraft(db, {
      textFr: flow.textFr ?? null,
      textAr: flow.textAr ?? null,
      audience,
      createdById: ctx.person.id,
    });
    const { total, reachable } = await countRecipients(db, audience, deps.now());
    const lines = [ctx.t('broadcast-preview-title')];
    if (draft.textFr) lines.push('', `🇫🇷 ${draft.textFr}`);
    if (draft.textAr) lines.push('', `🇹🇳 ${draft.textAr}`);
    lines.push(
      '',
      cohort
        ? ctx.t('broadcast-preview-cohort', { name: cohort.name, total, reachable })
        : ctx.t('broadcast-preview-count', { total, reachable }),
    );
    if (total === 0) {
      // Nothing to confirm: a broadcast to nobody would only show as "sent 0" in /broadcasts.
      lines.push(ctx.t('broadcast-preview-nobody'));
      const choices = [{ value: 'cancel', label: ctx.t('broadcast-cancel') }];
      return ctx.reply({ kind: 'choices', text: lines.join('\n'), promptId: `${confirmPrompt}${draft.id}`, choices });
    }
    const quiet = isQuiet(deps.now(), deps.quietHours);
    if (quiet)
      lines.push(
        ctx.t('broadcast-preview-quiet', {
          when: formatLocalDateTime(afterQuietHours(deps.now(), deps.quietHours), deps.timeZone),
        }),
      );
    const choices = [{ value: 'send', label: ctx.t('broadcast-confirm') }];
    if (quiet) choices.push({ value: 'urgent', label: ctx.t('broadcast-confirm-urgent') });
    choices.push({ value: 'cancel', label: ctx.t('broadcast-cancel') });
    ctx.reply({ kind: 'choices', text: lines.join('\n'), promptId: `${confirmPrompt}${draft.id}`, choices });
  }

  async function onAudience(ctx: Context, value: string) {
    if (value === 'everyone') return preview(ctx, { kind: 'everyone' });
    if (value === 'role:participant' || value === 'role:coordinator')
      return preview(ctx, { kind: 'role', role: value === 'role:participant' ? 'participant' : 'coordinator' });
    if (value === 'team') {
      const teams = await db.team.findMany({ orderBy: { slug: 'asc' }, take: 30 });
      if (teams.length === 0) return ctx.say('teams-empty');
      return ctx.reply({
        kind: 'choices',
        text: ctx.t('broadcast-ask-team'),
        promptId: teamPrompt,
        choices: teams.map((t) => ({ value: t.id, label: `${t.slug} — ${t.commune}` })),
      });
    }
    if (value === 'cohort') return askCohort(ctx, db, 0);
    if (value === 'late') {
      const deadlines = await db.deadline.findMany({
        where: { cancelledAt: null, dueAt: { lte: deps.now() } },
        orderBy: { dueAt: 'desc' },
        take: 10,
      });
      if (deadlines.length === 0) return ctx.say('broadcast-no-late');
      return ctx.reply({
        kind: 'choices',
        text: ctx.t('broadcast-ask-deadline'),
        promptId: latePrompt,
        choices: deadlines.map((d) => ({ value: d.id, label: deadlineTitle(d, ctx.locale) })),
      });
    }
    ctx.reply({ kind: 'notice', text: ctx.t('stale-choice') });
  }

  async function onCohort(ctx: Context, value: string) {
    const page = pageOf(value);
    if (page === null) return preview(ctx, { kind: 'cohort', cohortId: value });
    if (flowOf(ctx)?.step !== 'audience') return ctx.reply({ kind: 'notice', text: ctx.t('stale-choice') });
    await askCohort(ctx, db, page);
  }

  async function onConfirm(ctx: Context, id: string, value: string) {
    if (value === 'cancel') {
      if (await cancelDraft(db, id))
        await recordAudit(db, { actorId: ctx.person.id, action: 'broadcast.cancel', target: id });
      return ctx.say('broadcast-cancelled');
    }
    const now = deps.now();
    const notBefore = value === 'urgent' ? now : afterQuietHours(now, deps.quietHours);
    const count = await confirmBroadcast(db, id, now, notBefore);
    if (count === null) return ctx.reply({ kind: 'notice', text: ctx.t('stale-choice') });
    await recordAudit(db, {
      actorId: ctx.person.id,
      action: 'broadcast.confirm',
      target: id,
      details: { recipients: count, urgent: value === 'urgent' },
    });
    deps.kick();
    ctx.say('broadcast-queued', { count, when: formatLocalDateTime(notBefore, deps.timeZone) });
  }

  const interceptor: Interceptor = {
    name: 'broadcast-flow',
    wants: (ctx) => {
      const flow = flowOf(ctx);
      if (!flow || ctx.message.kind !== 'text') return false;
      const text = ctx.message.text.trim();
      return cancelWords.test(text) || (flow.step !== 'audience' && !text.startsWith('/'));
    },
    run: async (ctx) => {
      const flow = flowOf(ctx);
      const text = ctx.message.kind === 'text' ? ctx.message.text.trim() : '';
      if (!flow || cancelWords.test(text)) {
        delete ctx.state.broadcast;
        return ctx.say('broadcast-cancelled');
      }
      const value = text === '-' ? null : text;
      if (flow.step === 'fr') {
        ctx.state.broadcast = { ...flow, step: 'ar', textFr: value } satisfies FlowState;
        return ctx.say('broadcast-ask-ar');
      }
      if (!value && !flow.textFr) {
        ctx.state.broadcast = { step: 'fr' } satisfies FlowState;
        return ctx.say('broadcast-empty');
      }
      ctx.state.broadcast = { ...flow, step: 'audience', textAr: value } satisfies FlowState;
      await askAudience(ctx);
    },
  };

  const choices: ChoiceHandler = {
    prefix,
    run: async (ctx, values, promptId) => {
      // The router checks access for commands only: choices of this flow are for coordinators too.
      if (!ctx.hasRole('coordinator')) return ctx.say('not-allowed');
      const value = values[0] ?? '';
      const before = ctx.replies.length;
      if (promptId === audiencePrompt) await onAudience(ctx, value);
      else if (promptId === teamPrompt) await preview(ctx, { kind: 'team', teamId: value });
      else if (promptId.startsWith(cohortPrompt)) await onCohort(ctx, value);
      else if (promptId === latePrompt) await preview(ctx, { kind: 'late', deadlineId: value });
      else if (promptId.startsWith(confirmPrompt)) await onConfirm(ctx, promptId.slice(confirmPrompt.length), value);
      else return ctx.reply({ kind: 'notice', text: ctx.t('stale-choice') });
      // Taken unless it was refused (a stale button gets a notice).
      if (!ctx.replies.slice(before).some((r) => r.kind === 'notice')) ctx.answered(promptId);
    },
  };

  async function current(ctx: Context): Promise<boolean> {
    const flow = flowOf(ctx);
    if (!flow) return false;
    if (flow.step === 'audience') await askAudience(ctx);
    else ctx.say(flow.step === 'fr' ? 'broadcast-ask-fr' : 'broadcast-ask-ar');
    return true;
  }

  return { interceptor, choices, current };
}

/** Whether a broadcast is being written in this chat. */
export const isWriting = (ctx: Context): boolean => flowOf(ctx) !== undefined;
