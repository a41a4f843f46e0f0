import type { Locale } from '../../core/i18n.ts';
import { wordReader } from '../../core/command-words.ts';

/** The reports filled again and again (one per mission, one per visit), by the word `/report` takes. */
const kinds: { command: string; commandAr: string; words: string[]; questionnaireId: string }[] = [
  {
    command: 'mission',
    commandAr: 'مهمة',
    words: ['mission', 'missions', 'cr', 'compte-rendu', 'مهمة'],
    questionnaireId: 'compte-rendu-mission',
  },
  {
    command: 'visite',
    commandAr: 'زيارة',
    words: ['visite', 'visit', 'etude', 'زيارة'],
    questionnaireId: 'journal-visite',
  },
];

const kindOfWord = wordReader(Object.fromEntries(kinds.map((k) => [k.questionnaireId, k.words])));

/** "/report mission" → the repeatable questionnaire it names. */
export const reportKindOf = (word: string) => kinds.find((k) => k.questionnaireId === kindOfWord(word));

/**
 * The word after /report that gives a repeatable questionnaire's latest report, if it has one:
 * « mission », « مهمة » for an Arabic reader (both are read).
 */
export function reportWordOf(questionnaireId: string, locale: Locale): string | null {
  const kind = kinds.find((k) => k.questionnaireId === questionnaireId);
  return kind ? (locale === 'ar' ? kind.commandAr : kind.command) : null;
}
