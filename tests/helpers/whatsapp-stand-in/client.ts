import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import wwebjs from 'whatsapp-web.js';
import type { Client, ClientOptions, MessageContent, MessageSendOptions, WAState } from 'whatsapp-web.js';
import type { WhatsAppClient, WhatsAppMessage } from '../../../src/channels/whatsapp/client.ts';
import { receivedMessage, type Incoming } from './message.ts';
import type { World } from './world.ts';

const { WAState: States } = wwebjs;
const pairedFile = 'stand-in-paired.json';

/** whatsapp-web.js's Client as the adapter sees it, with WhatsApp and the bot's phone behind it. */
export class StandInClient extends EventEmitter implements WhatsAppClient {
  readonly options: ClientOptions;
  readonly events: string[] = [];
  /** destroy() or logout() was called. */
  destroyed = false;
  ready = false;
  /** This client's Chromium: none while it launches, closed by destroy() only once it exists. */
  browser: 'none' | 'open' | 'closed' = 'none';
  profile = '';
  private browserClosed?: () => void;

  constructor(
    options: ClientOptions,
    private readonly world: World,
  ) {
    super();
    // The library merges its defaults into the options, then hands itself to the strategy.
    // (puppeteer's launch options are typed loosely by the library: read them as a plain object)
    this.options = {
      ...options,
      puppeteer: { headless: true, defaultViewport: null, ...(options.puppeteer as object | undefined) },
    };
    // LocalAuth only reads `client.options.puppeteer`, which the stand-in has.
    this.options.authStrategy?.setup(this as unknown as Client);
  }

  override emit(event: string, ...args: unknown[]): boolean {
    this.events.push(event);
    return super.emit(event, ...args);
  }

  async initialize(): Promise<void> {
    await this.options.authStrategy?.beforeBrowserInitialized();
    const launchMs = this.world.launchDelaysMs.shift() ?? 0;
    if (launchMs > 0) await new Promise((resolve) => setTimeout(resolve, launchMs));
    if (this.world.failLaunches > 0) {
      this.world.failLaunches--;
      throw new Error('Failed to launch the browser process!');
    }
    this.browser = 'open';
    const launch: unknown = this.options.puppeteer;
    this.profile = (launch as { userDataDir?: string } | undefined)?.userDataDir ?? '';
    if (this.world.hangsAtStart > 0) {
      this.world.hangsAtStart--;
      // page.goto(WhatsApp Web, { timeout: 0 }) on a page that never loads: only closing the browser ends it.
      await new Promise<void>((_resolve, reject) => {
        this.browserClosed = () => reject(new Error('Navigation failed because browser has disconnected!'));
      });
    }
    const token = this.pairedToken();
    // Page callbacks arrive after initialize() has set things up.
    queueMicrotask(() => {
      if (this.browser !== 'open') return;
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

  private closeBrowser() {
    if (this.browser !== 'open') return;
    this.browser = 'closed';
    this.browserClosed?.();
  }

  async destroy(): Promise<void> {
    this.destroyed = true;
    this.ready = false;
    // Client.destroy() closes the browser only if it is connected: not one still launching.
    this.closeBrowser();
    await this.options.authStrategy?.destroy();
  }

  async logout(): Promise<void> {
    const token = this.pairedToken();
    if (token) this.world.validSessions.delete(token);
    this.destroyed = true;
    this.ready = false;
    this.closeBrowser();
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
    const message = receivedMessage(incoming);
    this.emit('message', message);
    return message;
  }
}
