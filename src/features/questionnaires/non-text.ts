/** A message the bot cannot read (a voice note, a sticker, a location...) while a questionnaire is open. */
import type { Context } from '../../core/context.ts';
import type { NonTextKind } from '../../core/messages.ts';
import { confirmPosition, reviewPosition, type Cursor } from './cursor.ts';
import type { Question } from './definitions.ts';

const choiceTypes = new Set(['single', 'multiple', 'yesno', 'scale']);

/** What the question on screen waits for, to say what to send instead. */
function expected(what: NonTextKind, question: Question | undefined, cursor: Cursor): string {
  if (!question || cursor.at === reviewPosition || cursor.at === confirmPosition) return 'list';
  if (question.type === 'photo') return 'photo';
  if (choiceTypes.has(question.type)) return 'choice';
  // A shared position at a written question: the place is asked for in words.
  if (what === 'location' && (question.type === 'text' || question.type === 'longtext')) return 'place';
  return 'text';
}

/** « ⚠️ Je ne peux pas écouter les messages vocaux… Rien n'a été enregistré : écrivez votre réponse… ». */
export function sayNonText(ctx: Context, what: NonTextKind, question: Question | undefined, cursor: Cursor): void {
  const message = `${ctx.t('nontext-what', { kind: what })} ${ctx.t('qn-nontext-next', { expects: expected(what, question, cursor) })}`;
  ctx.say('qn-error-prefix', { message });
}
