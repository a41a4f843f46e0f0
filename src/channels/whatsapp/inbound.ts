import wwebjs from 'whatsapp-web.js';
import { isMostlyArabic } from '../../core/text.ts';
import type { InboundMessage, NonTextKind, Sender } from '../../core/messages.ts';
import type { WhatsAppMessage } from './client.ts';

const { MessageTypes } = wwebjs;

/** Why a received message is not handed to the core. */
export type SkipReason = 'status' | 'own' | 'history' | 'group' | 'not-a-person' | 'notice';

/**
 * What WhatsApp itself posts in a chat (a new security code, disappearing messages turned on, a
 * message deleted by its sender...): nobody wrote anything to answer.
 */
const notices: string[] = [
  MessageTypes.E2E_NOTIFICATION,
  MessageTypes.NOTIFICATION,
  MessageTypes.NOTIFICATION_TEMPLATE,
  MessageTypes.GROUP_NOTIFICATION,
  MessageTypes.BROADCAST_NOTIFICATION,
  MessageTypes.PROTOCOL,
  MessageTypes.REVOKED,
  MessageTypes.DEBUG,
];

export interface InboundOptions {
  /** When the adapter started: anything older is history replayed by the sync, not a new message. */
  startedAt: Date;
  /** Groups are ignored unless allowed (the bot is meant for private chats). */
  allowGroups: boolean;
}

export type ChatKind = 'private' | 'group' | 'status' | 'other';

/** "216…@c.us" and "…@lid" are people, "…@g.us" groups; newsletters and broadcast lists are neither. */
export function chatKind(chatId: string): ChatKind {
  if (chatId === 'status@broadcast') return 'status';
  if (chatId.endsWith('@c.us') || chatId.endsWith('@lid')) return 'private';
  if (chatId.endsWith('@g.us')) return 'group';
  return 'other';
}

/** The reason to ignore a message, or null when the core should see it. */
export function skipReason(message: WhatsAppMessage, options: InboundOptions): SkipReason | null {
  if (message.isStatus || chatKind(message.from) === 'status') return 'status';
  // The library emits `message` for received messages only; checking again costs nothing.
  if (message.fromMe || message.id.fromMe) return 'own';
  // History sync after a (re)start delivers old messages as new events: never answer them twice.
  // WhatsApp timestamps are whole seconds: a message of the start's own second is new.
  if (message.timestamp < Math.floor(options.startedAt.getTime() / 1000)) return 'history';
  if (notices.includes(message.type)) return 'notice';
  const kind = chatKind(message.from);
  if (kind === 'group') return options.allowGroups && message.author ? null : 'group';
  return kind === 'private' ? null : 'not-a-person';
}

/** The chat replies go to: the private chat, or the group the message came from. */
export function replyChatOf(message: WhatsAppMessage): string {
  return message.from;
}

/** The person who wrote: in a group the author, otherwise the chat itself. */
export function senderOf(message: WhatsAppMessage): Sender {
  const externalId = chatKind(message.from) === 'group' && message.author ? message.author : message.from;
  // notifyName is the name the person set in WhatsApp; the typings expose the raw data as `object`.
  const raw = message.rawData as { notifyName?: unknown } | undefined;
  const name = typeof raw?.notifyName === 'string' ? raw.notifyName.trim() : '';
  const user = externalId.split('@')[0] ?? externalId;
  return {
    channel: 'whatsapp',
    externalId,
    displayName: name || (externalId.endsWith('@c.us') ? `+${user}` : 'WhatsApp'),
  };
}

/** A downloaded attachment: where it was stored and the name the sender gave it. */
export interface SavedMedia {
  path: string;
  fileName?: string | undefined;
}

export type SaveMedia = (message: WhatsAppMessage) => Promise<SavedMedia | null>;

/** What a message that is no text, image nor document is, to be named in the reply. */
function nonTextKindOf(message: WhatsAppMessage): NonTextKind {
  switch (message.type) {
    case MessageTypes.VOICE:
    case MessageTypes.AUDIO:
      return 'voice';
    case MessageTypes.VIDEO:
      return message.isGif ? 'animation' : 'video';
    case MessageTypes.STICKER:
      return 'sticker';
    case MessageTypes.LOCATION:
      return 'location';
    case MessageTypes.CONTACT_CARD:
    case MessageTypes.CONTACT_CARD_MULTI:
      return 'contact';
    // A call the bot's number missed leaves this trace in the chat.
    case MessageTypes.CALL_LOG:
      return 'call';
    default:
      return 'other';
  }
}

/**
 * A received message → a core inbound message: text, a photo, a document, or an `unsupported` one
 * naming what it was (a voice note, a sticker, a location...). Images and documents are downloaded
 * first (fileRef = stored path; the message id when the download failed).
 */
export async function toInbound(message: WhatsAppMessage, saveMedia: SaveMedia): Promise<InboundMessage> {
  const sender = senderOf(message);
  // The body of a location is its map thumbnail, of a contact its vCard: no words of the sender's.
  const read = [MessageTypes.TEXT, MessageTypes.IMAGE, MessageTypes.DOCUMENT].includes(message.type);
  // WhatsApp reports no language: a text mostly in Arabic letters is Arabic (French is the default).
  const from = read && isMostlyArabic(message.body) ? { ...sender, writtenIn: 'ar' } : sender;
  const base = { id: message.id._serialized, from, receivedAt: new Date(message.timestamp * 1000) };
  const caption = message.body.trim() || undefined;
  switch (message.type) {
    case MessageTypes.TEXT: {
      const text = message.body.trim();
      if (!text) return { ...base, kind: 'unsupported', what: 'other' };
      return { ...base, kind: 'text', text };
    }
    case MessageTypes.IMAGE: {
      const saved = message.hasMedia ? await saveMedia(message) : null;
      return { ...base, kind: 'photo', fileRef: saved?.path ?? base.id, ...(caption ? { caption } : {}) };
    }
    case MessageTypes.DOCUMENT: {
      const saved = message.hasMedia ? await saveMedia(message) : null;
      const fileName = saved?.fileName;
      return {
        ...base,
        kind: 'document',
        fileRef: saved?.path ?? base.id,
        ...(fileName ? { fileName } : {}),
        ...(caption ? { caption } : {}),
      };
    }
    default:
      return { ...base, kind: 'unsupported', what: nonTextKindOf(message) };
  }
}
