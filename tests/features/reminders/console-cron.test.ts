import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { createConsoleAdapter } from '../../../src/channels/console/adapter.ts';
import { createI18n } from '../../../src/core/i18n.ts';
import { ensureLocalOperator, operatorAddress } from '../../../src/features/admin/operator.ts';
import { createHarness, type Harness } from './harness.ts';

const strip = (text: string) => text.replace(/[\u200e\u200f\u2068\u2069]/g, '');

describe('reminders on the node-cron tick, in the console', () => {
  let h: Harness | undefined;
  afterEach(() => h?.cleanup());

  it('the local operator receives its own reminders, printed by the console adapter', async () => {
    h = await createHarness({ start: '2025-06-20T08:00:00Z', cron: '*/1 * * * * *' });
    await ensureLocalOperator(h.db, { name: 'Opérateur local', commune: 'Démo' });
    const input = new PassThrough();
    const output = new PassThrough();
    let printed = '';
    output.on('data', (chunk: Buffer) => (printed += chunk.toString()));
    const consoleChat = createConsoleAdapter({
      input,
      output,
      interactive: false,
      operator: { ...operatorAddress, displayName: 'Opérateur local' },
      filesDir: h.dir,
      i18n: createI18n(),
      locale: 'fr',
    });
    await consoleChat.start(h.link('console'));
    input.write('/deadline 2025-06-21 17:00 Compte rendu | التقرير offsets=1d\n');
    await expect.poll(() => printed, { timeout: 5000 }).toContain('Échéance créée');

    h.outbox.start([consoleChat]);
    // The cron task (every second here) ticks on its own; the fake clock says the 1-day reminder is due.
    h.clock.set('2025-06-20T16:00:00Z');
    await expect
      .poll(() => strip(printed), { timeout: 5000 })
      .toContain('⏰ Rappel : « Compte rendu » est attendu dans 1 jour');
    expect(printed).toMatch(/« fait » ✅ Fait\n« plus tard » ⏰ Rappeler demain/);
    // A reminder is answered by its words: a number typed for an open question is not taken by it.
    input.write('Fait\n');
    await expect.poll(() => printed, { timeout: 5000 }).toContain('est fait');
    input.end();
    await consoleChat.finished;
    const operator = await h.db.identity.findUniqueOrThrow({ where: { channel_externalId: operatorAddress } });
    expect(await h.db.outboxMessage.count({ where: { status: 'sent', personId: operator.personId } })).toBe(1);
    expect(strip(printed).match(/⏰ Rappel :/g)).toHaveLength(1);
  });
});
