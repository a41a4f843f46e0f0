import { hardCut, splitText as splitLongText } from '../split-text.ts';

/** Telegram's limits, in UTF-16 code units (the way the Bot API counts). */
export const maxTextLength = 4096;
export const maxCaptionLength = 1024;
export const maxCallbackAnswerLength = 200;

/** Splits a long text into Telegram messages of at most 4,096 code units, at paragraph, line or word boundaries. */
export function splitText(text: string, limit = maxTextLength): string[] {
  return splitLongText(text, limit);
}

/** Shortens a text to `limit` code units with an ellipsis (answerCallbackQuery, button labels). */
export function truncate(text: string, limit: number): string {
  if (text.length <= limit) return text;
  return `${hardCut(text, limit - 1)[0].trimEnd()}…`;
}
