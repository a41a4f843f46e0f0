// A due date already gone is refused in one wording, typed in one line (« /plan edit 2 echeance
// hier ») or given after « Échéance » was picked in the guided edit: the date as read (with the words
// typed, « hier », c'est le 05/12/2026), nothing changed in the action, and a date to come, written as
// that place asks it. In one line the action follows as it stays; in the guided edit the due date is
// asked again. The action keeps its due date (or none). French and Arabic (right to left, the date
// inside), real core and database, the clock on Sunday 6 December 2026.
import { describe, expect, it } from 'vitest';
import type { Sender } from '../../../src/core/messages.ts';
import { bidiProblems } from '../../helpers/bidi.ts';
import { bare, choice, lastChoices, plain, text } from '../../helpers/messages.ts';
import { useTwoPlanTeams } from '../../helpers/plan-teams.ts';

const setup = useTwoPlanTeams('past');
const { amel, sami, teams, handle, actions } = setup;

interface Case {
  typed: string;
  /** The refusal, its two lines, for the one-line form and for the guided edit. */
  inLine: [string, string];
  guided: [string, string];
}

const cases: Record<
  'fr' | 'ar',
  { who: () => Sender; team: () => string; field: string; as: string[]; ask: string; list: Case[] }
> = {
  fr: {
    who: () => amel,
    team: () => teams.amel,
    field: 'echeance',
    as: [
      "L'action reste telle quelle :",
      '2. Former les agents',
      '👤 Pilote : pilote à nommer',
      '📅 Échéance : 31/01/2027',
    ],
    ask: "Nouvelle échéance de l'action 2 ?",
    list: [
      {
        typed: 'hier',
        inLine: [
          "⚠️ « hier », c'est le 05/12/2026 : une date déjà passée. Rien n'a changé dans l'action 2.",
          'Donnez une échéance à venir, par exemple /plan edit 2 echeance 31/12/2026.',
        ],
        guided: [
          "⚠️ « hier », c'est le 05/12/2026 : une date déjà passée. Rien n'a changé dans l'action 2.",
          'Donnez une échéance à venir, par exemple 31/12/2026.',
        ],
      },
      {
        typed: '01/12/2026',
        inLine: [
          "⚠️ Le 01/12/2026 est déjà passé. Rien n'a changé dans l'action 2.",
          'Donnez une échéance à venir, par exemple /plan edit 2 echeance 31/12/2026.',
        ],
        guided: [
          "⚠️ Le 01/12/2026 est déjà passé. Rien n'a changé dans l'action 2.",
          'Donnez une échéance à venir, par exemple 31/12/2026.',
        ],
      },
    ],
  },
  ar: {
    who: () => sami,
    team: () => teams.sami,
    field: 'أجل',
    as: [
      'الإجراء باقٍ كما هو:',
      'الإجراء 2: Former les agents (fr)',
      '👤 من يقوده: يُسمّى من يقوده',
      '📅 الأجل: 31/01/2027',
    ],
    ask: 'الأجل الجديد للإجراء 2؟',
    list: [
      {
        typed: 'أمس',
        inLine: [
          '⚠️ « أمس » يوافق يوم 05/12/2026، وهو يوم قد مضى. لم يتغيّر شيء في الإجراء 2.',
          'اكتب أجلًا قادمًا، مثلًا /plan edit 2 الأجل 31/12/2026.',
        ],
        guided: [
          '⚠️ « أمس » يوافق يوم 05/12/2026، وهو يوم قد مضى. لم يتغيّر شيء في الإجراء 2.',
          'اكتب أجلًا قادمًا، مثلًا 31/12/2026.',
        ],
      },
      {
        typed: '١٥/٠١/٢٠٢٦',
        inLine: [
          '⚠️ يوم 15/01/2026 قد مضى. لم يتغيّر شيء في الإجراء 2.',
          'اكتب أجلًا قادمًا، مثلًا /plan edit 2 الأجل 31/12/2026.',
        ],
        guided: ['⚠️ يوم 15/01/2026 قد مضى. لم يتغيّر شيء في الإجراء 2.', 'اكتب أجلًا قادمًا، مثلًا 31/12/2026.'],
      },
    ],
  },
};

describe.each(['fr', 'ar'] as const)('a due date already gone, in %s', (locale) => {
  const c = cases[locale];
  const dues = async () => (await actions(c.team())).map((a) => a.dueDate?.toISOString().slice(0, 10) ?? null);

  it.each(c.list)('« $typed » in one line: refused, the action shown as it stays', async ({ typed, inLine }) => {
    await handle(text(c.who(), `/plan edit 2 ${c.field} 31/01/2027`));
    const reply = await handle(text(c.who(), `/plan edit 2 ${c.field} ${typed}`));
    expect(reply).toHaveLength(1);
    const lines = plain(reply).split('\n');
    expect(lines.slice(0, 2)).toEqual(inLine);
    expect(lines.slice(3, 7)).toEqual(c.as);
    // The refusal and the line before the action read right to left (the French title is the team's).
    const sent = reply.map((r) => ('text' in r ? r.text : '')).join('\n');
    if (locale === 'ar') expect(bidiProblems(sent.split('\n').slice(0, 4).join('\n'))).toEqual([]);
    expect(await dues()).toEqual([null, '2027-01-31']);
  });

  it.each(c.list)(
    '« $typed » in the guided edit: the same words, the due date asked again',
    async ({ typed, guided }) => {
      const list = lastChoices(await handle(text(c.who(), '/plan edit 2')));
      const asked = lastChoices(await handle(choice(c.who(), list.promptId, ['dueDate'])));
      const again = lastChoices(await handle(text(c.who(), typed)));
      expect(again.promptId).toBe(asked.promptId);
      const lines = bare(again.text).split('\n');
      expect(lines.slice(0, 2)).toEqual(guided);
      expect(lines[2]).toContain(c.ask);
      if (locale === 'ar') expect(bidiProblems(again.text)).toEqual([]);
      expect(await dues()).toEqual([null, '2027-01-31']);
      await handle(text(c.who(), locale === 'fr' ? 'annuler' : 'إلغاء'));
    },
  );

  it('the refusal is the same text on both paths but for the example', () => {
    for (const { inLine, guided } of c.list) expect(inLine[0]).toBe(guided[0]);
  });
});
