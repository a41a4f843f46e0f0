import wwebjs from 'whatsapp-web.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MessageTypeValues as T, WAStates } from '../../helpers/whatsapp-stand-in/index.ts';
import { createAppHarness, type AppHarness } from './app-harness.ts';

let h: AppHarness;
beforeAll(async () => {
  h = await createAppHarness();
});
afterAll(async () => {
  await h.cleanup();
});

const salma = '21655123456@c.us';
const stored = () => h.app.db.inboxMessage.count({ where: { channel: 'whatsapp' } });

describe('WhatsApp through the real core', () => {
  it('/start, then /lang answered by number, then /help in Arabic listing /link', async () => {
    const start = await h.say(salma, '/start');
    expect(start.join('\n')).toContain('Bonjour Salma Ben Ali');
    const identity = await h.app.db.identity.findUnique({
      where: { channel_externalId: { channel: 'whatsapp', externalId: salma } },
    });
    expect(identity?.lastSeenAt).toBeInstanceOf(Date);

    expect(await h.say(salma, '/lang')).toEqual(['*Choisissez votre langue :*\n1. Français\n2. العربية']);
    expect(await h.say(salma, '2')).toEqual(['تم: سأجيبك من الآن فصاعدًا بالعربية.']);
    const help = (await h.say(salma, '/help')).join('\n');
    expect(help).toContain('ما يمكنك القيام به:');
    expect(help).toContain('/link — ربط حسابيك');
    // A number after a list-less reply is plain text again: "1" does not pick French.
    expect((await h.say(salma, '1')).join('\n')).not.toContain('français');
    const person = await h.app.db.person.findFirstOrThrow({ where: { identities: { some: { externalId: salma } } } });
    expect(person.locale).toBe('ar');
  });

  it.each([
    [
      'history replayed by the sync',
      { from: salma, body: '/start', timestamp: Math.floor(Date.now() / 1000) - 86_400 },
    ],
    ['a status update', { from: 'status@broadcast', body: 'ma story' }],
    ['a group message', { from: '120363000000@g.us', author: salma, body: '/help' }],
  ])('ignores %s: no reply, nothing recorded', async (_name, incoming) => {
    const before = { sent: h.standIn.sent.length, stored: await stored() };
    h.standIn.live().deliver(incoming);
    await h.idle();
    expect(h.standIn.sent.length).toBe(before.sent);
    expect(await stored()).toBe(before.stored);
  });

  it('handles a message delivered twice (same WhatsApp id) once', async () => {
    const before = h.standIn.sent.length;
    const client = h.standIn.live();
    client.deliver({ from: salma, body: '/start', id: 'DUPLICATE01' });
    client.deliver({ from: salma, body: '/start', id: 'DUPLICATE01' });
    await h.idle();
    const replies = h.standIn.sent.slice(before).filter((s) => s.chatId === salma);
    expect(replies.length).toBeGreaterThan(0);
    expect(replies.length).toBe((await h.say(salma, '/start')).length);
    // The WhatsApp id is stored with the message and marked handled, so a redelivery after a restart has no effect either.
    const key = { channel: 'whatsapp', messageId: `false_${salma}_DUPLICATE01` };
    expect((await h.app.db.inboxMessage.findUnique({ where: { channel_messageId: key } }))?.handledAt).toBeInstanceOf(
      Date,
    );
  });

  it('answers a voice note once, in the language chosen by someone who wrote before (Arabic)', async () => {
    const before = { sent: h.standIn.sent.length, stored: await stored(), people: await h.app.db.person.count() };
    // Delivered twice: the second event is dropped by id before any reply.
    h.standIn.live().deliver({ from: salma, type: T.VOICE, id: 'VOICE01' });
    h.standIn.live().deliver({ from: salma, type: T.VOICE, id: 'VOICE01' });
    await h.idle();
    const [notice] = h.standIn.textsTo(salma).slice(-1);
    expect(h.standIn.sent.length).toBe(before.sent + 1);
    expect(notice).toContain('لا يمكنني الاستماع إلى الرسائل الصوتية');
    expect(notice).toContain('/help');
    expect(notice).not.toContain('Je ne peux pas');
    expect(await stored()).toBe(before.stored + 1);
    expect(await h.app.db.person.count()).toBe(before.people);
  });

  it('answers messages of one chat in order, one at a time', async () => {
    const client = h.standIn.live();
    const before = h.standIn.sent.length;
    client.deliver({ from: salma, body: '/lang fr' });
    client.deliver({ from: salma, body: '/lang' });
    client.deliver({ from: salma, body: '1' });
    await h.idle();
    const texts = h.standIn.sent.slice(before).map((s) => s.content);
    expect(texts).toEqual([
      "C'est noté : je vous réponds désormais en français.",
      '*Choisissez votre langue :*\n1. Français\n2. العربية',
      "C'est noté : je vous réponds désormais en français.",
    ]);
  });
});

describe('bulk sends (reminders, broadcasts)', () => {
  const stranger = '21699000000@c.us';
  const reminder = [{ kind: 'text' as const, text: 'Rappel : note de cadrage' }];
  const bulk = (externalId: string) => h.adapter.send({ channel: 'whatsapp', externalId }, reminder);
  const personOf = async (externalId: string) =>
    (await h.app.db.identity.findUniqueOrThrow({ where: { channel_externalId: { channel: 'whatsapp', externalId } } }))
      .personId;

  beforeAll(async () => {
    // Salma (who wrote in the tests above) joins a team: she is enrolled.
    const cohort = await h.app.db.cohort.create({ data: { name: 'Cohorte 2026' } });
    const team = await h.app.db.team.create({
      data: { slug: 'sfax', name: 'Équipe Sfax', commune: 'Sfax', cohortId: cohort.id },
    });
    await h.app.db.teamMember.create({ data: { teamId: team.id, personId: await personOf(salma) } });
  });

  it('go only to enrolled people who wrote to the bot before: otherwise a permanent SendError, nothing sent', async () => {
    // Unknown to the bot.
    await expect(bulk(stranger)).rejects.toMatchObject({
      name: 'SendError',
      permanent: true,
      message: expect.stringContaining('never wrote') as unknown,
    });
    // Enrolled as a coordinator (e.g. from COORDINATORS), but never wrote from this number: still refused.
    await h.app.db.person.create({
      data: {
        displayName: 'Coordinateur',
        identities: { create: { channel: 'whatsapp', externalId: stranger } },
        roles: { create: { role: 'coordinator' } },
      },
    });
    await expect(bulk(stranger)).rejects.toMatchObject({
      permanent: true,
      message: expect.stringContaining('never wrote') as unknown,
    });
    expect(h.standIn.textsTo(stranger)).toEqual([]);
    await h.say(stranger, '/start');
    await bulk(stranger);
    expect(h.standIn.textsTo(stranger).at(-1)).toBe('Rappel : note de cadrage');
  });

  it('refuse someone who wrote but is not enrolled, until they join a team', async () => {
    const visitor = '21698000000@c.us';
    await h.say(visitor, '/start');
    const before = h.standIn.sent.length;
    await expect(bulk(visitor)).rejects.toMatchObject({
      name: 'SendError',
      permanent: true,
      message: expect.stringContaining('enrolled') as unknown,
    });
    expect(h.standIn.sent.length).toBe(before);
    const team = await h.app.db.team.findUniqueOrThrow({ where: { slug: 'sfax' } });
    await h.app.db.teamMember.create({ data: { teamId: team.id, personId: await personOf(visitor) } });
    await bulk(visitor);
    expect(h.standIn.textsTo(visitor).at(-1)).toBe('Rappel : note de cadrage');
  });

  it('send documents and images as MessageMedia, through the client', async () => {
    const data = new Uint8Array([0x25, 0x50, 0x44, 0x46]);
    await h.adapter.send({ channel: 'whatsapp', externalId: salma }, [
      { kind: 'document', fileName: 'plan.pdf', mimeType: 'application/pdf', data, caption: 'Plan *Sfax*' },
      { kind: 'image', fileName: 'radar.png', mimeType: 'image/png', data },
    ]);
    const [doc, image] = h.standIn.sent.slice(-2);
    expect(doc?.content).toBeInstanceOf(wwebjs.MessageMedia);
    expect(doc?.content).toMatchObject({
      mimetype: 'application/pdf',
      filename: 'plan.pdf',
      data: Buffer.from(data).toString('base64'),
    });
    expect(doc?.options).toMatchObject({ sendMediaAsDocument: true, caption: 'Plan \u200B*\u200BSfax\u200B*\u200B' });
    expect(image?.content).toMatchObject({ mimetype: 'image/png', filename: 'radar.png' });
    expect(image?.options).toEqual({});
  });

  it('a reminder with choices can be answered by number', async () => {
    const choices = {
      kind: 'choices' as const,
      text: 'Choisissez votre langue :',
      promptId: 'lang:pick',
      choices: [
        { value: 'fr', label: 'Français' },
        { value: 'ar', label: 'العربية' },
      ],
    };
    await h.adapter.send({ channel: 'whatsapp', externalId: salma }, [choices]);
    expect(await h.say(salma, '2')).toEqual(['تم: سأجيبك من الآن فصاعدًا بالعربية.']);
  });

  it('refuse another channel, and an id WhatsApp does not know, permanently', async () => {
    await expect(
      h.adapter.send({ channel: 'telegram', externalId: '42' }, [{ kind: 'text', text: 'x' }]),
    ).rejects.toMatchObject({ permanent: true });
    h.standIn.world.unknownChats.add(salma);
    await expect(
      h.adapter.send({ channel: 'whatsapp', externalId: salma }, [{ kind: 'text', text: 'x' }]),
    ).rejects.toMatchObject({ permanent: true });
    h.standIn.world.unknownChats.clear();
  });

  it('fail retryably while WhatsApp is not connected', async () => {
    // The replacement client's page never loads: the bot stays disconnected however slow this machine is.
    h.standIn.world.hangsAtStart = 1;
    await h.standIn.live().loseConnection(WAStates.CONFLICT);
    await expect(
      h.adapter.send({ channel: 'whatsapp', externalId: salma }, [{ kind: 'text', text: 'x' }]),
    ).rejects.toMatchObject({ permanent: false, retryAfterMs: 60_000 });
    expect(h.standIn.world.sent.filter((s) => s.content === 'x')).toEqual([]);
  });
});
