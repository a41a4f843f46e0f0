import type { Locale } from '../../core/i18n.ts';

/** The reports filled again and again (one per mission, one per visit), by the word `/report` takes. */
const kinds: { command: string; commandAr: string; words: RegExp; questionnaireId: string }[] = [
  {
    command: 'mission',
    commandAr: 'مهمة',
    words: /^(mission|missions|cr|compte-rendu|مهمة)$/iu,
    questionnaireId: 'compte-rendu-mission',
  },
  {
    command: 'visite',
    commandAr: 'زيارة',
    words: /^(visite|visit|etude|étude|زيارة)$/iu,
    questionnaireId: 'journal-visite',
  },
];

/** "/report mission" → the repeatable questionnaire it names. */
export const reportKindOf = (word: string) => kinds.find((k) => k.words.test(word));

/**
 * The word after /report that gives a repeatable questionnaire's latest report, if it has one:
 * « mission », « مهمة » for an Arabic reader (both are read).
 */
export function reportWordOf(questionnaireId: string, locale: Locale): string | null {
  const kind = kinds.find((k) => k.questionnaireId === questionnaireId);
  return kind ? (locale === 'ar' ? kind.commandAr : kind.command) : null;
}
