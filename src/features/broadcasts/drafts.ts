// A broadcast's draft once its audience is chosen: the preview with its « Envoyer » / « Annuler »,
// what a tap on them does (also on a draft no longer open), and the draft shown again (/broadcasts).
import { teamWithSlug } from '../../core/commune.ts';
import type { Context } from '../../core/context.ts';
import { isBareNumber } from '../../core/text.ts';
import { afterQuietHours, formatLocalDateTime } from '../../core/time.ts';
import type { Audience } from '../admin/roster.ts';
import { recordAudit } from '../admin/audit.ts';
import { audienceLabel, audienceNames, type AudienceNames } from './audience-label.ts';
import { excerpt, versionIn } from './excerpt.ts';
import type { BroadcastDeps } from './deps.ts';
import { draftOf, flowOf } from './flow-state.ts';
import { previewList } from './preview.ts';
import { broadcastAudience, cancelDraft, confirmBroadcast, countRecipients, currentDraft } from './repository.ts';

/** Prompt of a draft's preview: `bc:ok:<draft id>`. */
export const confirmPrompt = 'bc:ok:';

export type Drafts = ReturnType<typeof createDrafts>;

export function createDrafts(deps: BroadcastDeps) {
  const { db } = deps;

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

  /**
   * The draft whose preview awaits its « Envoyer », shown again (/broadcasts): after a restart, a
   * number typed under the old preview answers nothing, and the draft was nowhere to be seen.
   * `before` is said first, when there is one to show.
   */
  async function pending(ctx: Context, before?: string): Promise<boolean> {
    const id = draftOf(ctx);
    const draft = id ? await db.broadcast.findUnique({ where: { id } }) : null;
    if (!draft || draft.status !== 'draft') {
      if (id) delete ctx.state.broadcastDraft;
      return false;
    }
    if (before) ctx.reply({ kind: 'text', text: before });
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

  return { sayReplaced, showPreview, onConfirm, pending, strayNumber };
}
