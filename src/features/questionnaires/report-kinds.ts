/** The reports filled again and again (one per mission, one per visit), by the word `/report` takes. */
const kinds: { command: string; words: RegExp; questionnaireId: string }[] = [
  { command: 'mission', words: /^(mission|missions|cr|compte-rendu|مهمة)$/iu, questionnaireId: 'compte-rendu-mission' },
  { command: 'visite', words: /^(visite|visit|etude|étude|زيارة)$/iu, questionnaireId: 'journal-visite' },
];

/** "/report mission" → the repeatable questionnaire it names. */
export const reportKindOf = (word: string) => kinds.find((k) => k.words.test(word));

/** The command that gives a repeatable questionnaire's latest report (« /report mission »), if it has one. */
export function reportCommandOf(questionnaireId: string): string | null {
  const kind = kinds.find((k) => k.questionnaireId === questionnaireId);
  return kind ? `/report ${kind.command}` : null;
}
