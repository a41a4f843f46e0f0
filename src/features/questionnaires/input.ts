/** What a message means while a questionnaire is open: a command, a turn of the review's page, or an action. */
import type { Context } from '../../core/context.ts';
import { wordSet } from '../../core/command-words.ts';
import { parseCommand } from '../../core/router.ts';
import { foldText } from '../../core/text.ts';
import type { AnswerInput } from './answers.ts';
import { reviewPosition, type Cursor } from './cursor.ts';
import type { Action } from './engine.ts';
import { reviewPromptId } from './review.ts';

/** Commands the open questionnaire answers itself (French, English and Arabic spellings). */
const flowCommands: Record<string, string> = {
  back: 'back',
  retour: 'back',
  رجوع: 'back',
  skip: 'skip',
  passer: 'skip',
  تجاوز: 'skip',
  pause: 'pause',
  توقف: 'pause',
  status: 'status',
  etat: 'status',
  حالة: 'status',
  review: 'review',
  revue: 'review',
  مراجعة: 'review',
  submit: 'submit',
  soumettre: 'submit',
  تقديم: 'submit',
  cancel: 'cancel',
  annuler: 'cancel',
  إلغاء: 'cancel',
  الغاء: 'cancel',
  help: 'help',
  aide: 'help',
  مساعدة: 'help',
};

export function flowCommandOf(ctx: Context): string | null {
  if (ctx.message.kind !== 'text') return null;
  const text = ctx.message.text.trim();
  if (text === '?' || text === '؟') return 'help';
  const parsed = parseCommand(text);
  return parsed ? (flowCommands[parsed.name] ?? null) : null;
}

/** What follows the command's name in the message (« détail » in « /status détail »), or nothing. */
export function flowCommandArgs(ctx: Context): string {
  return ctx.message.kind === 'text' ? (parseCommand(ctx.message.text.trim())?.args ?? '') : '';
}

/**
 * What people type at the review to submit, without the slash (« envoyer », « إرسال »…); typed again
 * at the confirmation, it confirms.
 */
export const isSubmitWord = wordSet(['submit', 'soumettre', 'envoyer', 'تقديم', 'إرسال', 'ارسال', 'أرسل', 'ارسل']);

/** The command a message gives where the cursor is: at the review, a submit word typed alone is /submit. */
export function flowCommandAt(ctx: Context, cursor: Cursor): string | null {
  const command = flowCommandOf(ctx);
  if (command !== null || cursor.at !== reviewPosition || ctx.message.kind !== 'text') return command;
  return isSubmitWord(ctx.message.text) ? 'submit' : null;
}

/** A turn of the review's page: a button (or "+" / "-" typed), or null when the message is something else. */
export function pageTurn(ctx: Context, runId: string, cursor: Cursor): 'next' | 'previous' | number | null {
  if (cursor.at !== reviewPosition) return null;
  const { message } = ctx;
  if (message.kind === 'choice' && message.promptId === reviewPromptId(runId)) {
    const page = /^page:(\d+)$/.exec(message.values[0] ?? '');
    return page ? Number(page[1]) : null;
  }
  if (message.kind !== 'text') return null;
  const typed = message.text.trim();
  return typed === '+' ? 'next' : typed === '-' ? 'previous' : null;
}

/** A number typed alone (« 3 », « ٣ »), as the review asks for the answer to change; else null. */
export function typedNumber(ctx: Context): number | null {
  if (ctx.message.kind !== 'text') return null;
  const folded = foldText(ctx.message.text);
  return /^\d+$/.test(folded) ? Number(folded) : null;
}

export function actionFor(ctx: Context, command: string | null, cursor: Cursor): Action | null {
  const { message } = ctx;
  if (command === 'back') return { type: 'back' };
  if (command === 'skip') return { type: 'skip' };
  if (message.kind === 'choice') return { type: 'answer', input: { kind: 'choice', values: message.values } };
  if (message.kind === 'photo') {
    const { fileRef, caption } = message;
    return { type: 'answer', input: caption ? { kind: 'photo', fileRef, caption } : { kind: 'photo', fileRef } };
  }
  if (message.kind !== 'text') return null;
  // In the review, a number picks the question to change.
  const number = typedNumber(ctx);
  if (cursor.at === reviewPosition && number !== null) return { type: 'jump', number };
  const input: AnswerInput = { kind: 'text', text: message.text };
  return { type: 'answer', input };
}

/**
 * Whether the message is an answer rather than a command: a photo, a document, a question's button,
 * or text that is not a command, a submit word, or a page turn (« + », « - »). A voice note is neither.
 */
export function sentAnAnswer(ctx: Context, runId: string): boolean {
  const { message } = ctx;
  if (message.kind === 'unsupported') return false;
  if (message.kind !== 'text') return message.kind !== 'choice' || message.promptId !== reviewPromptId(runId);
  const typed = message.text.trim();
  return flowCommandOf(ctx) === null && !isSubmitWord(typed) && typed !== '+' && typed !== '-';
}
