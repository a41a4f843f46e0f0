import { describe, expect, it } from 'vitest';
import { lastPrompt, parseNumberedReply, renderNumbered, typedAnswer } from '../../src/channels/numbered.ts';
import { toAsciiDigits } from '../../src/core/text.ts';

const single = { promptId: 'p', values: ['a', 'b', 'c'], multiple: false };
const multi = { ...single, multiple: true };

describe('parseNumberedReply', () => {
  it.each([
    ['2', single, ['b']],
    [' 3 ', single, ['c']],
    ['٢', single, ['b']],
    ['۳', single, ['c']],
    ['4', single, null],
    ['0', single, null],
    ['1,3', single, null],
    ['deux', single, null],
    ['1,3', multi, ['a', 'c']],
    ['1, 3 ,2', multi, ['a', 'c', 'b']],
    ['١،٣', multi, ['a', 'c']],
    ['1 1', multi, ['a']],
    ['1,9', multi, null],
  ] as const)('%s → %o', (input, prompt, expected) => {
    expect(parseNumberedReply(input, prompt)).toEqual(expected);
  });
});

describe('choices answered by a word', () => {
  const reminder = { promptId: 'rem:x', values: ['done', 'snooze'], multiple: false, keys: ['fait', 'plus tard'] };
  it.each([
    ['fait', ['done']],
    ['Fait', ['done']],
    ['« fait »', ['done']],
    ['plus  tard', ['snooze']],
    // A number typed for the question still open is not taken by the reminder.
    ['1', null],
    ['2', null],
    ['faire', null],
  ] as const)('%s → %o', (input, expected) => {
    expect(parseNumberedReply(input, reminder)).toEqual(expected);
  });

  it('keeps a key of signs as it is ("+" and "-" turn the review pages)', () => {
    const pages = { promptId: 'q:r:review', values: ['page:1', 'page:3'], multiple: false, keys: ['-', '+'] };
    expect(parseNumberedReply('+', pages)).toEqual(['page:3']);
    expect(parseNumberedReply(' - ', pages)).toEqual(['page:1']);
    expect(parseNumberedReply('3', pages)).toBeNull();
  });
});

describe('a reminder beside the list in progress', () => {
  const question = { promptId: 'q:r:domain', values: ['a', 'b', 'c'], multiple: false };
  const reminder = { promptId: 'rem:x', values: ['done', 'snooze'], multiple: false, keys: ['fait', 'plus tard'] };
  const open = { current: question, aside: reminder };
  it.each([
    ['2', { promptId: 'q:r:domain', values: ['b'] }],
    ['٣', { promptId: 'q:r:domain', values: ['c'] }],
    ['fait', { promptId: 'rem:x', values: ['done'] }],
    ['Plus tard', { promptId: 'rem:x', values: ['snooze'] }],
    ['1,3', null],
    ['bonjour', null],
  ] as const)('%s → %o', (input, expected) => {
    expect(typedAnswer(input, open)).toEqual(expected);
  });

  it('a list sent on its own without words never takes the numbers', () => {
    const numbered = { promptId: 'lang:pick', values: ['fr', 'ar'], multiple: false };
    expect(typedAnswer('2', { aside: numbered })).toBeNull();
    expect(typedAnswer('fait', { aside: reminder })).toEqual({ promptId: 'rem:x', values: ['done'] });
  });
});

describe('numbered rendering', () => {
  it('numbers choices and marks selected ones', () => {
    const text = renderNumbered({
      kind: 'choices',
      text: 'Q?',
      promptId: 'p',
      multiple: true,
      selected: ['y'],
      choices: [
        { value: 'x', label: 'X' },
        { value: 'y', label: 'Y' },
      ],
    });
    expect(text).toBe('Q?\n1. X\n2. Y ✅');
  });

  it('shows a choice whose key is its own label once, in quotes, without a number', () => {
    const message = {
      kind: 'choices',
      text: 'Q?',
      promptId: 'p',
      choices: [
        { value: 'not_measured', label: 'Non mesuré', key: 'Non mesuré' },
        { value: 'not_applicable', label: '\u200fلا ينطبق', key: 'لا ينطبق' },
      ],
    } as const;
    expect(renderNumbered({ ...message, choices: [...message.choices] })).toBe(
      'Q?\n« Non mesuré »\n\u200f« لا ينطبق »',
    );
    const prompt = lastPrompt([{ ...message, choices: [...message.choices] }]);
    if (!prompt) throw new Error('no prompt');
    // A typed number is left to the question (a measured value), the words pick the choice.
    expect(parseNumberedReply('1', prompt)).toBeNull();
    expect(parseNumberedReply('2', prompt)).toBeNull();
    expect(parseNumberedReply('non mesure', prompt)).toEqual(['not_measured']);
    expect(parseNumberedReply('لا ينطبق', prompt)).toEqual(['not_applicable']);
  });

  it('finds the last prompt of a batch', () => {
    expect(lastPrompt([{ kind: 'text', text: 'a' }])).toBeUndefined();
    expect(lastPrompt([{ kind: 'choices', text: 'q', promptId: 'z', choices: [{ value: 'v', label: 'V' }] }])).toEqual({
      promptId: 'z',
      values: ['v'],
      multiple: false,
    });
  });

  it('converts Arabic-Indic digits', () => {
    expect(toAsciiDigits('٠١٢٣٤٥٦٧٨٩ ۰۱۲۳۴۵۶۷۸۹')).toBe('0123456789 0123456789');
  });
});

describe('renderNumbered', () => {
  it('numbers a label that starts with its own number once (a scale level), in French and Arabic', () => {
    const text = renderNumbered({
      kind: 'choices',
      text: 'Niveau ?',
      promptId: 'p',
      choices: [
        { value: '1', label: '1 — Rien de prévu' },
        { value: '2', label: '\u200f2 — مخطَّط' },
        { value: '3', label: '20 agents' },
      ],
    });
    expect(text).toBe('Niveau ?\n1 — Rien de prévu\n\u200f2 — مخطَّط\n3. 20 agents');
  });

  it('puts the footer after the list, not between the question and its choices', () => {
    const text = renderNumbered({
      kind: 'choices',
      text: 'Question ?',
      promptId: 'p',
      choices: [{ value: 'a', label: 'Oui' }],
      footer: '? aide · /back retour',
    });
    expect(text).toBe('Question ?\n1. Oui\n\n? aide · /back retour');
  });
});
