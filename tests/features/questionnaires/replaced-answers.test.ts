// Which of a person's answers teammates replaced, read from the run's answer log alone.
import { describe, expect, it } from 'vitest';
import type { LogEntry } from '../../../src/features/questionnaires/cursor.ts';
import { replacedAnswers } from '../../../src/features/questionnaires/teammates.ts';

const row = (seq: number, questionId: string, authorId: string, value: LogEntry['value']): LogEntry => ({
  seq,
  questionId,
  authorId,
  value,
});

describe('replacedAnswers', () => {
  it('gives my value and the one standing now, by its author, once per question', () => {
    const log = [row(1, 'a', 'me', 10), row(2, 'a', 'sami', 12), row(3, 'a', 'nadia', 14), row(4, 'b', 'me', 'x')];
    expect(replacedAnswers(log, 'me', 1)).toEqual([{ questionId: 'a', previous: 10, value: 14, authorId: 'nadia' }]);
  });

  it('says nothing of changes already read, put back to my value, answered again by me, or of others’ answers', () => {
    const log = [
      row(1, 'a', 'me', 10),
      row(2, 'a', 'sami', 12),
      row(3, 'b', 'me', 5),
      row(4, 'b', 'sami', 6),
      row(5, 'b', 'sami', 5),
      row(6, 'c', 'me', 1),
      row(7, 'c', 'sami', 2),
      row(8, 'c', 'me', 3),
      row(9, 'd', 'nadia', 1),
      row(10, 'd', 'sami', 2),
    ];
    expect(replacedAnswers(log, 'me', 2)).toEqual([]);
  });
});
