import type { InlineKeyboardMarkup } from 'grammy/types';
import type { Locale } from '../../core/i18n.ts';
import type { OutboundMessage } from '../../core/messages.ts';
import { choiceLine } from '../numbered.ts';
import { buildKeyboard, layout, type PromptView } from './keyboard.ts';
import { maxCallbackAnswerLength, maxCaptionLength, splitText, truncate } from './split.ts';

/** One Bot API call to make. Texts are sent without parse mode, so user content needs no escaping. */
export type Operation =
  | {
      kind: 'text';
      text: string;
      keyboard?: InlineKeyboardMarkup;
      prompt?: RenderedPrompt;
      /** The prompt whose tapped message this one may be shown in, edited in place (a page turned). */
      replaces?: string;
    }
  | { kind: 'photo' | 'document'; fileName: string; mimeType: string; data: Uint8Array; caption?: string };

/** A prompt as sent: kept so a tap can be resolved and the keyboard redrawn. */
export interface RenderedPrompt extends PromptView {
  /** The question as it shows once answered, with "✅ <answer>" under it (no list, no footer). */
  text: string;
  locale: Locale;
  selected: Set<string>;
  page: number;
  /** Set once the core accepted an answer: later taps on this message get the stale notice... */
  answered: boolean;
  /** ...except picks on a list the core answers again itself (a broadcast's « Envoyer »). */
  idempotent: boolean;
  /** Set once the core moved away from it unanswered (/back, /pause): its keyboard was taken off. */
  left: boolean;
}

export interface Rendered {
  operations: Operation[];
  /** Text for answerCallbackQuery when the inbound was a button tap (the first notice). */
  toast?: string;
}

export interface RenderOptions {
  /** The inbound was a button tap: the first notice becomes the tap's answer. */
  tap?: boolean;
  /** The language the core replied in (its keyboards' "Valider" button is in it too). */
  locale: Locale;
  validateLabel(locale: Locale): string;
}

function renderChoices(message: Extract<OutboundMessage, { kind: 'choices' }>, options: RenderOptions): Operation[] {
  const multiple = message.multiple ?? false;
  const prompt: PromptView = { promptId: message.promptId, choices: message.choices, multiple };
  const shape = layout(message.choices);
  let text = message.text;
  // Long labels would be cut on buttons: list them in full in the text, number the buttons.
  if (shape.numbered) text += `\n\n${message.choices.map((c, i) => choiceLine(c, i)).join('\n')}`;
  if (message.footer) text += `\n\n${message.footer}`;
  const parts = splitText(text);
  const last = parts.pop() ?? '';
  // Once answered, the question shows without its list and footer: "✅ <answer>" says it all.
  const question = parts.length === 0 ? message.text : last;
  const { locale } = options;
  const selected = new Set(multiple ? (message.selected ?? []) : []);
  const keyboard = buildKeyboard(prompt, {
    page: 0,
    selected,
    validateLabel: options.validateLabel(locale),
    shape,
    rightToLeft: locale === 'ar',
  });
  const sent: Operation = {
    kind: 'text',
    text: last,
    keyboard,
    prompt: {
      ...prompt,
      text: question,
      locale,
      selected,
      page: 0,
      answered: false,
      left: false,
      idempotent: message.idempotent ?? false,
    },
  };
  // A page that fits one message can take the place of the page tapped.
  if (parts.length === 0) return [message.replaces ? { ...sent, replaces: message.replaces } : sent];
  return [...parts.map((p): Operation => ({ kind: 'text', text: p })), sent];
}

/** Turns the core's replies into Bot API calls, in order. */
export function renderOutbound(messages: OutboundMessage[], options: RenderOptions): Rendered {
  const operations: Operation[] = [];
  let toast: string | undefined;
  for (const message of messages) {
    switch (message.kind) {
      case 'text':
        for (const part of splitText(message.text)) operations.push({ kind: 'text', text: part });
        break;
      case 'notice':
        if (options.tap && toast === undefined) toast = truncate(message.text, maxCallbackAnswerLength);
        else for (const part of splitText(`ℹ️ ${message.text}`)) operations.push({ kind: 'text', text: part });
        break;
      case 'choices':
        operations.push(...renderChoices(message, options));
        break;
      case 'document':
      case 'image': {
        const kind = message.kind === 'image' ? 'photo' : 'document';
        const file = { kind, fileName: message.fileName, mimeType: message.mimeType, data: message.data } as const;
        const caption = message.caption;
        if (caption && caption.length > maxCaptionLength) {
          for (const part of splitText(caption)) operations.push({ kind: 'text', text: part });
          operations.push(file);
        } else {
          operations.push(caption ? { ...file, caption } : file);
        }
        break;
      }
    }
  }
  return toast === undefined ? { operations } : { operations, toast };
}
