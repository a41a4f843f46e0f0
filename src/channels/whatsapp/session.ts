import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { ClientOptions } from 'whatsapp-web.js';
import type { Logger } from '../../logger.ts';
import type { ClientFactory, WhatsAppClient, WhatsAppMessage } from './client.ts';
import type { QrDisplay } from './qr.ts';

/**
 * Disconnect reasons that mean the phone no longer links this session ("NAVIGATION" is what older
 * versions of the library sent after a logout): only a new QR scan helps, on a cleared profile.
 */
const loggedOutReasons = new Set(['LOGOUT', 'NAVIGATION', 'UNPAIRED', 'UNPAIRED_IDLE']);

/** LocalAuth's profile folder for a client without clientId. */
export function sessionDir(dataDir: string): string {
  return join(dataDir, 'session');
}

export interface SessionOptions {
  factory: ClientFactory;
  /** Fresh options for each client (a new LocalAuth each time: one strategy serves one client). */
  clientOptions: () => ClientOptions;
  dataDir: string;
  /**
   * Restart when a launched client shows no sign of life (no QR code, no login) within this time:
   * the library's `initialize()` can wait forever on a page that never loads. Doubled after each
   * failed attempt (up to 4×), so a slow link is given more time rather than cut off again.
   */
  startTimeoutMs: number;
  /** Restart when `ready` does not follow `authenticated` within this time. */
  readyTimeoutMs: number;
  /** Reconnect delays: doubled after each failed attempt, up to the maximum, reset when ready. */
  reconnectMs: { initial: number; max: number };
  qr: QrDisplay;
  logger: Logger;
  onMessage: (message: WhatsAppMessage) => void;
  /** Operator-facing lines (ready, logged out), printed next to the QR code. */
  notify: (event: 'ready' | 'logged-out') => void;
}

export interface Session {
  /** Launches the client in the background; resolves at once (a QR code may wait for a scan). */
  start(): void;
  /** The client, while it is ready to send. */
  readonly client: WhatsAppClient | undefined;
  whenReady(): Promise<void>;
  /** Closes the browser and keeps the session on disk: the next start needs no QR scan. */
  stop(): Promise<void>;
}

/**
 * One WhatsApp Web login over time: launches a client, watches it (start and ready watchdogs), replaces it
 * with backoff when it disconnects, and after a logout clears the stale session so a new QR code
 * is offered — the library alone can leave a logged-out profile behind that never shows a QR again.
 */
export function createSession(options: SessionOptions): Session {
  const { logger } = options;
  let current: WhatsAppClient | undefined;
  let ready = false;
  let stopped = false;
  let attempts = 0;
  let watchdog: NodeJS.Timeout | undefined;
  let retry: NodeJS.Timeout | undefined;
  let waiters: (() => void)[] = [];

  /** One watchdog per client, in two phases: launch → first QR or login, then login → ready. */
  function arm(client: WhatsAppClient, timeoutMs: number, message: string) {
    clearTimeout(watchdog);
    watchdog = setTimeout(() => {
      if (client !== current || stopped || ready) return;
      logger.warn({ timeoutMs }, message);
      void replace(client);
    }, timeoutMs);
  }

  function launch() {
    retry = undefined;
    if (stopped) return;
    const client = options.factory(options.clientOptions());
    current = client;
    ready = false;
    wire(client);
    const patience = options.startTimeoutMs * Math.min(2 ** attempts, 4);
    arm(client, patience, 'whatsapp showed neither a QR code nor a login in time: restarting the client');
    client.initialize().then(
      // Replaced while starting (watchdog): a browser launched after its destroy() must not live on.
      () => (client === current ? undefined : client.destroy().catch(() => undefined)),
      async (error: unknown) => {
        if (client !== current) return;
        logger.error({ err: error }, 'whatsapp client failed to start');
        await replace(client);
      },
    );
  }

  function wire(client: WhatsAppClient) {
    // Events of a replaced client (late or duplicated) must not touch the new one.
    const live = () => client === current && !stopped;
    client.on('qr', (qr) => {
      if (!live()) return;
      // The page is up; a scan may take as long as the operator needs.
      clearTimeout(watchdog);
      logger.info('whatsapp QR code received: waiting for a scan');
      options.qr.show(qr).catch((error: unknown) => logger.error({ err: error }, 'whatsapp QR code display failed'));
    });
    client.on('authenticated', () => {
      if (!live()) return;
      logger.info('whatsapp authenticated');
      arm(client, options.readyTimeoutMs, 'whatsapp ready did not follow authenticated: restarting the client');
    });
    client.on('ready', () => {
      if (!live()) return;
      clearTimeout(watchdog);
      ready = true;
      attempts = 0;
      logger.info('whatsapp ready');
      options.notify('ready');
      options.qr.clear().catch(() => undefined);
      for (const resolve of waiters.splice(0)) resolve();
    });
    client.on('auth_failure', (message) => {
      if (!live()) return;
      logger.warn({ message }, 'whatsapp authentication failed: clearing the session');
      void relogin(client);
    });
    client.on('change_state', (state) => {
      if (live()) logger.info({ state }, 'whatsapp state changed');
    });
    client.on('disconnected', (reason) => {
      if (!live()) return;
      ready = false;
      logger.warn({ reason }, 'whatsapp disconnected');
      void (loggedOutReasons.has(reason) ? relogin(client) : replace(client));
    });
    client.on('message', (message) => {
      if (live() && ready) options.onMessage(message);
    });
  }

  async function teardown(client: WhatsAppClient) {
    if (client === current) {
      current = undefined;
      ready = false;
    }
    clearTimeout(watchdog);
    client.removeAllListeners();
    // destroy() closes the browser; never logout() here, which would unlink the bot's phone.
    await client
      .destroy()
      .catch((error: unknown) => logger.warn({ err: error }, 'whatsapp client did not close cleanly'));
  }

  function scheduleLaunch() {
    if (stopped || retry) return;
    const delay = Math.min(options.reconnectMs.initial * 2 ** attempts, options.reconnectMs.max);
    attempts++;
    logger.info({ delayMs: delay, attempt: attempts }, 'whatsapp reconnecting');
    retry = setTimeout(launch, delay);
  }

  async function replace(client: WhatsAppClient) {
    await teardown(client);
    scheduleLaunch();
  }

  async function relogin(client: WhatsAppClient) {
    await teardown(client);
    options.notify('logged-out');
    // The library's own removal fails when Chromium still holds the files (EBUSY), leaving a
    // profile that restores nothing: remove it once the browser is closed, then ask for a new QR.
    await rm(sessionDir(options.dataDir), { recursive: true, force: true, maxRetries: 4, retryDelay: 250 }).catch(
      (error: unknown) => logger.error({ err: error }, 'whatsapp stale session could not be removed'),
    );
    scheduleLaunch();
  }

  return {
    start: launch,
    get client() {
      return ready ? current : undefined;
    },
    whenReady: () => (ready ? Promise.resolve() : new Promise<void>((resolve) => waiters.push(resolve))),
    async stop() {
      stopped = true;
      clearTimeout(retry);
      clearTimeout(watchdog);
      waiters = [];
      if (current) await teardown(current);
      // A QR code is only good while this process waits for the scan.
      await options.qr.clear().catch(() => undefined);
    },
  };
}
