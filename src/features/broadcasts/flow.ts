import { teamWithSlug } from '../../core/commune.ts';
import type { Context } from '../../core/context.ts';
import type { ChannelName } from '../../core/messages.ts';
import type { ChoiceHandler, Interceptor } from '../../core/router.ts';
import type { Db } from '../../persistence/prisma.ts';
import { recordAudit } from '../admin/audit.ts';
import type { Audience } from '../admin/roster.ts';
import { afterQuietHours, formatLocalDateTime, type QuietHours } from '../../core/time.ts';
import { isBareNumber } from '../../core/text.ts';
import { cohortPage, cohortPrompt, pageOf, type ChoicesReply } from './cohorts.ts';
import { audienceList, audiencePrompt, lateList, latePrompt, teamList, teamPrompt } from './lists.ts';
import { audienceLabel, audienceNames, type AudienceNames } from './audience-label.ts';
import { previewList } from './preview.ts';
import {
  askDoubt,
  askKey,
  doubtPrompt,
  draftOf,
  flowOf,
  leaveList,
  otherScript,
  type FlowState,
} from './flow-state.ts';
import { excerpt, versionIn } from './excerpt.ts';
import {
  broadcastAudience,
  cancelDraft,
  confirmBroadcast,
  countRecipients,
  createDraft,
  currentDraft,
} from './repository.ts';

export interface BroadcastDeps {
  db: Db;
  now: () => Date;
  timeZone: string;
  quietHours: QuietHours | null;
  /** Wakes the dispatcher so a confirmed broadcast leaves now, not at the next cron tick. */
  kick: () => void;
  /**
   * The channels some running instance sends on now, when several share the database; null (or
   * absent) when this one alone sends. /broadcasts shows messages waiting for another channel apart.
   */
  connected?: () => Promise<ReadonlySet<ChannelName> | null>;
}

export const prefix = 'bc:';
const confirmPrompt = 'bc:ok:';
const cancelWords = /^\/(cancel|annuler|إلغاء|الغاء)$/iu;
const isAudienceStep = (promptId: string) =>
  [audiencePrompt, teamPrompt, latePrompt].includes(promptId) || promptId.startsWith(cohortPrompt);

export interface BroadcastFlow {
  interceptor: Interceptor;
  choices: ChoiceHandler;
  /** Shows the step being written again (after a side command); false when no broadcast is open. */
  current(ctx: Context): Promise<boolean>;
  /** Shows the preview of the draft awaiting its « Envoyer » again; false when there is none. */
  pending(ctx: Context): Promise<boolean>;
  /**
   * A bare number no list took (after a restart, the preview's choices are forgotten): points to
   * /broadcasts when a draft still awaits its « Envoyer »; false when there is none.
   */
  strayNumber(ctx: Context): Promise<boolean>;
}

export function createBroadcastFlow(deps: BroadcastDeps): BroadcastFlow {
  const { db } = deps;

  /** Shows a list of the audience step and remembers it, so /cancel can take its buttons off. */
  function ask(ctx: Context, list: ChoicesReply) {
    const flow = flowOf(ctx);
    if (flow) ctx.state.broadcast = { ...flow, prompt: list.promptId } satisfies FlowState;
    ctx.reply(list);
  }

  const askAudience = async (ctx: Context) => ask(ctx, await audienceList(ctx, db));

  async function preview(ctx: Context, audience: Audience) {
    const flow = flowOf(ctx);
    if (!flow || flow.step !== 'audience') return ctx.reply({ kind: 'notice', text: ctx.t('stale-choice') });
    const names = await audienceNames(db, [audience]);
    if (audience.kind === 'cohort' && !names.cohorts.has(audience.cohortId))
      return ctx.reply({ kind: 'notice', text: ctx.t('stale-choice') });
    const counts = await countRecipients(db, audience, deps.now(), ctx.person.id);
    // An empty team (or nobody late): no draft to send to nobody, the text stays for another audience.
    if (counts.total === 0)
      return otherAudience(ctx, counts.notSender ? 'broadcast-nobody-but-you' : 'broadcast-nobody-other');
    delete ctx.state.broadcast;
    const earlier = draftOf(ctx);
    const { draft, replaced } = await createDraft(
      db,
      { textFr: flow.textFr ?? null, textAr: flow.textAr ?? null, audience, createdById: ctx.person.id },
      deps.now(),
    );
    ctx.state.broadcastDraft = draft.id;
    if (replaced > 0) await sayReplaced(ctx, earlier, draft.id, replaced);
    await showPreview(ctx, draft, audience, names, counts);
  }

  /**
   * Drafts of this coordinator that waited for their « Envoyer » were replaced by the new one: said
   * above its preview, and the buttons of the one this chat showed go (« ↪️ Brouillon remplacé »).
   */
  async function sayReplaced(ctx: Context, earlier: string | undefined, id: string, count: number) {
    const shown = earlier ? await db.broadcast.findUnique({ where: { id: earlier }, select: { status: true } }) : null;
    if (earlier && shown?.status === 'replaced')
      ctx.left(`${confirmPrompt}${earlier}`, ctx.t('broadcast-left-replaced'));
    await recordAudit(db, {
      actorId: ctx.person.id,
      action: 'broadcast.replace',
      target: id,
      details: { replaced: count },
    });
    ctx.say('broadcast-replaces', { count });
  }

  /** An audience that reaches nobody: said, and the audience list comes again (the text is kept). */
  async function otherAudience(ctx: Context, key: string) {
    ctx.say(key);
    await askAudience(ctx);
  }

  /** The preview of a draft, with its « Envoyer » / « Annuler » choices; it names the cohort or the team. */
  async function showPreview(
    ctx: Context,
    draft: { id: string; textFr: string | null; textAr: string | null; createdById: string },
    audience: Audience,
    names?: AudienceNames,
    counts?: Awaited<ReturnType<typeof countRecipients>>,
  ) {
    const { total, reachable, unreachable, coordinators, notSender } =
      counts ?? (await countRecipients(db, audience, deps.now(), draft.createdById));
    const named = names ?? (await audienceNames(db, [audience]));
    const { cohorts, teams } = named;
    const team = audience.kind === 'team' ? teams.get(audience.teamId) : undefined;
    ctx.reply(
      previewList(ctx, {
        promptId: `${confirmPrompt}${draft.id}`,
        textFr: draft.textFr,
        textAr: draft.textAr,
        cohort: audience.kind === 'cohort' ? (cohorts.get(audience.cohortId) ?? null) : null,
        team: team ? teamWithSlug(team, ctx.locale) : null,
        audience: audienceLabel(ctx, named, audience),
        everyone: audience.kind === 'everyone' ? { coordinators } : null,
        notSender,
        total,
        reachable,
        unreachable,
        now: deps.now(),
        quietHours: deps.quietHours,
        timeZone: deps.timeZone,
      }),
    );
  }

  async function onAudience(ctx: Context, value: string) {
    if (value === 'everyone') return preview(ctx, { kind: 'everyone' });
    if (value === 'role:participant' || value === 'role:coordinator')
      return preview(ctx, { kind: 'role', role: value === 'role:participant' ? 'participant' : 'coordinator' });
    if (value === 'team') {
      const list = await teamList(ctx, db);
      return list ? ask(ctx, list) : otherAudience(ctx, 'broadcast-no-team');
    }
    if (value === 'cohort') return askCohort(ctx, 0);
    if (value === 'late') {
      const list = await lateList(ctx, db, deps.now());
      return list ? ask(ctx, list) : otherAudience(ctx, 'broadcast-no-late');
    }
    ctx.reply({ kind: 'notice', text: ctx.t('stale-choice') });
  }

  /** A page of cohorts; a page turned replaces the page tapped where the channel can edit it. */
  async function askCohort(ctx: Context, page: number, replaces?: string) {
    const list = await cohortPage(ctx, db, page);
    if (!list) return otherAudience(ctx, 'broadcast-no-cohort');
    ask(ctx, replaces === undefined ? list : { ...list, replaces });
  }

  /**
   * A button of a draft no longer open (cancelled, replaced, or sent): refused, and its keyboard
   * goes. A cancelled or replaced one says so, and a sent one says when it was sent, whatever button.
   */
  async function refuse(ctx: Context, id: string) {
    const draft = await db.broadcast.findUnique({ where: { id } });
    ctx.left(`${confirmPrompt}${id}`);
    if (draft?.status === 'replaced') return refuseReplaced(ctx, draft.createdById);
    const text =
      draft?.status === 'confirmed' && draft.confirmedAt
        ? ctx.t('broadcast-stale-sent', { when: formatLocalDateTime(draft.confirmedAt, deps.timeZone) })
        : ctx.t(draft?.status === 'cancelled' ? 'broadcast-stale-cancelled' : 'stale-choice');
    ctx.reply({ kind: 'notice', text });
  }

  /** A button of a draft replaced by a newer one: nothing was sent, and the draft waiting now is named. */
  async function refuseReplaced(ctx: Context, createdById: string) {
    const current = await currentDraft(db, createdById);
    // Short: on Telegram it is the tap's toast, 200 characters at most.
    const text = current
      ? ctx.t('broadcast-stale-replaced', { text: excerpt(versionIn(current, ctx.locale)) })
      : ctx.t('broadcast-stale-replaced-none');
    ctx.reply({ kind: 'notice', text });
  }

  /** A preview's button, or /cancel typed under it. */
  async function onConfirm(ctx: Context, id: string, value: string) {
    const promptId = `${confirmPrompt}${id}`;
    if (draftOf(ctx) === id) delete ctx.state.broadcastDraft;
    if (value === 'cancel') {
      if (!(await cancelDraft(db, id))) return refuse(ctx, id);
      await recordAudit(db, { actorId: ctx.person.id, action: 'broadcast.cancel', target: id });
      ctx.left(promptId, ctx.t('broadcast-left-cancelled'));
      return ctx.say('broadcast-cancelled');
    }
    const now = deps.now();
    const notBefore = value === 'urgent' ? now : afterQuietHours(now, deps.quietHours);
    const count = await confirmBroadcast(db, id, now, notBefore);
    if (count === null) return refuse(ctx, id);
    ctx.answered(promptId, ctx.t(value === 'urgent' ? 'broadcast-answered-urgent' : 'broadcast-answered-send'));
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
      if (ctx.message.kind !== 'text') return false;
      const text = ctx.message.text.trim();
      // /cancel while writing, or under a preview still waiting for its « Envoyer ».
      if (cancelWords.test(text)) return flow !== undefined || draftOf(ctx) !== undefined;
      return flow !== undefined && flow.step !== 'audience' && !text.startsWith('/');
    },
    run: async (ctx) => {
      const flow = flowOf(ctx);
      const draft = draftOf(ctx);
      const text = ctx.message.kind === 'text' ? ctx.message.text.trim() : '';
      if (!flow && draft) return onConfirm(ctx, draft, 'cancel');
      if (!flow || cancelWords.test(text)) {
        leaveList(ctx, flow);
        delete ctx.state.broadcast;
        return ctx.say('broadcast-cancelled');
      }
      const value = text === '-' ? null : text;
      const first = flow.first ?? 'fr';
      const step = flow.step === 'ar' ? 'ar' : 'fr';
      // A version without a word (« 1 », « 👍 »: often a number meant for the list to come) is no
      // message to send to a whole audience: refused, and the same version is asked for again.
      if (value !== null && !/\p{L}/u.test(value)) {
        const asked = askKey(step, first);
        return ctx.reply({ kind: 'text', text: `${ctx.t('broadcast-no-words', { text: value })}\n${ctx.t(asked)}` });
      }
      // French typed where the Arabic version is asked (or the other way): kept aside, and asked once.
      if (value !== null && !flow.asked && otherScript(step, value)) {
        ctx.state.broadcast = { ...flow, doubt: value, asked: true } satisfies FlowState;
        return askDoubt(ctx, step, value);
      }
      // Typed again instead of choosing: this one is the version, and the question's buttons go.
      if (flow.doubt !== undefined) ctx.left(doubtPrompt);
      await accept(ctx, flow, value);
    },
  };

  /** The version of the step being written is `value`: on to the other version, or to the audience. */
  async function accept(ctx: Context, flow: FlowState, value: string | null) {
    const first = flow.first ?? 'fr';
    const second = first === 'fr' ? 'ar' : 'fr';
    const written = {
      first,
      textFr: flow.step === 'fr' ? value : flow.textFr,
      textAr: flow.step === 'ar' ? value : flow.textAr,
    };
    if (flow.step === first) {
      ctx.state.broadcast = { ...written, step: second } satisfies FlowState;
      return ctx.say(askKey(second, first));
    }
    if (!written.textFr && !written.textAr) {
      ctx.state.broadcast = { step: first, first } satisfies FlowState;
      return ctx.say(first === 'fr' ? 'broadcast-empty' : 'broadcast-empty-ar-first');
    }
    ctx.state.broadcast = { ...written, step: 'audience' } satisfies FlowState;
    await askAudience(ctx);
  }

  /** « Le garder tel quel » or « Le taper à nouveau », for a version in the other language's script. */
  async function onDoubt(ctx: Context, value: string) {
    const flow = flowOf(ctx);
    if (!flow || flow.doubt === undefined || flow.step === 'audience') {
      ctx.left(doubtPrompt);
      return ctx.reply({ kind: 'notice', text: ctx.t('stale-choice') });
    }
    if (value === 'keep') {
      ctx.answered(doubtPrompt);
      return accept(ctx, flow, flow.doubt);
    }
    if (value !== 'retype') return ctx.reply({ kind: 'notice', text: ctx.t('stale-choice') });
    ctx.answered(doubtPrompt);
    ctx.state.broadcast = { ...flow, doubt: undefined } satisfies FlowState;
    ctx.say(askKey(flow.step, flow.first ?? 'fr'));
  }

  const choices: ChoiceHandler = {
    prefix,
    run: async (ctx, values, promptId) => {
      // The router checks access for commands only: choices of this flow are for coordinators too.
      if (!ctx.hasRole('coordinator')) return ctx.say('not-allowed');
      const value = values[0] ?? '';
      if (promptId === doubtPrompt) return onDoubt(ctx, value);
      if (promptId.startsWith(confirmPrompt)) return onConfirm(ctx, promptId.slice(confirmPrompt.length), value);
      if (!isAudienceStep(promptId)) return ctx.reply({ kind: 'notice', text: ctx.t('stale-choice') });
      if (flowOf(ctx)?.step !== 'audience') {
        // A list of a broadcast dropped (/cancel, or /broadcast again): refused, and its keyboard goes.
        ctx.left(promptId);
        return ctx.reply({ kind: 'notice', text: ctx.t('broadcast-stale-cancelled') });
      }
      const page = promptId.startsWith(cohortPrompt) ? pageOf(value) : null;
      // A page turned is not an answer: the next page takes the place of the one tapped.
      if (page !== null) return askCohort(ctx, page, promptId);
      const before = ctx.replies.length;
      if (promptId === audiencePrompt) await onAudience(ctx, value);
      else if (promptId === teamPrompt) await preview(ctx, { kind: 'team', teamId: value });
      else if (promptId === latePrompt) await preview(ctx, { kind: 'late', deadlineId: value });
      else await preview(ctx, { kind: 'cohort', cohortId: value });
      // Taken unless it was refused (a stale button gets a notice).
      if (!ctx.replies.slice(before).some((r) => r.kind === 'notice')) ctx.answered(promptId);
    },
  };

  async function current(ctx: Context): Promise<boolean> {
    const flow = flowOf(ctx);
    if (!flow) return false;
    if (flow.step === 'audience') await askAudience(ctx);
    else if (flow.doubt !== undefined) askDoubt(ctx, flow.step, flow.doubt);
    else ctx.say(askKey(flow.step, flow.first ?? 'fr'));
    return true;
  }

  /**
   * The draft whose preview awaits its « Envoyer », shown again (/broadcasts): after a restart, a
   * number typed under the old preview answers nothing, and the draft was nowhere to be seen.
   */
  async function pending(ctx: Context): Promise<boolean> {
    const id = draftOf(ctx);
    const draft = id ? await db.broadcast.findUnique({ where: { id } }) : null;
    if (!draft || draft.status !== 'draft') {
      if (id) delete ctx.state.broadcastDraft;
      return false;
    }
    ctx.say('broadcast-pending');
    await showPreview(ctx, draft, broadcastAudience(draft));
    return true;
  }

  async function strayNumber(ctx: Context): Promise<boolean> {
    const text = ctx.message.kind === 'text' ? ctx.message.text.trim() : '';
    const id = draftOf(ctx);
    if (!id || flowOf(ctx) || !isBareNumber(text)) return false;
    const draft = await db.broadcast.findUnique({ where: { id }, select: { status: true } });
    if (draft?.status !== 'draft') return false;
    ctx.say('broadcast-number-pending', { text });
    return true;
  }

  return { interceptor, choices, current, pending, strayNumber };
}
