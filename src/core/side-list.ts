// A list a command shows in the middle of open work (/lang's languages, /promote's people or its
// confirmation while a question waits). Where choices are typed (WhatsApp, console) a lone number
// answers the list shown last; the open question shown again under it would take that number. So
// the question waits until the list is answered or left (the router shows it again then), and the
// list is kept in the chat's state until the next message, to be shown again after a restart.
import type { Context } from './context.ts';
import type { OutboundMessage } from './messages.ts';
import type { ConversationData } from './state.ts';

type ChoicesMessage = Extract<OutboundMessage, { kind: 'choices' }>;

const shownKey = 'sideListShown';

/** Shows `list`; during open work, that work comes back only once the list is answered or left. */
export function showSideList(ctx: Context, list: ChoicesMessage): void {
  if (!ctx.busy) return ctx.reply(list);
  const shown = { ...list, footer: [list.footer, ctx.t('side-list-first')].filter(Boolean).join('\n') };
  ctx.state[shownKey] = shown;
  ctx.reply(shown);
}

/** The list shown last in the middle of open work, if the chat has not moved on since. */
export function sideListShown(state: ConversationData): ChoicesMessage | undefined {
  const shown = state[shownKey] as ChoicesMessage | undefined;
  return shown?.kind === 'choices' ? shown : undefined;
}

/** The chat moves on (any message): the list is answered, or left for something else. */
export function leaveSideList(state: ConversationData): void {
  delete state[shownKey];
}
