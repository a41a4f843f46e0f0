import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Sender } from '../../../src/core/messages.ts';
import { linkCodeMinutes } from '../../../src/features/linking/codes.ts';
import { createLinkingFeature } from '../../../src/features/linking/index.ts';
import { buildConversation } from '../../helpers/conversation.ts';
import { createTestDb, type TestDb } from '../../helpers/db.ts';
import { plain, sender, text } from '../../helpers/messages.ts';

let t: TestDb;
let clock: Date;
let handle: ReturnType<typeof buildConversation>;
const telegram: Sender = sender({
  channel: 'telegram',
  externalId: '5550001',
  displayName: 'Salma (Telegram)',
  languageCode: 'ar',
});
const whatsapp: Sender = sender({ channel: 'whatsapp', externalId: '21655123456@c.us', displayName: 'Salma' });

beforeEach(async () => {
  t = await createTestDb();
  clock = new Date('2026-06-01T08:00:00Z');
  handle = buildConversation(t.db, [createLinkingFeature({ db: t.db, now: () => clock })]);
});
afterEach(async () => {
  await t.cleanup();
});

const say = async (from: Sender, body: string) => plain(await handle(text(from, body)));
const personOf = async (s: Sender) =>
  (
    await t.db.identity.findUniqueOrThrow({
      where: { channel_externalId: { channel: s.channel, externalId: s.externalId } },
    })
  ).personId;

/** `/link` on one account, and the code it gave. */
async function codeFrom(s: Sender): Promise<string> {
  const replies = await handle(text(s, '/link'));
  const command = replies.at(-1);
  const match = command?.kind === 'text' ? /^\u200F?\/link ([A-Z0-9]{6})$/.exec(command.text) : null;
  if (!match?.[1]) throw new Error(`no code in ${plain(replies)}`);
  return match[1];
}

describe('/link', () => {
  it('gives a 6-character one-time code valid 10 minutes, in its own message to copy', async () => {
    await say(whatsapp, '/start');
    const replies = plain(await handle(text(whatsapp, '/link')));
    expect(replies).toContain('dans les 10 minutes');
    const code = await codeFrom(whatsapp);
    const row = await t.db.linkCode.findUniqueOrThrow({ where: { code } });
    expect(row.expiresAt.getTime() - clock.getTime()).toBe(linkCodeMinutes * 60_000);
    // Only the newest code of a person works.
    expect(await t.db.linkCode.count()).toBe(1);
  });

  it('joins a Telegram and a WhatsApp identity into one person, the first one keeping the record', async () => {
    expect(await say(telegram, '/start')).toContain('مرحبًا');
    const telegramPerson = await personOf(telegram);
    clock = new Date(clock.getTime() + 60_000);
    await say(whatsapp, '/start');
    const whatsappPerson = await personOf(whatsapp);
    expect(whatsappPerson).not.toBe(telegramPerson);

    const code = await codeFrom(whatsapp);
    const done = await say(telegram, `/link ${code.toLowerCase().slice(0, 3)} ${code.slice(3)}`);
    expect(done).toContain('واتساب');
    expect(done).toContain('تيليغرام');

    expect(await personOf(whatsapp)).toBe(telegramPerson);
    expect(await t.db.person.findUnique({ where: { id: whatsappPerson } })).toBeNull();
    expect((await t.db.linkCode.findUniqueOrThrow({ where: { code } })).usedAt).toEqual(clock);
    const audit = await t.db.auditEntry.findFirstOrThrow({ where: { action: 'person.link' } });
    expect(audit).toMatchObject({ actorId: telegramPerson, target: telegramPerson });
    const details = audit.details as { absorbedId: string; identities: string[] };
    expect(details.absorbedId).toBe(whatsappPerson);
    expect(details.identities.sort()).toEqual(['telegram:5550001', 'whatsapp:21655123456@c.us']);
    // One person now: a language chosen on WhatsApp is the Telegram chat's language too.
    expect(await say(whatsapp, '/lang ar')).toContain('بالعربية');
    expect(await say(telegram, '/start')).toContain('مرحبًا');
    expect((await t.db.person.findUniqueOrThrow({ where: { id: telegramPerson } })).locale).toBe('ar');
  });

  it.each([
    ['unknown', async () => 'ZZZZZZ', 'est inconnu'],
    [
      'expired',
      async () => {
        const code = await codeFrom(whatsapp);
        clock = new Date(clock.getTime() + (linkCodeMinutes * 60 + 1) * 1000);
        return code;
      },
      'a expiré',
    ],
    [
      'already used',
      async () => {
        const code = await codeFrom(whatsapp);
        await say(telegram, `/link ${code}`);
        return code;
      },
      'a déjà servi',
    ],
  ])('refuses an %s code and links nothing', async (_name, makeCode, expected) => {
    await say(telegram, '/start');
    const operator = sender({ channel: 'console', externalId: 'operator' });
    await say(operator, '/start');
    const code = await makeCode();
    const people = await t.db.person.count();
    expect(await say(operator, `/link ${code}`)).toContain(expected);
    expect(await t.db.person.count()).toBe(people);
    expect(await t.db.auditEntry.count({ where: { target: await personOf(operator) } })).toBe(0);
  });

  it('refuses a code sent from the account that asked for it, and keeps the code valid', async () => {
    const code = await codeFrom(whatsapp);
    expect(await say(whatsapp, `/link ${code}`)).toContain('depuis votre autre compte');
    expect((await t.db.linkCode.findUniqueOrThrow({ where: { code } })).usedAt).toBeNull();
  });

  it('refuses to give one person two accounts on the same messaging app', async () => {
    const other = sender({ channel: 'telegram', externalId: '5550002', displayName: 'Autre' });
    await say(telegram, '/start');
    const code = await codeFrom(other);
    expect(await say(telegram, `/link ${code}`)).toMatch(/تعذّر الربط|Liaison impossible/);
    expect(await personOf(other)).not.toBe(await personOf(telegram));
  });

  it('stops accepting codes from a person after 5 wrong ones, for 10 minutes, and audits it (codes hashed)', async () => {
    for (let i = 0; i < 5; i++) expect(await say(whatsapp, `/link AAAAA${i + 2}`)).toContain('inconnu');
    const code = await codeFrom(telegram);
    expect(await say(whatsapp, `/link ${code}`)).toContain('Trop de codes erronés');
    const audit = await t.db.auditEntry.findMany({ where: { action: { in: ['link.failed', 'link.throttled'] } } });
    expect(audit.filter((a) => a.action === 'link.failed')).toHaveLength(5);
    expect(audit.filter((a) => a.action === 'link.throttled')).toHaveLength(1);
    expect(JSON.stringify(audit)).not.toContain('AAAAA2');
    clock = new Date(clock.getTime() + linkCodeMinutes * 60_000);
    const fresh = await codeFrom(telegram);
    expect(await say(whatsapp, `/link ${fresh}`)).toContain('sont reliés');
  });

  it('takes the command copied whole from an Arabic reply, invisible marks included', async () => {
    await say(whatsapp, '/lang ar');
    const command = (await handle(text(whatsapp, '/link'))).at(-1);
    const copied = command?.kind === 'text' ? command.text : '';
    // A line with no Arabic is not forced right-to-left (it would show "link CODE/").
    expect(copied.startsWith('/link ')).toBe(true);
    // Copied from an Arabic line, the command may carry a right-to-left mark and an isolate around it.
    expect(await say(telegram, `\u200F\u2066${copied}\u2069`)).toContain('مرتبطة');
  });

  it('reads a code typed with Arabic-Indic digits', async () => {
    await say(telegram, '/start');
    const code = await codeFrom(whatsapp);
    const arabic = code.replace(/\d/g, (d) => '٠١٢٣٤٥٦٧٨٩'[Number(d)] ?? d);
    expect(await say(telegram, `/link ${arabic}`)).toContain('مرتبطة');
  });

  it('is listed by /help', async () => {
    expect(await say(whatsapp, '/help')).toContain('/link — relier vos comptes Telegram et WhatsApp');
  });
});
