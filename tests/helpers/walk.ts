import type { Locale } from '../../src/core/i18n.ts';
import type { AnswerInput } from '../../src/features/questionnaires/answers.ts';
import type { Question, Questionnaire } from '../../src/features/questionnaires/definitions.ts';
import { firstOpen, step, type Cursor, type StoredAnswer } from '../../src/features/questionnaires/engine.ts';

/** Typed answers to try for a question, in order (the first valid one is used). */
function candidates(q: Question, locale: Locale): string[] {
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
    case 'date':
      return [locale === 'ar' ? '١٥/٠١/٢٠٢٦' : '15/01/2026'];
    default:
      return [];
  }
}

export interface WalkStep {
  questionId: string;
  /** What the person types. */
  line: string;
}

/**
 * Plans a full walk of a questionnaire with the pure engine: the lines a person would type,
 * each valid for the question shown (photos skipped), ending at the review.
 */
export function planWalk(q: Questionnaire, locale: Locale, today: string, limit = Infinity): WalkStep[] {
  const answers = new Map<string, StoredAnswer>();
  let cursor: Cursor = firstOpen(q, answers, today);
  const steps: WalkStep[] = [];
  while (cursor.at !== 'review' && steps.length < limit) {
    const question = q.byId.get(cursor.at) as Question;
    const options = question.type === 'photo' ? ['/skip'] : candidates(question, locale);
    let advanced = false;
    for (const line of options) {
      const input: AnswerInput = { kind: 'text', text: line };
      const result =
        line === '/skip'
          ? step(q, answers, cursor, { type: 'skip' }, 'p', today)
          : step(q, answers, cursor, { type: 'answer', input }, 'p', today);
      if (result.error) continue;
      if (result.save) answers.set(result.save.questionId, { value: result.save.value, authorId: 'p' });
      steps.push({ questionId: question.id, line });
      cursor = result.cursor;
      advanced = true;
      break;
    }
    if (!advanced) throw new Error(`no valid answer planned for ${question.id}`);
  }
  return steps;
}
