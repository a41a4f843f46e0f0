import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { vi } from 'vitest';
import type { Inbox } from '../../../src/core/inbox.ts';
import type { CoreLink, InboundMessage, OutboundMessage } from '../../../src/core/messages.ts';
import type { Context } from '../../../src/core/context.ts';
import { buildConversation, buildCore } from '../../helpers/conversation.ts';
import { createTestDb, type TestDb } from '../../helpers/db.ts';
import {
  createWhatsAppAdapter,
  type WhatsAppAdapter,
  type WhatsAppAdapterOptions,
} from '../../../src/channels/whatsapp/adapter.ts';
import { createClientOptions } from '../../../src/channels/whatsapp/client.ts';
import { createI18n } from '../../../src/core/i18n.ts';
import { captureLogger } from '../../helpers/logger.ts';
import { createWhatsAppStandIn, type WhatsAppStandIn } from '../../helpers/whatsapp-stand-in/index.ts';

export interface Harness {
  adapter: WhatsAppAdapter;
  standIn: WhatsAppStandIn;
  dataDir: string;
  /** What was printed for the operator (QR code, ready, logged out). */
  terminal(): string;
  logs: Record<string, unknown>[];
  /**
   * A real core (temp SQLite, inbox) whose only feature answers every message with `reply`: for
   * tests of the channel itself. The harness stops it at cleanup.
   */
  core(reply?: (message: InboundMessage) => OutboundMessage[]): Promise<CoreLink>;
  /** Resolves once every message received so far is stored, handled, and its replies sent. */
  idle(): Promise<void>;
  /** Makes `idle()` wait for this inbox too (a core built outside the harness). */
  track(inbox: Inbox): void;
  /** Stops as `npm start` does: intake, then the core's work in hand, then the client. */
  shutdown(): Promise<void>;
  cleanup(): Promise<void>;
}

/** The real adapter with the library's real client options (LocalAuth), over the stand-in client. */
export function createHarness(overrides: Partial<WhatsAppAdapterOptions> = {}): Harness {
  const dataDir = overrides.dataDir ?? mkdtempSync(join(tmpdir(), 'jawda-wa-'));
  const standIn = createWhatsAppStandIn();
  const output = new PassThrough();
  let printed = '';
  output.on('data', (chunk: Buffer) => (printed += chunk.toString()));
  const { logger, lines } = captureLogger();
  const adapter = createWhatsAppAdapter({
    factory: standIn.factory,
    clientOptions: () => createClientOptions({ chromiumPath: '/usr/bin/chromium', dataDir }),
    dataDir,
    readyTimeoutMs: 120_000,
    minDelayMs: 0,
    maxDelayMs: 0,
    allowGroups: false,
    bulkCheck: async () => null,
    i18n: createI18n(),
    operatorLocale: 'fr',
    terminal: output,
    logger,
    reconnectMs: { initial: 5, max: 40 },
    drainMs: 1000,
    ...overrides,
  });
  const cores: TestDb[] = [];
  const inboxes: Inbox[] = [];
  return {
    adapter,
    standIn,
    dataDir,
    terminal: () => printed,
    logs: lines,
    track: (inbox) => void inboxes.push(inbox),
    async core(reply = () => [{ kind: 'text', text: 'ok' }]) {
      const t = await createTestDb();
      cores.push(t);
      const echo = { name: 'echo', wants: () => true, run: async (ctx: Context) => ctx.reply(...reply(ctx.message)) };
      const built = buildCore(
        t.db,
        buildConversation(t.db, [{ name: 'echo', interceptors: [echo] }], logger).conversation,
        logger,
      );
      inboxes.push(built.inbox);
      return built.link('whatsapp');
    },
    async idle() {
      await adapter.idle();
      for (const inbox of inboxes) await inbox.idle();
      await adapter.idle();
    },
    async shutdown() {
      // As npm start stops: no new messages, the core finishes those in hand, then the client closes.
      await adapter.stop();
      for (const inbox of inboxes) await inbox.close();
      await adapter.close?.();
    },
    async cleanup() {
      await adapter.stop();
      for (const inbox of inboxes.splice(0)) await inbox.close();
      await adapter.close?.();
      for (const t of cores.splice(0)) await t.cleanup();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Waits until `check` passes: vitest's default of one second is too short on a loaded 2-core
 * machine (a QR code rendered to PNG took longer once, and the test failed for it).
 */
export const eventually = <T>(check: () => T | Promise<T>) => vi.waitFor(check, { timeout: 20_000, interval: 20 });

/** Starts the adapter and scans the first QR code, as whoever sets the bot up would. */
export async function startLinked(h: Harness, link?: CoreLink): Promise<void> {
  await h.adapter.start(link ?? (await h.core()));
  await eventually(() => {
    if (!h.standIn.live().events.includes('qr')) throw new Error('no QR code yet');
  });
  h.standIn.live().scan();
  await h.adapter.whenReady();
}

export const person = '21655123456@c.us';
