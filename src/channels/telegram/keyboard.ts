import type { InlineKeyboardButton, InlineKeyboardMarkup } from 'grammy/types';
import type { Choice } from '../../core/messages.ts';
import { decodeTap, encodeTap, type ItemRef } from './callback-data.ts';

/** What a keyboard is built from: the core's choice prompt. */
export interface PromptView {
  promptId: string;
  choices: Choice[];
  multiple: boolean;
}

export const selectedMark = '✅ ';
/** Labels longer than this are numbered in the text and shortened on the buttons. */
export const longLabel = 30;
const maxRows = 8;

const bare = (label: string) => label.replace(/[\u200e\u200f\u2066-\u2069]/g, '');

export interface Layout {
  perRow: number;
  pageSize: number;
  /** Labels too long for a button: numbered on the buttons, listed in full in the text. */
  numbered: boolean;
}

/** Number buttons a row when the labels are listed in the text: five fit a phone's width. */
const numbersPerRow = 5;

/**
 * Telegram shows up to 8 buttons a row; long labels get fewer a row so they stay readable. Labels
 * too long for a button are listed in full in the text and the buttons carry their numbers only,
 * a few rows under the list: one cut label a row made a keyboard taller than a phone's screen,
 * with the question out of sight and the last choice (« Autre ») alone on a second page.
 */
export function layout(choices: Choice[]): Layout {
  let longest = 1;
  for (const c of choices) longest = Math.max(longest, bare(c.label).length);
  const numbered = longest > longLabel;
  if (numbered) {
    // Rows of even length: 6 numbers are 3 + 3, not 5 + 1.
    const shown = Math.min(choices.length, numbersPerRow * maxRows);
    const perRow = Math.max(1, Math.ceil(shown / Math.ceil(shown / numbersPerRow)));
    return { perRow, pageSize: numbersPerRow * maxRows, numbered };
  }
  const perRow = Math.max(1, Math.min(8, Math.floor(40 / (longest + 3))));
  // A list the core pages itself (its choices carry keys: a team's number, « + ») is one of its
  // pages already: paged again here, its « next » would hide on a second keyboard page.
  const paged = choices.some((c) => c.key !== undefined);
  return { perRow, pageSize: paged ? Math.max(choices.length, perRow * maxRows) : perRow * maxRows, numbered };
}

/**
 * A button's text: its number alone when the labels are listed in the text (or its key: « + », a
 * team's number on every page of /progress); "2. label" on a multiple choice, whose hint says to
 * send the numbers (1,3) and would otherwise name none.
 */
export function buttonLabel(
  choice: Choice,
  index: number,
  shape: Pick<Layout, 'numbered'> & { multiple: boolean },
  selected: boolean,
): string {
  const label = shape.numbered
    ? (choice.key ?? String(index + 1))
    : shape.multiple
      ? `${index + 1}. ${choice.label}`
      : choice.label;
  return selected ? `${selectedMark}${label}` : label;
}

/** A button's label as the person reads it: without its ✅ and its number. */
const labelOfButton = (text: string) => text.replace(selectedMark, '').replace(/^\d+\. /, '');

export interface KeyboardOptions {
  page: number;
  selected: ReadonlySet<string>;
  /** Text of the multiple-choice validation button, in the prompt's language. */
  validateLabel: string;
  /** The prompt's layout when the caller has it already (it is computed otherwise). */
  shape?: Layout;
  /** Read right to left (Arabic): the next page is the arrow on the left, pointing left. */
  rightToLeft?: boolean;
}

/** Inline keyboard of one page of a prompt: choices, then page navigation, then "Valider". */
export function buildKeyboard(prompt: PromptView, options: KeyboardOptions): InlineKeyboardMarkup {
  const { perRow, pageSize, numbered } = options.shape ?? layout(prompt.choices);
  const pages = Math.max(1, Math.ceil(prompt.choices.length / pageSize));
  const page = Math.min(Math.max(0, options.page), pages - 1);
  const rows: InlineKeyboardButton[][] = [];
  const first = page * pageSize;
  prompt.choices.slice(first, first + pageSize).forEach((choice, offset) => {
    const index = first + offset;
    const selected = options.selected.has(choice.value);
    const op = !prompt.multiple ? 'pick' : selected ? 'unselect' : 'select';
    const button = {
      text: buttonLabel(choice, index, { numbered, multiple: prompt.multiple }, prompt.multiple && selected),
      callback_data: encodeTap(prompt.promptId, { op, item: { value: choice.value } }, index),
    };
    if (offset % perRow === 0) rows.push([button]);
    else rows.at(-1)?.push(button);
  });
  if (pages > 1) {
    const turn = (to: number) => encodeTap(prompt.promptId, { op: 'page', page: to });
    const previous = page > 0 ? turn(page - 1) : undefined;
    const next = page < pages - 1 ? turn(page + 1) : undefined;
    const [left, right] = options.rightToLeft ? [next, previous] : [previous, next];
    const nav: InlineKeyboardButton[] = [];
    if (left) nav.push({ text: '◀️', callback_data: left });
    nav.push({ text: `${page + 1}/${pages}`, callback_data: encodeTap(prompt.promptId, { op: 'noop' }) });
    if (right) nav.push({ text: '▶️', callback_data: right });
    rows.push(nav);
  }
  if (prompt.multiple)
    rows.push([{ text: options.validateLabel, callback_data: encodeTap(prompt.promptId, { op: 'validate' }) }]);
  return { inline_keyboard: rows };
}

export interface Mark {
  item: ItemRef;
  label: string;
}

/** The items marked ✅ on a message's keyboard, read from its buttons (no state needed). */
export function marksFrom(markup: InlineKeyboardMarkup | undefined): Mark[] {
  const marks: Mark[] = [];
  for (const button of markup?.inline_keyboard.flat() ?? []) {
    const data = 'callback_data' in button ? decodeTap(button.callback_data) : null;
    if (data?.action.op === 'unselect') marks.push({ item: data.action.item, label: labelOfButton(button.text) });
  }
  return marks;
}

/** The label of the button carrying this callback data, without its mark. */
export function labelOf(markup: InlineKeyboardMarkup | undefined, data: string): string | undefined {
  const button = markup?.inline_keyboard.flat().find((b) => 'callback_data' in b && b.callback_data === data);
  return button === undefined ? undefined : labelOfButton(button.text);
}

/**
 * Flips one button of a keyboard without knowing the prompt (e.g. after a restart): marked
 * buttons get ✅ and an "unselect" payload, unmarked ones lose them.
 */
export function setMark(markup: InlineKeyboardMarkup, data: string, selected: boolean): InlineKeyboardMarkup {
  const decoded = decodeTap(data);
  if (!decoded || (decoded.action.op !== 'select' && decoded.action.op !== 'unselect')) return markup;
  const { promptId, action } = decoded;
  const rows = markup.inline_keyboard.map((row) =>
    row.map((button) => {
      if (!('callback_data' in button) || button.callback_data !== data) return button;
      const label = button.text.replace(selectedMark, '');
      const item = action.item;
      const index = 'index' in item ? item.index : undefined;
      return {
        text: selected ? `${selectedMark}${label}` : label,
        callback_data: encodeTap(promptId, { op: selected ? 'unselect' : 'select', item }, index),
      };
    }),
  );
  return { inline_keyboard: rows };
}
