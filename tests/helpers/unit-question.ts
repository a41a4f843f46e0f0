import { buildQuestionnaire, type Question } from '../../src/features/questionnaires/definitions.ts';
import type { Unit } from '../../src/features/questionnaires/units.ts';

/** A questionnaire of one question asking a value in `unit` (an indicator is better lower), to parse answers against. */
export function questionWith(unit: Unit, type: 'number' | 'indicator' = 'number'): Question {
  return buildQuestionnaire('t.yaml', {
    id: 't',
    version: 1,
    order: 1,
    title: { fr: 'T', ar: 'ت' },
    sections: [
      {
        id: 's',
        title: { fr: 'S', ar: 'س' },
        questions: [
          {
            id: 'q_v',
            type,
            unit,
            label: { fr: 'V', ar: 'ق' },
            ...(type === 'indicator' ? { better: 'lower' } : {}),
          },
        ],
      },
    ],
  }).byId.get('q_v') as Question;
}
