import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { WhatsAppMessage } from '../../../src/channels/whatsapp/client.ts';
import { withNumberedChoice } from '../../../src/channels/prompt-memory.ts';
import { chatKind, senderOf, skipReason, toInbound } from '../../../src/channels/whatsapp/inbound.ts';
import { createMediaStore, mediaFileName } from '../../../src/channels/whatsapp/media.ts';
import { createWhatsAppStandIn, MessageTypeValues as T, type Incoming } from '../../helpers/whatsapp-stand-in/index.ts';

const startedAt = new Date('2026-06-01T08:00:00Z');
const now = startedAt.getTime() / 1000 + 60;
const person = '21655123456@c.us';

/** A message as the library builds it, captured from the stand-in's `message` event. */
function received(incoming: Incoming, fromMe = false): WhatsAppMessage {
  const client = createWhatsAppStandIn().factory({});
  const message = client.deliver({ timestamp: now, ...incoming });
  return fromMe ? { ...message, fromMe: true, id: { ...message.id, fromMe: true } } : message;
}

describe('which messages reach the core', () => {
  it.each([
    ['a private text', received({ from: person, body: 'Bonjour' }), false, null],
    ['a private text from a LID account', received({ from: '123456789012345@lid', body: 'Salam' }), false, null],
    ['a status update', received({ from: 'status@broadcast', body: 'my story' }), false, 'status'],
    ["the bot's own message", received({ from: person, body: 'echo' }, true), false, 'own'],
    [
      'history replayed by the sync',
      received({ from: person, body: 'old', timestamp: startedAt.getTime() / 1000 - 3600 }),
      false,
      'history',
    ],
    ['a group message', received({ from: '120363000000@g.us', author: person, body: 'hi' }), false, 'group'],
    [
      'a group message, groups allowed',
      received({ from: '120363000000@g.us', author: person, body: 'hi' }),
      true,
      null,
    ],
    ['a newsletter post', received({ from: '120363111@newsletter', body: 'news' }), false, 'not-a-person'],
    // What WhatsApp itself posts in the chat: nobody wrote anything to answer.
    ['a new security code', received({ from: person, type: T.E2E_NOTIFICATION }), false, 'notice'],
    ['disappearing messages turned on', received({ from: person, type: T.NOTIFICATION_TEMPLATE }), false, 'notice'],
    ['a message deleted by its sender', received({ from: person, type: T.REVOKED }), false, 'notice'],
    ['a protocol message', received({ from: person, type: T.PROTOCOL }), false, 'notice'],
    ['a voice note is no notice', received({ from: person, type: T.VOICE }), false, null],
  ] as const)('%s → %s', (_name, message, allowGroups, reason) => {
    expect(skipReason(message, { startedAt, allowGroups })).toBe(reason);
  });

  it.each([
    ['21655123456@c.us', 'private'],
    ['99887766@lid', 'private'],
    ['1203630@g.us', 'group'],
    ['status@broadcast', 'status'],
    ['1234@broadcast', 'other'],
  ] as const)('chat %s is %s', (id, kind) => expect(chatKind(id)).toBe(kind));

  it('names the sender by their WhatsApp name, else their number; in a group, the author', () => {
    expect(senderOf(received({ from: person, notifyName: 'Salma' }))).toEqual({
      channel: 'whatsapp',
      externalId: person,
      displayName: 'Salma',
    });
    expect(senderOf(received({ from: person })).displayName).toBe('+21655123456');
    expect(senderOf(received({ from: '1203630@g.us', author: person })).externalId).toBe(person);
  });
});

const nonText = (what: string) => ({ kind: 'unsupported', what }) as const;

describe('toInbound', () => {
  const prompt = { promptId: 'lang:pick', values: ['fr', 'ar'], multiple: false };
  const multi = { promptId: 'qn:q3', values: ['a', 'b', 'c', 'd'], multiple: true };
  const noMedia = async () => null;

  it.each([
    ['text', received({ from: person, body: ' /start ' }), undefined, { kind: 'text', text: '/start' }],
    [
      'a number answering the list',
      received({ from: person, body: '2' }),
      prompt,
      { kind: 'choice', promptId: 'lang:pick', values: ['ar'] },
    ],
    ['Arabic-Indic digits', received({ from: person, body: '٢' }), prompt, { kind: 'choice', values: ['ar'] }],
    [
      'several numbers on a multiple list',
      received({ from: person, body: '1,3,4' }),
      multi,
      { kind: 'choice', values: ['a', 'c', 'd'] },
    ],
    [
      'several numbers with spaces or an Arabic comma',
      received({ from: person, body: '٢، 4 1' }),
      multi,
      { kind: 'choice', values: ['b', 'd', 'a'] },
    ],
    [
      'several numbers on a single list stay text',
      received({ from: person, body: '1,2' }),
      prompt,
      { kind: 'text', text: '1,2' },
    ],
    ['a number out of range stays text', received({ from: person, body: '7' }), prompt, { kind: 'text', text: '7' }],
    [
      'a number with no list shown stays text',
      received({ from: person, body: '1' }),
      undefined,
      { kind: 'text', text: '1' },
    ],
    ['a voice note is named', received({ from: person, type: T.VOICE }), undefined, nonText('voice')],
    ['an audio file is named as voice', received({ from: person, type: T.AUDIO }), undefined, nonText('voice')],
    ['a sticker is named', received({ from: person, type: T.STICKER }), undefined, nonText('sticker')],
    ['a location is named', received({ from: person, type: T.LOCATION, body: '/9j/' }), undefined, nonText('location')],
    ['a contact card is named', received({ from: person, type: T.CONTACT_CARD }), undefined, nonText('contact')],
    ['a video is named', received({ from: person, type: T.VIDEO }), undefined, nonText('video')],
    ['a GIF is named', received({ from: person, type: T.VIDEO, isGif: true }), undefined, nonText('animation')],
    ['a poll is something else', received({ from: person, type: T.POLL_CREATION }), undefined, nonText('other')],
    ['an empty text is something else', received({ from: person, body: '   ' }), undefined, nonText('other')],
  ] as const)('%s', async (_name, message, shown, expected) => {
    const inbound = withNumberedChoice(await toInbound(message, noMedia), { current: shown });
    expect(inbound).toMatchObject({
      ...expected,
      id: message.id._serialized,
      from: { channel: 'whatsapp', externalId: person },
    });
  });

  it('stores a photo under the data folder: fileRef is its path, the caption kept', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jawda-wa-media-'));
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]);
    const message = received({
      from: person,
      type: T.IMAGE,
      body: 'Guichet',
      media: { mimetype: 'image/jpeg', data: jpeg },
    });
    const inbound = await toInbound(message, createMediaStore(dir));
    expect(inbound).toMatchObject({ kind: 'photo', caption: 'Guichet' });
    const path = inbound?.kind === 'photo' ? inbound.fileRef : '';
    expect(path.startsWith(dir)).toBe(true);
    expect(path.endsWith('.jpg')).toBe(true);
    expect(readFileSync(path)).toEqual(jpeg);
  });

  it('keeps the message id as fileRef when WhatsApp no longer has the file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jawda-wa-media-'));
    const message = received({
      from: person,
      type: T.IMAGE,
      media: { mimetype: 'image/jpeg', data: Buffer.from('x') },
      mediaExpired: true,
    });
    expect(await toInbound(message, createMediaStore(dir))).toMatchObject({
      kind: 'photo',
      fileRef: message.id._serialized,
    });
    expect(existsSync(join(dir, 'x'))).toBe(false);
  });

  it('stores a document with its file name', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jawda-wa-media-'));
    const pdf = Buffer.from('%PDF-1.4');
    const message = received({
      from: person,
      type: T.DOCUMENT,
      media: { mimetype: 'application/pdf', data: pdf, filename: 'rapport.pdf' },
    });
    const inbound = await toInbound(message, createMediaStore(dir));
    expect(inbound).toMatchObject({ kind: 'document', fileName: 'rapport.pdf' });
    expect(inbound?.kind === 'document' && readFileSync(inbound.fileRef)).toEqual(pdf);
  });

  it.each([
    ['false_216@c.us_3EB0AB', 'image/jpeg', undefined, 'false_216_c.us_3EB0AB.jpg'],
    ['id', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'plan.DOCX', 'id.docx'],
    ['id', 'application/octet-stream', '../../etc/passwd', 'id.bin'],
  ])('media file name for %s (%s, %s) is %s', (id, mime, name, expected) => {
    expect(mediaFileName(id, mime, name)).toBe(expected);
  });
});
