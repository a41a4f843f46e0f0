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
    const config = createConfig({
      WHATSAPP_ENABLED: 'true',
      WHATSAPP_DATA_DIR: '/srv/jawda/wa',
      CHROMIUM_PATH: '/opt/chromium',
      WHATSAPP_ALLOW_GROUPS: 'true',
    });
    const options = whatsappOptionsFrom(config, deps);
    expect(options).toMatchObject({
      dataDir: '/srv/jawda/wa',
      chromiumPath: '/opt/chromium',
      allowGroups: true,
      minDelayMs: 1000,
      maxDelayMs: 2000,
      readyTimeoutMs: 120_000,
    });
    const client = options?.clientOptions();
    expect(client?.authStrategy).toBeInstanceOf(wwebjs.LocalAuth);
    expect((client?.authStrategy as InstanceType<typeof wwebjs.LocalAuth>).dataPath).toBe(resolve('/srv/jawda/wa'));
    expect(client?.puppeteer).toMatchObject({
      executablePath: '/opt/chromium',
      headless: true,
      args: expect.arrayContaining(['--no-sandbox']) as unknown,
    });
    // A fresh strategy for each client: one LocalAuth serves one Client.
    expect(options?.clientOptions().authStrategy).not.toBe(client?.authStrategy);
  });

  it('sends in bulk only to enrolled people (team member or coordinator) who wrote from that WhatsApp id', async () => {
    const options = whatsappOptionsFrom(createConfig({ WHATSAPP_ENABLED: 'true' }), deps);
    const cohort = await t.db.cohort.create({ data: { name: 'C' } });
    const team = await t.db.team.create({ data: { slug: 'sfax', name: 'Sfax', commune: 'Sfax', cohortId: cohort.id } });
    const seen = new Date();
    const cases = [
      ['member@c.us', seen, { teams: { create: { teamId: team.id } } }, null],
      ['coordinator@c.us', seen, { roles: { create: { role: 'coordinator' } } }, null],
      ['wrote-only@c.us', seen, {}, 'not-enrolled'],
      ['participant-no-team@c.us', seen, { roles: { create: { role: 'participant' } } }, 'not-enrolled'],
      ['member-never-wrote@c.us', null, { teams: { create: { teamId: team.id } } }, 'never-wrote'],
    ] as const;
    for (const [externalId, lastSeenAt, enrolment] of cases) {
      await t.db.person.create({
        data: {
          displayName: externalId,
          identities: { create: { channel: 'whatsapp', externalId, lastSeenAt } },
          ...enrolment,
        },
      });
    }
    for (const [externalId, , , expected] of cases)
      expect([externalId, await options?.bulkCheck(externalId)]).toEqual([externalId, expected]);
    expect(await options?.bulkCheck('nobody@c.us')).toBe('never-wrote');
  });

  it('watches both the start (launch → QR or login) and the login (→ ready) with WHATSAPP_READY_TIMEOUT_MS', () => {
    const options = whatsappOptionsFrom(
      createConfig({ WHATSAPP_ENABLED: 'true', WHATSAPP_READY_TIMEOUT_MS: '90000' }),
      deps,
    );
    expect(options).toMatchObject({ readyTimeoutMs: 90_000, startTimeoutMs: 90_000 });
  });
});
