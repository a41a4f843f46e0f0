import { afterAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { createBulkCheck } from '../../../src/channels/whatsapp/contacts.ts';
import { createHarness, startLinked, type Harness } from './harness.ts';
import { useAppHarness } from './app-harness.ts';

// WhatsApp shows lists as numbered lines and remembers them in memory, to read « 2 » as their
// second choice. After a restart that memory is empty while the chat's step is stored: a number
// typed then answers the list the bot would show again, as the console does (same prompt memory).
const karim = '21698765432@c.us';
const salma = '21655123456@c.us';

const h = useAppHarness([
  { externalId: karim, displayName: 'Karim Trabelsi', locale: 'fr', slug: 'monastir', commune: 'Monastir' },
  { externalId: salma, displayName: 'Salma Ben Ali', locale: 'ar', slug: 'mahdia', commune: 'Mahdia' },
]);

const restarted: Harness[] = [];
/** Sends through the adapter running now (the first one, or the last restarted). */
let say = async (from: string, body: string) => (await h.say(from, body)).join('\n');
afterAll(async () => {
  for (const r of restarted) await r.cleanup();
});

/** Stops the running adapter and links a new one (empty memory) to the same application, as a new start would. */
async function restart(): Promise<void> {
  const previous = restarted.at(-1) ?? h;
  await previous.adapter.stop();
  const next = createHarness({
    dataDir: join(h.dataDir, `restart-${restarted.length}`),
    bulkCheck: createBulkCheck(h.app.db),
    i18n: h.app.i18n,
  });
  restarted.push(next);
  next.track(h.app.inbox);
  await startLinked(next, h.app.link('whatsapp'));
  say = async (from, body) => {
    const before = next.standIn.sent.length;
    next.standIn.live().deliver({ from, body, notifyName: 'Salma Ben Ali' });
    await next.idle();
    return next.standIn.sent
      .slice(before)
      .filter((s) => s.chatId === from && typeof s.content === 'string')
      .map((s) => (s.content as string).replace(/[\u200b\u200e\u200f\u2066-\u2069]/g, ''))
      .join('\n');
  };
}

/** Makes the person a coordinator (broadcasts are theirs). */
async function promote(externalId: string) {
  const identity = await h.app.db.identity.findUniqueOrThrow({
    where: { channel_externalId: { channel: 'whatsapp', externalId } },
  });
  await h.app.db.personRole.create({ data: { personId: identity.personId, role: 'coordinator' } });
}

describe('a number typed after the bot restarted, on WhatsApp', () => {
  it('French: the broadcast audience list still takes « 5 » after a restart', async () => {
    await promote(karim);
    // Someone else to send to: the sender does not get their own broadcast.
    await h.app.db.person.create({ data: { displayName: 'Carole', roles: { create: { role: 'coordinator' } } } });
    await say(karim, '/broadcast');
    await say(karim, 'Réunion de coordination demain à 10 h.');
    expect(await say(karim, '-')).toContain('5. Les coordinateurs');
    await restart();
    const picked = await say(karim, '5');
    expect(picked).not.toContain('Aucune liste');
    expect(picked).toContain('Aperçu');
  });

  it('Arabic: the audience list still takes « ٥ », and with no list open a number is still refused', async () => {
    await promote(salma);
    await say(salma, '/broadcast');
    // She reads Arabic: the Arabic version is asked first, the French one left out.
    await say(salma, 'اجتماع التنسيق غدا على الساعة العاشرة.');
    expect(await say(salma, '-')).toMatch(/\n5\. /);
    await restart();
    const picked = await say(salma, '٥');
    expect(picked).not.toContain('لا توجد قائمة');
    expect(picked).toContain('اجتماع التنسيق غدا');
    expect(await say(salma, '/cancel')).not.toBe('');
    await restart();
    expect(await say(salma, '3')).toContain('لا توجد قائمة تنتظر رقمًا');
  });
});
