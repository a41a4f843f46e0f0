// An in-process stand-in for whatsapp-web.js's Client and for WhatsApp's side of things (the
// servers and the bot's phone). It follows the library's documented behaviour and source (1.34):
// - initialize() runs the real auth strategy's hooks (LocalAuth creates <dataPath>/session);
// - a paired profile restores the session: `authenticated`, then `ready`, no `qr`;
// - an empty profile shows a `qr`; scanning it pairs the profile, then `authenticated` and `ready`;
// - a profile whose session was logged out from the phone shows nothing at all (the known trap);
// - a page that never loads keeps initialize() pending until destroy() closes the browser, which
//   then rejects it; destroy() closes nothing while the browser is still launching;
// - a logout from the phone emits `disconnected` with "LOGOUT", then LocalAuth.logout() removes the
//   profile (which may fail while Chromium holds the files: `leaveProfile`);
// - a lost connection emits `change_state`, then `disconnected` with the state, then destroy();
// - `message` is emitted for received messages only, never for the bot's own.
// The adapter is typed against the library (src/channels/whatsapp/client.ts); this class only
// implements that interface, so it cannot grow methods the real Client lacks.
import type { ClientOptions } from 'whatsapp-web.js';
import wwebjs from 'whatsapp-web.js';
import { StandInClient } from './client.ts';
import { createWorld, type SentMessage, type World } from './world.ts';

export { StandInClient } from './client.ts';
export { botId, type Incoming } from './message.ts';
export type { SentMessage, World } from './world.ts';
export const { WAState: WAStates, MessageTypes: MessageTypeValues } = wwebjs;

export interface WhatsAppStandIn {
  factory: (options: ClientOptions) => StandInClient;
  /** Every client the adapter created, oldest first. */
  clients: StandInClient[];
  /** Every message the bot sent, in order. */
  sent: SentMessage[];
  world: World;
  /** The newest client not destroyed. */
  live(): StandInClient;
  /** Texts sent to a chat (files excluded). */
  textsTo(chatId: string): string[];
}

export function createWhatsAppStandIn(): WhatsAppStandIn {
  const world = createWorld();
  const clients: StandInClient[] = [];
  return {
    factory: (options) => {
      const client = new StandInClient(options, world);
      clients.push(client);
      return client;
    },
    clients,
    sent: world.sent,
    world,
    live() {
      const client = clients.filter((c) => !c.destroyed).at(-1);
      if (!client) throw new Error('no live WhatsApp client');
      return client;
    },
    textsTo: (chatId) =>
      world.sent.filter((s) => s.chatId === chatId && typeof s.content === 'string').map((s) => s.content as string),
  };
}
