import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../../src/app.ts';
import { createConfig } from '../../../src/config.ts';
import { ensureLocalOperator, operatorAddress } from '../../../src/features/admin/operator.ts';
import { replying } from '../../helpers/conversation.ts';
import { freshDatabase, type FreshDatabase } from '../../helpers/db.ts';
import { plain, text } from '../../helpers/messages.ts';

describe('plan actions with a date become team deadlines (the real app)', () => {
  let fresh: FreshDatabase;
  beforeAll(async () => {
    fresh = await freshDatabase();
  });
  afterAll(() => fresh.drop());

  it('adding, dating, re-dating and removing an action keeps one deadline in step', async () => {
    const app = await createApp(
      createConfig({ DATABASE_URL: fresh.url, LOG_LEVEL: 'silent' }),
      pino({ level: 'silent' }),
    );
    try {
      const reply = replying(app.conversation);
      await ensureLocalOperator(app.db, { name: 'Opératrice', commune: 'Bizerte' });
      const me = { ...operatorAddress, displayName: 'Opératrice' };
      expect(plain(await reply(text(me, '/plan add Afficher les horaires au guichet')))).toContain('Action 1 ajoutée');
      expect(await app.db.deadline.count()).toBe(0);

      await reply(text(me, '/plan edit 1 echeance 15/01/2027'));
      const item = await app.db.actionItem.findFirstOrThrow();
      const deadline = await app.db.deadline.findUniqueOrThrow({ where: { sourceRef: `action:${item.id}` } });
      expect(deadline.audience).toBe('team');
      expect(deadline.titleFr).toContain('Afficher les horaires');
      expect(deadline.dueAt.toISOString().slice(0, 10)).toBe('2027-01-15');

      await reply(text(me, '/plan edit 1 echeance 20/01/2027'));
      expect(
        (await app.db.deadline.findUniqueOrThrow({ where: { sourceRef: `action:${item.id}` } })).dueAt
          .toISOString()
          .slice(0, 10),
      ).toBe('2027-01-20');

      await reply(text(me, '/plan remove 1'));
      expect(
        (await app.db.deadline.findUniqueOrThrow({ where: { sourceRef: `action:${item.id}` } })).cancelledAt,
      ).not.toBeNull();
    } finally {
      await app.close();
    }
  });
});
