import type { Locale } from '../../core/i18n.ts';
import { wordReader } from '../../core/command-words.ts';

/** A part of a report's outline: its heading (a `doc-outline-…` message) and the questions it shows, in order. */
export interface OutlinePart {
  heading: string;
  questions: string[];
}

/**
 * The reports filled again and again (one per mission, one per visit), by the word `/report` takes;
 * `place` and `date`: the questions whose answers head the report (the commune visited, the day);
 * `subject`: what the cover names as its object; `mandator`: who ordered it, which the cover names
 * first when answered (§4.2's title page: mandant, équipe, objet, dates); `outline`: the document's parts in the order of
 * the programme's outline (SERVICE-INDICATORS §4.2, §4.3), which is not the order a phone asks them
 * in (the summary is written last and read first).
 */
const kinds: {
  command: string;
  commandAr: string;
  words: string[];
  questionnaireId: string;
  place: string;
  date: string;
  subject: string;
  mandator?: string;
  outline: OutlinePart[];
}[] = [
  {
    command: 'mission',
    commandAr: 'مهمة',
    words: ['mission', 'missions', 'cr', 'compte-rendu', 'مهمة'],
    questionnaireId: 'compte-rendu-mission',
    place: 'q_mission_commune',
    date: 'q_mission_date',
    subject: 'q_mission_kind',
    mandator: 'q_mission_mandator',
    outline: [
      { heading: 'doc-outline-summary', questions: ['q_mission_summary'] },
      {
        heading: 'doc-outline-mission-context',
        questions: [
          'q_mission_date',
          'q_mission_commune',
          'q_mission_service',
          'q_mission_kind',
          'q_mission_objective',
          'q_mission_mandator',
        ],
      },
      { heading: 'doc-outline-mission-people', questions: ['q_participants'] },
      { heading: 'doc-outline-mission-method', questions: ['q_activities'] },
      { heading: 'doc-outline-findings', questions: ['q_findings'] },
      { heading: 'doc-outline-recommendations', questions: ['q_recommendations'] },
      { heading: 'doc-outline-difficulties', questions: ['q_difficulties'] },
      { heading: 'doc-outline-next-steps', questions: ['q_decisions', 'q_next_steps'] },
    ],
  },
  {
    command: 'visite',
    commandAr: 'زيارة',
    words: ['visite', 'visit', 'etude', 'زيارة'],
    questionnaireId: 'journal-visite',
    place: 'q_visit_place',
    date: 'q_visit_date',
    subject: 'q_visit_topic',
    outline: [
      {
        heading: 'doc-outline-visit-identification',
        questions: ['q_visit_place', 'q_visit_date', 'q_visit_participants', 'q_contacts'],
      },
      { heading: 'doc-outline-visit-topic', questions: ['q_visit_topic', 'q_visit_objectives'] },
      { heading: 'doc-outline-visit-programme', questions: ['q_visit_programme'] },
      { heading: 'doc-outline-visit-findings', questions: ['q_visit_surprises'] },
      { heading: 'doc-outline-visit-practices', questions: ['q_practices_observed'] },
      { heading: 'doc-outline-visit-transfer', questions: ['q_transferable', 'q_adaptations', 'q_visit_follow_up'] },
    ],
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

/** The questions whose answers head a repeated report: where and when it took place, its object, who ordered it. */
export function reportHeadOf(
  questionnaireId: string,
): { place: string; date: string; subject: string; mandator?: string } | null {
  const kind = kinds.find((k) => k.questionnaireId === questionnaireId);
  if (!kind) return null;
  const { place, date, subject, mandator } = kind;
  return { place, date, subject, ...(mandator ? { mandator } : {}) };
}

/** The parts of a repeated report in the programme's order, or null for a questionnaire without one. */
export function reportOutlineOf(questionnaireId: string): readonly OutlinePart[] | null {
  return kinds.find((k) => k.questionnaireId === questionnaireId)?.outline ?? null;
}
