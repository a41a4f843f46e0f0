// « I do not know » typed at a question with a « Personne ne sait » choice picks that choice, in
// either language; elsewhere it picks nothing it was not meant for.
import { describe, expect, it } from 'vitest';
import { parseAnswer } from '../../../src/features/questionnaires/answers.ts';
import { defaultQuestionnairesDir, loadQuestionnaires } from '../../../src/features/questionnaires/index.ts';

const questions = loadQuestionnaires(defaultQuestionnairesDir).flatMap((q) => q.questions);
const lastSurvey = questions.find((x) => x.id === 'q_last_survey');
const today = '2026-12-06';

describe('« je ne sais pas » at a question that has « Personne ne sait »', () => {
  it.each(['je ne sais pas', 'On ne sait pas', 'لا أعرف', 'ما نعرفش', 'Personne ne sait', 'لا أحد يعلم'])(
    '« %s » is « Personne ne sait »',
    (text) => {
      if (!lastSurvey) throw new Error('q_last_survey not found');
      expect(parseAnswer(lastSurvey, { kind: 'text', text }, { today })).toEqual({ ok: true, value: 'dont_know' });
    },
  );

  it('is not a choice of a question without one', () => {
    const choices = questions.filter(
      (x) => x.type === 'single' && !x.choices.some((c) => c.value === 'dont_know') && x.id !== 'q_last_survey',
    );
    expect(choices.length).toBeGreaterThan(10);
    for (const question of choices)
      expect(parseAnswer(question, { kind: 'text', text: 'je ne sais pas' }, { today }).ok, question.id).toBe(false);
  });
});
