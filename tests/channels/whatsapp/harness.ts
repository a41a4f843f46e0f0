import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { vi } from 'vitest';
import type { InboundHandler } from '../../../src/channels/types.ts';
import { createWhatsAppAdapter, type WhatsAppAdapter, type WhatsAppAdapterOptions } from '../../../src/channels/whatsapp/adapter.ts';
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
  return {
    adapter,
    standIn,
    dataDir,
    terminal: () => printed,
    logs: lines,
    async cleanup() {
      await adapter.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Starts the adapter and scans the first QR code, as whoever sets the bot up would. */
export async function startLinked(h: Harness, handle: InboundHandler): Promise<void> {
  await h.adapter.start(handle);
  await vi.waitFor(() => {
    if (!h.standIn.live().events.includes('qr')) throw new Error('no QR code yet');
  });
  h.standIn.live().scan();
  await h.adapter.whenReady();
}

export const person = '21655123456@c.us';
