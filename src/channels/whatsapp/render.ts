import wwebjs from 'whatsapp-web.js';
import type { MessageSendOptions } from 'whatsapp-web.js';
import { renderNumbered } from '../numbered.ts';
import type { OutboundMessage } from '../../core/messages.ts';

const { MessageMedia } = wwebjs;
export type Media = InstanceType<typeof MessageMedia>;

/** One `client.sendMessage(chat, content, options)` call. */
export interface WhatsAppSend {
  content: string | Media;
  options?: MessageSendOptions;
}

/** WhatsApp accepts far longer texts, but a phone screen does not: split at this length. */
export const maxTextLength = 4000;
/** Longer captions are sent as a text message after the file. */
export const maxCaptionLength = 1024;

import { splitText as splitLongText } from '../split-text.ts';

const ZWSP = '\u200B';
const RLM = '\u200F';
const markers = ['*', '_', '~', '`'];
const pairs = new Map(
  markers.map((m) => {
    const e = m === '*' ? '\\*' : m;
    // WhatsApp formats `*x*` when the first marker starts a word and the second ends one.
    return [m, new RegExp(`(^|[^\\p{L}\\p{N}])${e}(?=\\S)[^\\n]*?\\S${e}(?=$|[^\\p{L}\\p{N}])`, 'u')];
  }),
);

/**
 * Keeps text printed as typed: WhatsApp has no escape character, so markers that would pair on a
 * line (`*urgent*`, `_x_`) get a zero-width space on each side. Lone markers (a_b, 5 * 3) are left alone.
 */
export function escapeFormatting(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      let out = line;
      for (const m of markers) if (pairs.get(m)?.test(out)) out = out.split(m).join(`${ZWSP}${m}${ZWSP}`);
      return out;
    })
    .join('\n');
}

/** `*line*` in bold, keeping an Arabic line's right-to-left mark in front; unchanged if it cannot be bold. */
export function boldLine(line: string): string {
  const mark = line.startsWith(RLM) ? RLM : '';
  const body = line.slice(mark.length);
  if (!body || body.trim() !== body || body.includes('*') || body.includes(ZWSP)) return line;
  return `${mark}*${body}*`;
}

/** The text with its first line in bold (a question's number and place, its kind whatever). */
function headed(text: string): string {
  const [first = '', ...others] = text.split('\n');
  return [boldLine(first), ...others].join('\n');
}

/** Splits a long text at paragraph, then line, then word boundaries. */
export function splitText(text: string, limit = maxTextLength): string[] {
  return splitLongText(text, limit);
}

function textSends(text: string): WhatsAppSend[] {
  return splitText(text).map((part) => ({ content: part }));
}

function fileSends(message: Extract<OutboundMessage, { kind: 'document' | 'image' }>): WhatsAppSend[] {
  const data = Buffer.from(message.data).toString('base64');
  const media = new MessageMedia(message.mimeType, data, message.fileName, message.data.byteLength);
  const caption = message.caption ? escapeFormatting(message.caption) : undefined;
  const inline = caption && caption.length <= maxCaptionLength ? caption : undefined;
  const options: MessageSendOptions = {
    ...(message.kind === 'document' ? { sendMediaAsDocument: true } : {}),
    ...(inline ? { caption: inline } : {}),
  };
  const sends: WhatsAppSend[] = [{ content: media, options }];
  if (caption && !inline) sends.push(...textSends(caption));
  return sends;
}

/**
 * Neutral replies → WhatsApp sends. No buttons or lists (the library deprecated them): a choice
 * list is numbered lines under its question in bold, answered by number (several: `1,3,4`); a
 * question without choices has its first line in bold too.
 */
export function renderForWhatsApp(message: OutboundMessage): WhatsAppSend[] {
  switch (message.kind) {
    case 'text':
      return textSends(message.heading ? headed(escapeFormatting(message.text)) : escapeFormatting(message.text));
    case 'notice':
      return textSends(escapeFormatting(message.text));
    case 'choices': {
      const text = headed(escapeFormatting(message.text));
      const choices = message.choices.map((c) => ({ ...c, label: escapeFormatting(c.label) }));
      const footer = message.footer === undefined ? {} : { footer: escapeFormatting(message.footer) };
      return textSends(renderNumbered({ ...message, text, choices, ...footer }));
    }
    case 'document':
    case 'image':
      return fileSends(message);
  }
}
