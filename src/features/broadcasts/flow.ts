import type { Context } from '../../core/context.ts';
import { listSeparator } from '../../core/i18n.ts';
import type { NonTextKind } from '../../core/messages.ts';
import { nonTextHelp } from '../../core/non-text.ts';
import type { ChoiceHandler, Interceptor } from '../../core/router.ts';
import type { Audience } from '../admin/roster.ts';
import { audienceNames } from './audience-label.ts';
import { cohortPage, cohortPrompt, pageOf, type ChoicesReply } from './cohorts.ts';
import type { BroadcastDeps } from './deps.ts';
import { confirmPrompt, createDrafts } from './drafts.ts';
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
import { audienceList, audiencePrompt, lateList, latePrompt } from './lists.ts';
import { openList } from './open-list.ts';
import { countRecipients, createDraft } from './repository.ts';
import { teamPage, teamPageOf, teamPrompt, typedTeam } from './team-pages.ts';

export const prefix = 'bc:';
const cancelWords = /^\/(cancel|annuler|إلغاء|الغاء)$/iu;
const isAudienceStep = (promptId: string) =>
  [audiencePrompt, latePrompt].includes(promptId) || [cohortPrompt, teamPrompt].some((p) => promptId.startsWith(p));
/** The team list is on screen: a team's name or code typed picks it. */
const onTeamList = (flow: FlowState | undefined) => flow?.step === 'audience' && !!flow.prompt?.startsWith(teamPrompt);

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
  const { sayReplaced, showPreview, onConfirm, pending, strayNumber } = createDrafts(deps);

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

  /** An audience that reaches nobody: said, and the audience list comes again (the text is kept). */
  async function otherAudience(ctx: Context, key: string) {
    ctx.say(key);
    await askAudience(ctx);
  }

  async function onAudience(ctx: Context, value: string) {
    if (value === 'everyone') return preview(ctx, { kind: 'everyone' });
    if (value === 'role:participant' || value === 'role:coordinator')
      return preview(ctx, { kind: 'role', role: value === 'role:participant' ? 'participant' : 'coordinator' });
    if (value === 'team') return askTeams(ctx, 0);
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

  /** A page of teams; a page turned replaces the page tapped where the channel can edit it. */
  async function askTeams(ctx: Context, page: number, replaces?: string) {
    const list = await teamPage(ctx, db, page);
    if (!list) return otherAudience(ctx, 'broadcast-no-team');
    ask(ctx, replaces === undefined ? list : { ...list, replaces });
  }

  /** A team's name or code typed under the team list: its preview, or why not and the same page again. */
  async function onTypedTeam(ctx: Context, promptId: string, text: string) {
    const found = await typedTeam(ctx, db, text);
    // On Telegram the list then shows « ✅ Médenine (c33) », as if tapped.
    if (found.kind === 'one')
      return pick(ctx, promptId, () => preview(ctx, { kind: 'team', teamId: found.id }), found.name);
    if (found.kind === 'no-number') ctx.say('broadcast-team-no-number', { number: found.number, total: found.total });
    else if (found.kind === 'none') ctx.say('broadcast-team-unknown', { text });
    else ctx.say('broadcast-team-several', { text, teams: found.names.join(listSeparator(ctx.locale)) });
    await askTeams(ctx, teamPageOf(promptId));
  }

  /** An audience picked on `promptId`: the list is answered unless the pick was refused (a stale button gets a notice). */
  async function pick(ctx: Context, promptId: string, run: () => Promise<void>, shown?: string) {
    const before = ctx.replies.length;
    await run();
    if (!ctx.replies.slice(before).some((r) => r.kind === 'notice')) ctx.answered(promptId, shown);
  }

  const interceptor: Interceptor = {
    name: 'broadcast-flow',
    wants: (ctx) => {
      const flow = flowOf(ctx);
      // A voice note, a sticker... while writing, or under a preview: the step is shown again.
      if (ctx.message.kind === 'unsupported') return flow !== undefined || draftOf(ctx) !== undefined;
      if (ctx.message.kind !== 'text') return false;
      const text = ctx.message.text.trim();
      // /cancel while writing, or under a preview still waiting for its « Envoyer ».
      if (cancelWords.test(text)) return flow !== undefined || draftOf(ctx) !== undefined;
      return flow !== undefined && (flow.step !== 'audience' || onTeamList(flow)) && !text.startsWith('/');
    },
    run: async (ctx) => {
      const flow = flowOf(ctx);
      const draft = draftOf(ctx);
      const text = ctx.message.kind === 'text' ? ctx.message.text.trim() : '';
      if (ctx.message.kind === 'unsupported') return notText(ctx, ctx.message.what);
      if (!flow && draft) return onConfirm(ctx, draft, 'cancel');
      if (!flow || cancelWords.test(text)) {
        leaveList(ctx, flow);
        delete ctx.state.broadcast;
        return ctx.say('broadcast-cancelled');
      }
      if (flow.step === 'audience') return onTypedTeam(ctx, flow.prompt ?? teamPrompt, text);
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

  /**
   * A voice note, a sticker...: « Je ne peux pas écouter… Rien n'a été gardé : seul un texte écrit
   * peut être diffusé », and the step shown again (the version asked, the audience, or the preview).
   * A preview no longer waiting (sent from another chat): the pointer to /help, as with nothing open.
   */
  async function notText(ctx: Context, what: NonTextKind) {
    const writing = flowOf(ctx) !== undefined;
    const said = `${ctx.t('nontext-what', { kind: what })} ${ctx.t('broadcast-nontext', { step: writing ? 'writing' : 'preview' })}`;
    if (writing) {
      ctx.reply({ kind: 'text', text: said });
      await current(ctx);
      return;
    }
    if (!(await pending(ctx, said)))
      ctx.reply({ kind: 'text', text: nonTextHelp((key, args) => ctx.t(key, args), what) });
  }

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
      const teams = promptId.startsWith(teamPrompt);
      const page = teams || promptId.startsWith(cohortPrompt) ? pageOf(value) : null;
      // A page turned is not an answer: the next page takes the place of the one tapped.
      if (page !== null) return teams ? askTeams(ctx, page, promptId) : askCohort(ctx, page, promptId);
      await pick(ctx, promptId, () => {
        if (promptId === audiencePrompt) return onAudience(ctx, value);
        if (teams) return preview(ctx, { kind: 'team', teamId: value });
        if (promptId === latePrompt) return preview(ctx, { kind: 'late', deadlineId: value });
        return preview(ctx, { kind: 'cohort', cohortId: value });
      });
    },
  };

  async function current(ctx: Context): Promise<boolean> {
    const flow = flowOf(ctx);
    if (!flow) return false;
    // The audience step: the list that was open (the second page of teams), else the audiences.
    if (flow.step === 'audience') {
      const list = await openList(ctx, db, deps.now(), flow.prompt);
      await (list ? ask(ctx, list) : askAudience(ctx));
    } else if (flow.doubt !== undefined) askDoubt(ctx, flow.step, flow.doubt);
    else ctx.say(askKey(flow.step, flow.first ?? 'fr'));
    return true;
  }

  return { interceptor, choices, current, pending, strayNumber };
}
