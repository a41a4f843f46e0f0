// An in-process stand-in for whatsapp-web.js's Client and for WhatsApp's side of things (the
// servers and the bot's phone). It follows the library's documented behaviour and source:
// - initialize() runs the real auth strategy's hooks (LocalAuth creates <dataPath>/session);
// - a paired profile restores the session: `authenticated`, then `ready`, no `qr`;
// - an empty profile shows a `qr`; scanning it pairs the profile, then `authenticated` and `ready`;
// - a profile whose session was logged out from the phone shows nothing at all (the known trap);
// - a logout from the phone emits `disconnected` with "LOGOUT", then LocalAuth.logout() removes the
//   profile (which may fail while Chromium holds the files: `leaveProfile`);
// - a lost connection emits `change_state`, then `disconnected` with the state, then destroy();
// - `message` is emitted for received messages only, never for the bot's own.
import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import wwebjs from 'whatsapp-web.js';
import type { Client, ClientOptions, MessageContent, MessageSendOptions, MessageTypes, WAState } from 'whatsapp-web.js';
import type { WhatsAppClient, WhatsAppMessage } from '../../src/channels/whatsapp/client.ts';

const { MessageMedia, WAState: States } = wwebjs;
const Types = wwebjs.MessageTypes;
export const botId = '21670000000@c.us';
const pairedFile = 'stand-in-paired.json';

export interface SentMessage {
  chatId: string;
  content: MessageContent;
  options: MessageSendOptions | undefined;
  /** Date.now() at the send (fake when fake timers are on). */
  at: number;
}

export interface Incoming {
  from: string;
  body?: string;
  type?: MessageTypes;
  /** Unix seconds; now by default. */
  timestamp?: number;
  id?: string;
  author?: string;
  notifyName?: string;
  media?: { mimetype: string; data: Buffer; filename?: string };
  /** WhatsApp no longer has the file: downloadMedia() answers undefined. */
  mediaExpired?: boolean;
}

interface World {
  validSessions: Set<string>;
  sent: SentMessage[];
  failLaunches: number;
  /** How many next logins stop after `authenticated` (WhatsApp Web stuck loading the chats). */
  hangsAfterAuthenticated: number;
  unknownChats: Set<string>;
}

export class StandInClient extends EventEmitter implements WhatsAppClient {
  readonly options: ClientOptions;
  readonly events: string[] = [];
  destroyed = false;
  ready = false;
  profile = '';

  constructor(options: ClientOptions, private readonly world: World) {
    super();
    // The library merges its defaults into the options, then hands itself to the strategy.
    // (puppeteer's launch options are typed loosely by the library: read them as a plain object)
    this.options = { ...options, puppeteer: { headless: true, defaultViewport: null, ...(options.puppeteer as object | undefined) } };
    // LocalAuth only reads `client.options.puppeteer`, which the stand-in has.
    this.options.authStrategy?.setup(this as unknown as Client);
  }

  override emit(event: string, ...args: unknown[]): boolean {
    this.events.push(event);
    return super.emit(event, ...args);
  }

  async initialize(): Promise<void> {
    await this.options.authStrategy?.beforeBrowserInitialized();
    if (this.world.failLaunches > 0) {
      this.world.failLaunches--;
      throw new Error('Failed to launch the browser process!');
    }
    const launch: unknown = this.options.puppeteer;
    this.profile = (launch as { userDataDir?: string } | undefined)?.userDataDir ?? '';
    const token = this.pairedToken();
    // Page callbacks arrive after initialize() has set things up.
    queueMicrotask(() => {
      if (this.destroyed) return;
      if (!token) this.emit('qr', `2@stand-in-${randomUUID()}`);
      else if (this.world.validSessions.has(token)) this.authenticate();
      // else: a logged-out profile — WhatsApp Web shows neither a QR code nor the chats.
    });
  }

  private pairedToken(): string | undefined {
    const file = join(this.profile, pairedFile);
    return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { token: string }).token : undefined;
  }

  authenticate() {
    this.emit('authenticated');
    if (this.world.hangsAfterAuthenticated > 0) {
      this.world.hangsAfterAuthenticated--;
      return;
    }
    this.ready = true;
    this.emit('ready');
  }

  /** The bot's phone scans the QR code shown by this client. */
  scan() {
    const token = randomUUID();
    this.world.validSessions.add(token);
    writeFileSync(join(this.profile, pairedFile), JSON.stringify({ token }));
    this.authenticate();
  }

  async sendMessage(chatId: string, content: MessageContent, options?: MessageSendOptions): Promise<unknown> {
    if (this.destroyed || !this.ready) throw new Error('Protocol error (Runtime.callFunctionOn): Session closed.');
    if (this.world.unknownChats.has(chatId)) throw new Error('Evaluation failed: Error: invalid wid');
    this.world.sent.push({ chatId, content, options, at: Date.now() });
    return { id: { fromMe: true, remote: chatId, id: randomUUID(), _serialized: `true_${chatId}_${randomUUID()}` } };
  }

  async destroy(): Promise<void> {
    this.destroyed = true;
    this.ready = false;
    await this.options.authStrategy?.destroy();
  }

  async logout(): Promise<void> {
    const token = this.pairedToken();
    if (token) this.world.validSessions.delete(token);
    this.destroyed = true;
    this.ready = false;
    await this.options.authStrategy?.logout();
  }

  /**
   * WhatsApp reports a new connection state. The library passes CONNECTED, OPENING, PAIRING and
   * TIMEOUT on as `change_state` only; any other state also disconnects and destroys the client.
   */
  async loseConnection(state: WAState) {
    this.emit('change_state', state);
    if ([States.CONNECTED, States.OPENING, States.PAIRING, States.TIMEOUT].includes(state)) return;
    await this.options.authStrategy?.disconnect();
    this.ready = false;
    this.emit('disconnected', state);
    await this.destroy();
  }

  /** What the library does when its strategy cannot restore the session: auth_failure, then destroy(). */
  async failAuthentication(message = 'Unable to restore the session') {
    this.emit('auth_failure', message);
    await this.destroy();
  }

  /** The session is ended from the phone (Linked devices → Log out). */
  async logoutFromPhone(leaveProfile = false) {
    const token = this.pairedToken();
    if (token) this.world.validSessions.delete(token);
    this.ready = false;
    this.emit('disconnected', 'LOGOUT');
    // LocalAuth.logout() removes the profile; `leaveProfile` is that removal failing (EBUSY).
    if (!leaveProfile) await this.options.authStrategy?.logout();
  }

  /** WhatsApp delivers a message to the bot (history sync included: old timestamps). */
  deliver(incoming: Incoming): WhatsAppMessage {
    const id = incoming.id ?? randomUUID().replace(/-/g, '').slice(0, 20).toUpperCase();
    const media = incoming.media;
    const message: WhatsAppMessage = {
      id: { fromMe: false, remote: incoming.from, id, _serialized: `false_${incoming.from}_${id}` },
      from: incoming.from,
      to: botId,
      author: incoming.author,
      fromMe: false,
      timestamp: incoming.timestamp ?? Math.floor(Date.now() / 1000),
      type: incoming.type ?? Types.TEXT,
      body: incoming.body ?? '',
      hasMedia: Boolean(media),
      isStatus: incoming.from === 'status@broadcast',
      broadcast: false,
      rawData: { notifyName: incoming.notifyName },
      // The typings promise a MessageMedia; the library answers undefined when the file is gone.
      downloadMedia: async () =>
        (media && !incoming.mediaExpired ? new MessageMedia(media.mimetype, media.data.toString('base64'), media.filename, media.data.length) : undefined) as InstanceType<typeof MessageMedia>,
    };
    this.emit('message', message);
    return message;
  }
}

export interface WhatsAppStandIn {
  factory: (options: ClientOptions) => StandInClient;
  /** Every client the adapter created, oldest first. */
  clients: StandInClient[];
  /** Every message the bot sent, in order. */
  sent: SentMessage[];
  world: World;
  /** The newest client not destroyed. */
  live(): StandInClient;
  /** Texts sent to a chat (captions excluded). */
  textsTo(chatId: string): string[];
}

export function createWhatsAppStandIn(): WhatsAppStandIn {
  const world: World = { validSessions: new Set(), sent: [], failLaunches: 0, hangsAfterAuthenticated: 0, unknownChats: new Set() };
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
    textsTo: (chatId) => world.sent.filter((s) => s.chatId === chatId && typeof s.content === 'string').map((s) => s.content as string),
  };
}

export { States as WAStates, Types as MessageTypeValues };
