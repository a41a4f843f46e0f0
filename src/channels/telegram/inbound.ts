import type { Message, User } from 'grammy/types';
import type { InboundMessage, NonTextKind, Sender } from '../../core/messages.ts';

/** The person behind a Telegram user: identity is ("telegram", user id), never a bare number. */
export function senderOf(user: User): Sender {
  const name = [user.first_name, user.last_name].filter(Boolean).join(' ').trim();
  return {
    channel: 'telegram',
    externalId: String(user.id),
    displayName: name || user.username || `Telegram ${user.id}`,
    languageCode: user.language_code,
  };
}

/** What a message that is no text, photo nor document is, to be named in the reply. */
function nonTextKindOf(message: Message): NonTextKind {
  if (message.voice || message.audio) return 'voice';
  if (message.video || message.video_note) return 'video';
  if (message.animation) return 'animation';
  if (message.sticker) return 'sticker';
  if (message.location || message.venue) return 'location';
  if (message.contact) return 'contact';
  return 'other';
}

/**
 * A private-chat message → a core inbound message: text, a photo, a document, or an `unsupported`
 * one naming what it was (a voice note, a sticker, a location...); null when no person sent it.
 * The id is the update id, so a redelivered update is known. `/start <payload>` deep links arrive
 * as the text itself.
 */
export function parseMessage(updateId: number, message: Message): InboundMessage | null {
  if (!message.from || message.from.is_bot) return null;
  const base = { id: String(updateId), from: senderOf(message.from), receivedAt: new Date(message.date * 1000) };
  if (typeof message.text === 'string') return { ...base, kind: 'text', text: message.text };
  const caption = message.caption;
  if (message.photo && message.photo.length > 0) {
    // Telegram sends several sizes, smallest first: keep the largest.
    const largest = message.photo.at(-1);
    if (largest) return { ...base, kind: 'photo', fileRef: largest.file_id, ...(caption ? { caption } : {}) };
  }
  // A GIF comes with a `document` too, for older clients: it is an animation all the same.
  if (message.document && !message.animation) {
    const fileName = message.document.file_name;
    return {
      ...base,
      kind: 'document',
      fileRef: message.document.file_id,
      ...(fileName ? { fileName } : {}),
      ...(caption ? { caption } : {}),
    };
  }
  return { ...base, kind: 'unsupported', what: nonTextKindOf(message) };
}
