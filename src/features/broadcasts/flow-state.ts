// The writing steps of /broadcast: the chat's state while the two versions are typed, the question
// asked at each step, and the doubt about a version typed in the other language's script.
import type { Context } from '../../core/context.ts';
import { isMostlyArabic, shorten } from '../../core/text.ts';
import { audiencePrompt } from './lists.ts';

/** Conversation state of the guided flow (in `ctx.state.broadcast`). */
export interface FlowState {
  step: 'fr' | 'ar' | 'audience';
  /** The version written first: the coordinator's language when the flow started (French if absent). */
  first?: 'fr' | 'ar';
  textFr?: string | null;
  textAr?: string | null;
  /** The list on screen at the audience step (audience, team, a page of cohorts, deadline). */
  prompt?: string;
  /** A version typed in the other language's script, kept while the coordinator says whether it stays. */
  doubt?: string;
  /** Whether that was asked at this step: asked once, a version typed again is taken as it is. */
  asked?: boolean;
}

export const doubtPrompt = 'bc:lang';

export const flowOf = (ctx: Context) => ctx.state.broadcast as FlowState | undefined;
/** The draft whose preview awaits its « Envoyer » (in `ctx.state.broadcastDraft`): /cancel cancels it. */
export const draftOf = (ctx: Context) =>
  typeof ctx.state.broadcastDraft === 'string' ? ctx.state.broadcastDraft : undefined;

/** The list of the broadcast being written goes: its buttons are taken off with « ✖️ Diffusion annulée ». */
export function leaveList(ctx: Context, flow: FlowState | undefined) {
  if (flow?.step === 'audience') ctx.left(flow.prompt ?? audiencePrompt, ctx.t('broadcast-left-cancelled'));
  if (flow?.doubt !== undefined) ctx.left(doubtPrompt, ctx.t('broadcast-left-cancelled'));
}

/**
 * A version that does not look like its language: the Arabic one without an Arabic letter (French
 * typed where the Arabic was asked), the French one mostly in Arabic letters.
 */
export const otherScript = (step: 'fr' | 'ar', text: string) =>
  step === 'ar' ? !/\p{Script=Arabic}/u.test(text) : isMostlyArabic(text);

/** Whether a version typed in the other language's script stays as it is, or is typed again. */
export function askDoubt(ctx: Context, step: 'fr' | 'ar', text: string) {
  ctx.reply({
    kind: 'choices',
    text: ctx.t(`broadcast-doubt-${step}`, { text: shorten(text, 120) }),
    promptId: doubtPrompt,
    choices: [
      { value: 'keep', label: ctx.t('broadcast-doubt-keep') },
      { value: 'retype', label: ctx.t('broadcast-doubt-retype') },
    ],
  });
}

export function startFlow(ctx: Context): void {
  // Started again at the audience step: the list of the one dropped is not left live.
  leaveList(ctx, flowOf(ctx));
  const first = ctx.locale;
  ctx.state.broadcast = { step: first, first } satisfies FlowState;
  ctx.say(askKey(first, first));
}

/** What to ask at a writing step: the first version (either language may be left out), or the other one. */
export function askKey(step: 'fr' | 'ar', first: 'fr' | 'ar'): string {
  if (step === first) return step === 'fr' ? 'broadcast-ask-fr' : 'broadcast-ask-ar-first';
  return step === 'ar' ? 'broadcast-ask-ar' : 'broadcast-ask-fr-second';
}
/** Whether a broadcast is being written in this chat. */
export const isWriting = (ctx: Context): boolean => flowOf(ctx) !== undefined;
