import { describe, expect, it } from 'vitest';
import { createI18n, locales } from '../../../src/core/i18n.ts';
import type { Question } from '../../../src/features/questionnaires/definitions.ts';
import { firstOpen } from '../../../src/features/questionnaires/cursor.ts';
import type { StoredAnswer } from '../../../src/features/questionnaires/relevance.ts';
import { defaultQuestionnairesDir, loadQuestionnaires } from '../../../src/features/questionnaires/index.ts';
import { renderQuestion } from '../../../src/features/questionnaires/render.ts';

// The measures note sits alone in its own section, before the sections of each service's measures:
// it is shown with the next question that applies, whatever its section and whichever service's
// measures (those of the services not chosen come in between and are skipped).
const i18n = createI18n();
const today = '2026-12-05';
const q = loadQuestionnaires(defaultQuestionnairesDir).find((x) => x.byId.has('q_measures_note'));
if (!q) throw new Error('no questionnaire with the measures note');
const note = q.byId.get('q_measures_note') as Question;
const domain = q.byId.get('q_service_domain') as Extract<Question, { type: 'single' }>;
const answers = (values: Record<string, StoredAnswer['value']>) =>
  new Map(Object.entries(values).map(([id, value]) => [id, { value, authorId: 'p' }]));
const identification = q.questions.filter((x) => x.sectionIndex === 0 && x.type !== 'note');

describe('notes before a question', () => {
  it.each(locales)('the measures note comes with the first measure of every service (%s)', (locale) => {
    const t = (key: string, args?: Parameters<typeof i18n.t>[2]) => i18n.t(locale, key, args);
    for (const choice of domain.choices) {
      const given = answers({
        ...Object.fromEntries(identification.map((x) => [x.id, x.type === 'number' ? 10 : 'x'])),
        q_service_domain: choice.value,
        q_reception_photo: null,
      });
      const next = q.byId.get(firstOpen(q, given, today).at);
      expect(next?.sectionIndex, choice.value).toBeGreaterThan(note.sectionIndex);
      const shown = renderQuestion(q, next as Question, given, 'run', { locale, t, today });
      expect(shown[0], choice.value).toEqual({ kind: 'text', text: `ℹ️ ${note.label[locale]}` });
      // Once, not again with the next measure.
      const after = q.questions[(next as Question).index + 1] as Question;
      const again = renderQuestion(q, after, given, 'run', { locale, t, today });
      expect(again.some((m) => m.kind === 'text' && m.text.includes(note.label[locale]))).toBe(false);
    }
  });
});

describe('notes on a phone', () => {
  // A phone shows about 35 characters a line: 250 characters are 7 lines, a paragraph one reads
  // between two questions. The measures note was one paragraph of 530 (16 lines).
  it.each(locales)('the service diagnostic notes come in short paragraphs (%s)', (locale) => {
    const diagnostic = loadQuestionnaires(defaultQuestionnairesDir).find((x) => x.id === 'diagnostic-service');
    const notes = diagnostic?.questions.filter((x) => x.type === 'note') ?? [];
    expect(notes.length).toBeGreaterThan(0);
    for (const n of notes)
      for (const paragraph of n.label[locale].split('\n')) expect(paragraph.length, n.id).toBeLessThanOrEqual(250);
  });
});
