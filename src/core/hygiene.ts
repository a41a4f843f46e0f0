import type { InboundMessage, Sender } from './messages.ts';

/** The longest text a message may carry (Telegram's own limit); longer is refused politely. */
export const maxInboundText = 4096;

/**
 * C0 and C1 control characters except tab and newline, DEL, and the lone surrogates a broken
 * client may send. Terminal escape sequences (ESC [ …) start with one of these, so removing
 * them leaves only harmless printable text.
 */
const controls =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text without control characters (newline and tab kept; a carriage return becomes a newline). */
export function cleanText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(controls, '');
}

/** A display name on one line, without control characters, at most 80 characters. */
export function cleanName(name: string): string {
  return cleanText(name).replace(/\s+/g, ' ').trim().slice(0, 80);
}

function cleanSender(from: Sender): Sender {
  return { ...from, displayName: cleanName(from.displayName) || from.externalId };
}

/** An inbound message as the core takes it: every text a person sent, cleaned. */
export function cleanInbound(message: InboundMessage): InboundMessage {
  const from = cleanSender(message.from);
  switch (message.kind) {
    case 'text':
      return { ...message, from, text: cleanText(message.text) };
    case 'photo':
    case 'document':
      return { ...message, from, ...(message.caption === undefined ? {} : { caption: cleanText(message.caption) }) };
    default:
      return { ...message, from };
  }
}

/** Whether a message carries more text than the core takes. */
export function isTooLong(message: InboundMessage): boolean {
  const text = message.kind === 'text' ? message.text : 'caption' in message ? (message.caption ?? '') : '';
  return text.length > maxInboundText;
}
