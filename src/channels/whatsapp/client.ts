import { existsSync } from 'node:fs';
import { join } from 'node:path';
import wwebjs from 'whatsapp-web.js';
import type { ClientOptions, Message, MessageContent, MessageSendOptions, WAState } from 'whatsapp-web.js';

// whatsapp-web.js is CommonJS: its classes are reached through the default export.
const { Client, LocalAuth } = wwebjs;

/** The fields of a received message the adapter reads (a subset of the library's Message). */
export type WhatsAppMessage = Pick<
  Message,
  | 'id'
  | 'from'
  | 'to'
  | 'author'
  | 'fromMe'
  | 'timestamp'
  | 'type'
  | 'body'
  | 'hasMedia'
  | 'isGif'
  | 'isStatus'
  | 'broadcast'
  | 'rawData'
  | 'downloadMedia'
>;

export type DisconnectReason = WAState | 'LOGOUT' | (string & {});

/**
 * The part of whatsapp-web.js's `Client` the adapter uses, with the library's own event and
 * parameter types. The real `Client` satisfies it (checked below), and so must any stand-in.
 */
export interface WhatsAppClient {
  on(event: 'qr', listener: (qr: string) => void): unknown;
  on(event: 'authenticated', listener: () => void): unknown;
  on(event: 'auth_failure', listener: (message: string) => void): unknown;
  on(event: 'ready', listener: () => void): unknown;
  on(event: 'message', listener: (message: WhatsAppMessage) => void): unknown;
  on(event: 'change_state', listener: (state: WAState) => void): unknown;
  on(event: 'disconnected', listener: (reason: DisconnectReason) => void): unknown;
  removeAllListeners(): unknown;
  initialize(): Promise<void>;
  destroy(): Promise<void>;
  logout(): Promise<void>;
  sendMessage(chatId: string, content: MessageContent, options?: MessageSendOptions): Promise<unknown>;
}

/** Builds a client from the library's options: `new Client(options)` in production, a stand-in in tests. */
export type ClientFactory = (options: ClientOptions) => WhatsAppClient;

export const createLibraryClient: ClientFactory = (options) => new Client(options);

/** Flags for Chromium run as root on a small headless server. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-setuid-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-extensions',
  '--disable-default-apps',
  '--disable-sync',
  '--no-first-run',
  '--no-default-browser-check',
  '--mute-audio',
];

export interface ClientSettings {
  chromiumPath: string;
  /** Folder of LocalAuth's session (`<dataDir>/session`), so a restart needs no new QR scan. */
  dataDir: string;
}

/** Options for one client: LocalAuth in the data folder and Debian's Chromium, never a downloaded browser. */
export function createClientOptions(settings: ClientSettings): ClientOptions {
  return {
    authStrategy: new LocalAuth({ dataPath: settings.dataDir }),
    puppeteer: { headless: true, executablePath: settings.chromiumPath, args: chromiumArgs },
    // The WhatsApp Web page cache stays in the data folder too, not in the working directory.
    webVersionCache: { type: 'local', path: join(settings.dataDir, 'cache') },
    // The adapter restarts the client itself; the library's own QR limit would destroy it silently.
    qrMaxRetries: 0,
  };
}

/** Fails early with the fix when the browser is missing, rather than on every reconnect. */
export function assertChromium(path: string): void {
  if (!existsSync(path)) {
    throw new Error(`Chromium not found at ${path} (CHROMIUM_PATH). Install it with: apt-get install chromium`);
  }
}
