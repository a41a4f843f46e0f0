import type { Locale } from '../../src/core/i18n.ts';
import type { AnswerInput } from '../../src/features/questionnaires/answers.ts';
import type { Question, Questionnaire } from '../../src/features/questionnaires/definitions.ts';
import { completion, placeOf } from '../../src/features/questionnaires/completion.ts';
import { firstOpen, type Cursor } from '../../src/features/questionnaires/cursor.ts';
import { step } from '../../src/features/questionnaires/engine.ts';
import type { StoredAnswer } from '../../src/features/questionnaires/relevance.ts';

/** Typed answers to try for a question, in order (the first valid one is used). */
function candidates(q: Question, locale: Locale, today: string): string[] {
  switch (q.type) {
    case 'text':
    case 'longtext':
      return [locale === 'ar' ? 'مصلحة الحالة المدنية' : "Service de l'état civil"];
    case 'single':
      return q.choices.map((_, i) => String(i + 1));
    case 'multiple':
      return ['1,2', '1'];
    case 'yesno':
      return [locale === 'ar' ? 'نعم' : 'oui', locale === 'ar' ? 'لا' : 'non'];
    case 'scale':
      return ['4', '3', '2'];
    case 'number':
      return [10, 5, 1, 0, 100, q.min ?? 1, q.max ?? 1].map((n) =>
        locale === 'ar' ? String(n).replace(/\d/g, (d) => '٠١٢٣٤٥٦٧٨٩'[Number(d)] ?? d) : String(n),
      );
    case 'indicator':
      // A measured value where the bounds allow it, else "not measured".
      return [...[10, 5, 1, 0, 100].map(String), locale === 'ar' ? 'غير مقيس' : 'non mesuré'];
    case 'date': {
      // A past date, then dates to come (for questions that ask for a date after another one).
      const [y = 0, m = 1, d = 1] = today.split('-').map(Number);
      const later = (days: number) => {
        const at = new Date(Date.UTC(y, m - 1, d + days));
        return `${at.getUTCDate()}/${at.getUTCMonth() + 1}/${at.getUTCFullYear()}`;
      };
      const dates = ['15/01/2026', later(30), later(120)];
      return locale === 'ar' ? dates.map((t) => t.replace(/\d/g, (c) => '٠١٢٣٤٥٦٧٨٩'[Number(c)] ?? c)) : dates;
    }
    default:
      return [];
  }
}

export interface WalkStep {
  questionId: string;
  /** What the person types. */
  line: string;
  /** The question's number as its header shows it when it is asked (« Question n/N »). */
  shownAs: number;
  /**
   * The N of that header, as the answers stand (while the service domain is open, the header
   * gives instead the range its choice leaves, « 1/58–64 »).
   */
  shownOf: number;
  /** The progress bar's percentage shown with it. */
  percent: number;
  /** The optional part the question belongs to (« Problème prioritaire n° 2 »), if any. */
  part?: string;
}

/**
 * Plans a full walk of a questionnaire with the pure engine: the lines a person would type,
 * each valid for the question shown (photos skipped), ending at the review.
 */
export function planWalk(
  q: Questionnaire,
  locale: Locale,
  today: string,
  limit = Infinity,
  /** What a persona types for some questions (tried first); the rest gets plausible answers. */
  preset: Readonly<Record<string, string>> = {},
): WalkStep[] {
  // A new map after each answer: the engine remembers its evaluation per map, as the bot's maps never change.
  let answers = new Map<string, StoredAnswer>();
  let cursor: Cursor = firstOpen(q, answers, today);
  const steps: WalkStep[] = [];
  while (cursor.at !== 'review' && steps.length < limit) {
    const question = q.byId.get(cursor.at) as Question;
    const given = preset[question.id];
    const options =
      given !== undefined ? [given] : question.type === 'photo' ? ['/skip'] : candidates(question, locale, today);
    let advanced = false;
    const done = completion(q, answers, today);
    const place = placeOf(done, question.id);
    const shown = {
      shownAs: place.number,
      shownOf: place.total,
      percent: done.percent,
      ...(place.extra ? { part: place.extra.label[locale] } : {}),
    };
    for (const line of options) {
      const input: AnswerInput = { kind: 'text', text: line };
      const result =
        line === '/skip'
          ? step(q, answers, cursor, { type: 'skip' }, 'p', today)
          : step(q, answers, cursor, { type: 'answer', input }, 'p', today);
      if (result.error) continue;
      if (result.save)
        answers = new Map(answers).set(result.save.questionId, { value: result.save.value, authorId: 'p' });
      steps.push({ questionId: question.id, line, ...shown });
      cursor = result.cursor;
      advanced = true;
      break;
    }
    if (!advanced) throw new Error(`no valid answer planned for ${question.id}${given ? `: "${given}"` : ''}`);
  }
  return steps;
}

/** The line that picks choices by value, as a person types their numbers ("2", "1,3"). */
export function pick(q: Questionnaire, questionId: string, ...values: string[]): string {
  const question = q.byId.get(questionId);
  if (!question || (question.type !== 'single' && question.type !== 'multiple'))
    throw new Error(`${questionId} is not a choice question`);
  return values
    .map((v) => {
      const i = question.choices.findIndex((c) => c.value === v);
      if (i < 0) throw new Error(`${questionId} has no choice ${v}`);
      return String(i + 1);
    })
    .join(',');
}
