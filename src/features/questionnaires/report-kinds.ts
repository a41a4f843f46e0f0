import type { Locale } from '../../core/i18n.ts';
import { wordReader } from '../../core/command-words.ts';

/**
 * The reports filled again and again (one per mission, one per visit), by the word `/report` takes;
 * `place` and `date`: the questions whose answers head the report (the commune visited, the day).
 */
const kinds: {
  command: string;
  commandAr: string;
  words: string[];
  questionnaireId: string;
  place: string;
  date: string;
}[] = [
  {
    command: 'mission',
    commandAr: 'مهمة',
    words: ['mission', 'missions', 'cr', 'compte-rendu', 'مهمة'],
    questionnaireId: 'compte-rendu-mission',
    place: 'q_mission_commune',
    date: 'q_mission_date',
  },
  {
    command: 'visite',
    commandAr: 'زيارة',
    words: ['visite', 'visit', 'etude', 'زيارة'],
    questionnaireId: 'journal-visite',
    place: 'q_visit_place',
    date: 'q_visit_date',
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

/** The questions whose answers head a repeated report: where the mission or visit took place, and when. */
export function reportHeadOf(questionnaireId: string): { place: string; date: string } | null {
  const kind = kinds.find((k) => k.questionnaireId === questionnaireId);
  return kind ? { place: kind.place, date: kind.date } : null;
}
