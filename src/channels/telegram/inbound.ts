import type { Message, User } from 'grammy/types';
import type { InboundMessage, Sender } from '../../core/messages.ts';

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

/**
 * A private-chat message → a core inbound message; null for kinds the core does not take
 * (stickers, voice, locations...). The id is the update id, so a redelivered update is known.
 * `/start <payload>` deep links arrive as the text itself.
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
  if (message.document) {
    const fileName = message.document.file_name;
    return {
      ...base,
      kind: 'document',
      fileRef: message.document.file_id,
      ...(fileName ? { fileName } : {}),
      ...(caption ? { caption } : {}),
    };
  }
  return null;
}
