import type { Writable } from 'node:stream';
import type { Config } from '../../config.ts';
import type { I18n } from '../../core/i18n.ts';
import type { Logger } from '../../logger.ts';
import type { Db } from '../../persistence/prisma.ts';
import type { WhatsAppAdapterOptions } from './adapter.ts';
import { createClientOptions, createLibraryClient } from './client.ts';
import { createBulkCheck } from './contacts.ts';

export interface WhatsAppDeps {
  i18n: I18n;
  db: Db;
  logger: Logger;
  /** Where the QR code is printed (standard error: standard output may be the console chat). */
  terminal?: Writable;
}

/** The adapter's options from the configuration; undefined when WhatsApp is not enabled. */
export function whatsappOptionsFrom(config: Config, deps: WhatsAppDeps): WhatsAppAdapterOptions | undefined {
  if (!config.WHATSAPP_ENABLED) return undefined;
  const settings = { chromiumPath: config.CHROMIUM_PATH, dataDir: config.WHATSAPP_DATA_DIR };
  return {
    factory: createLibraryClient,
    clientOptions: () => createClientOptions(settings),
    dataDir: config.WHATSAPP_DATA_DIR,
    chromiumPath: config.CHROMIUM_PATH,
    readyTimeoutMs: config.WHATSAPP_READY_TIMEOUT_MS,
    // One setting for both watchdogs: launch → QR code or login, and login → ready.
    startTimeoutMs: config.WHATSAPP_READY_TIMEOUT_MS,
    minDelayMs: config.WHATSAPP_MIN_DELAY_MS,
    maxDelayMs: config.WHATSAPP_MAX_DELAY_MS,
    allowGroups: config.WHATSAPP_ALLOW_GROUPS,
    bulkCheck: createBulkCheck(deps.db),
    i18n: deps.i18n,
    operatorLocale: config.DEFAULT_LOCALE,
    terminal: deps.terminal ?? process.stderr,
    logger: deps.logger.child({ channel: 'whatsapp' }),
  };
}
