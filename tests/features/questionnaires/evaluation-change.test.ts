import { describe, expect, it } from 'vitest';
import { createConfig } from '../../../src/config.ts';
import { optionsOf } from '../../../src/features/questionnaires/answers.ts';
import { loadQuestionnaires, type Question } from '../../../src/features/questionnaires/definitions.ts';
import { evaluateRelevance, type StoredAnswer } from '../../../src/features/questionnaires/relevance.ts';
import { firstOpen, reviewPosition, type Cursor } from '../../../src/features/questionnaires/cursor.ts';
import { step } from '../../../src/features/questionnaires/engine.ts';
import { planWalk } from '../../helpers/walk.ts';

const questionnaires = loadQuestionnaires(createConfig({}).QUESTIONNAIRES_DIR);
const today = '2026-12-06';

/** A small seeded generator: the same walks at every run, many branches taken. */
function generator(seed: number) {
  let state = seed;
  return (n: number) => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state % n;
  };
}

/** What an evaluation says of every question: applies, or may still apply. */
function flags(q: (typeof questionnaires)[number], answers: Map<string, StoredAnswer>) {
  const evaluation = evaluateRelevance(q, answers, today);
  return q.questions.map((x) => `${x.id}:${evaluation.at(x.index) ? 1 : 0}${evaluation.mayApply(x.index) ? 1 : 0}`);
}

/** A typed answer that picks a random choice where the question has choices; else the planned one. */
function lineFor(question: Question, planned: string | undefined, random: (n: number) => number): string {
  const options = optionsOf(question);
  if ((question.type === 'single' || question.type === 'yesno') && options.length > 0)
    return String(random(options.length) + 1);
  return planned ?? '';
}

describe('the evaluation made after an answer, from the question answered on', () => {
  it.each(questionnaires.map((q) => [q.id, q] as const))(
    '%s: says what a whole new evaluation says, at every step of varied walks with changes',
    (_, q) => {
      const planned = new Map(planWalk(q, 'fr', today).map((s) => [s.questionId, s.line]));
      let compared = 0;
      for (let seed = 1; seed <= 12; seed++) {
        const random = generator(seed);
        let answers = new Map<string, StoredAnswer>();
        let cursor: Cursor = firstOpen(q, answers, today);
        for (let n = 0; n < 400; n++) {
          if (cursor.at === reviewPosition) {
            // Back from the review: change a random earlier answer (a branch may open or close).
            if (random(3) === 0) break;
            const jump = step(q, answers, cursor, { type: 'jump', number: random(60) + 1 }, 'p', today);
            if (jump.error) continue;
            cursor = jump.cursor;
            continue;
          }
          const question = q.byId.get(cursor.at) as Question;
          const skip = !question.required && random(4) === 0;
          const action = skip
            ? ({ type: 'skip' } as const)
            : ({
                type: 'answer',
                input: { kind: 'text', text: lineFor(question, planned.get(question.id), random) },
              } as const);
          const result = step(q, answers, cursor, action, 'p', today);
          if (result.error) {
            const fallback = step(
              q,
              answers,
              cursor,
              question.required
                ? { type: 'answer', input: { kind: 'text', text: planned.get(question.id) ?? '' } }
                : { type: 'skip' },
              'p',
              today,
            );
            if (fallback.error) break;
            answers = fallback.answers as Map<string, StoredAnswer>;
            cursor = fallback.cursor;
          } else {
            answers = result.answers as Map<string, StoredAnswer>;
            cursor = result.cursor;
          }
          // A copy of the answers is a map the engine has never seen: evaluated from scratch.
          expect(flags(q, answers)).toEqual(flags(q, new Map(answers)));
          compared++;
        }
      }
      expect(compared).toBeGreaterThan(50);
    },
  );
});
