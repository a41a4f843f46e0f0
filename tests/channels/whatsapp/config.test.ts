import { resolve } from 'node:path';
import wwebjs from 'whatsapp-web.js';
import { afterAll, describe, expect, it } from 'vitest';
import { whatsappOptionsFrom } from '../../../src/channels/whatsapp/settings.ts';
import { ConfigError, createConfig } from '../../../src/config.ts';
import { createI18n } from '../../../src/core/i18n.ts';
import { createTestDb } from '../../helpers/db.ts';
import { captureLogger } from '../../helpers/logger.ts';

const t = await createTestDb();
afterAll(() => t.cleanup());
const deps = { i18n: createI18n(), db: t.db, logger: captureLogger().logger };

function problems(input: Record<string, string>): string[] {
  try {
    createConfig(input);
    return [];
  } catch (error) {
    return error instanceof ConfigError ? error.problems : [String(error)];
  }
}

describe('WhatsApp configuration', () => {
  it('is off by default, with Debian Chromium, ./data/whatsapp, a 120 s watchdog and 1–2 s pacing', () => {
    const config = createConfig({});
    expect(config).toMatchObject({
      WHATSAPP_ENABLED: false,
      CHROMIUM_PATH: '/usr/bin/chromium',
      WHATSAPP_DATA_DIR: './data/whatsapp',
      WHATSAPP_READY_TIMEOUT_MS: 120_000,
      WHATSAPP_MIN_DELAY_MS: 1000,
      WHATSAPP_MAX_DELAY_MS: 2000,
      WHATSAPP_ALLOW_GROUPS: false,
    });
    expect(whatsappOptionsFrom(config, deps)).toBeUndefined();
  });

  it.each([
    [{ WHATSAPP_ENABLED: 'yes' }, 'WHATSAPP_ENABLED'],
    [{ WHATSAPP_MIN_DELAY_MS: '3000' }, 'WHATSAPP_MAX_DELAY_MS: must be at least WHATSAPP_MIN_DELAY_MS'],
    [{ WHATSAPP_READY_TIMEOUT_MS: '500' }, 'WHATSAPP_READY_TIMEOUT_MS'],
    [{ WHATSAPP_MAX_DELAY_MS: 'vite' }, 'WHATSAPP_MAX_DELAY_MS'],
  ])('refuses %o', (input, expected) => {
    expect(problems(input).join('\n')).toContain(expected);
  });

  it('builds the adapter options from the configuration when enabled', () => {
    const config = createConfig({ WHATSAPP_ENABLED: 'true', WHATSAPP_DATA_DIR: '/srv/jawda/wa', CHROMIUM_PATH: '/opt/chromium', WHATSAPP_ALLOW_GROUPS: 'true' });
    const options = whatsappOptionsFrom(config, deps);
    expect(options).toMatchObject({ dataDir: '/srv/jawda/wa', chromiumPath: '/opt/chromium', allowGroups: true, minDelayMs: 1000, maxDelayMs: 2000, readyTimeoutMs: 120_000 });
    const client = options?.clientOptions();
    expect(client?.authStrategy).toBeInstanceOf(wwebjs.LocalAuth);
    expect((client?.authStrategy as InstanceType<typeof wwebjs.LocalAuth>).dataPath).toBe(resolve('/srv/jawda/wa'));
    expect(client?.puppeteer).toMatchObject({ executablePath: '/opt/chromium', headless: true, args: expect.arrayContaining(['--no-sandbox']) as unknown });
    // A fresh strategy for each client: one LocalAuth serves one Client.
    expect(options?.clientOptions().authStrategy).not.toBe(client?.authStrategy);
  });

  it('sends in bulk only to WhatsApp ids that wrote to the bot', async () => {
    const options = whatsappOptionsFrom(createConfig({ WHATSAPP_ENABLED: 'true' }), deps);
    await t.db.person.create({ data: { displayName: 'A', identities: { create: { channel: 'whatsapp', externalId: 'a@c.us', lastSeenAt: new Date() } } } });
    await t.db.person.create({ data: { displayName: 'B', identities: { create: { channel: 'whatsapp', externalId: 'b@c.us' } } } });
    expect(await options?.hasWritten('a@c.us')).toBe(true);
    expect(await options?.hasWritten('b@c.us')).toBe(false);
    expect(await options?.hasWritten('nobody@c.us')).toBe(false);
  });
});
