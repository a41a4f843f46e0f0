import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { loadQuestionnaires, QuestionnaireError } from '../../../src/features/questionnaires/definitions.ts';
import { defaultQuestionnairesDir } from '../../../src/features/questionnaires/index.ts';

const fixture = resolve(import.meta.dirname, '../../fixtures/questionnaires/mini.yaml');

type Doc = { sections: { questions: Record<string, unknown>[] }[] };
/** Question `i` of section `s` of a parsed fixture. */
const at = (d: Doc, s: number, i: number): Record<string, unknown> => d.sections[s]?.questions[i] ?? {};

/** Loads the fixture with one change applied, from a temp folder. */
function loadBroken(change: (doc: Doc) => void): unknown {
  const doc = parse(readFileSync(fixture, 'utf8')) as Doc;
  change(doc);
  const dir = mkdtempSync(join(tmpdir(), 'jawda-qn-'));
  writeFileSync(join(dir, 'broken.yaml'), stringify(doc));
  try {
    loadQuestionnaires(dir);
    return null;
  } catch (error) {
    return error;
  }
}

describe('questionnaire validation names the file, the question and the problem', () => {
  it.each([
    [
      'a reference to an unknown question',
      (d: Doc) => (at(d, 0, 3).relevant = "${q_nope} = 'x'"),
      /broken\.yaml: question q_contract: relevant refers to unknown question \$\{q_nope\}/,
    ],
    [
      'a reference to a later question',
      (d: Doc) => (at(d, 0, 1).relevant = '${q_staff} > 1'),
      /question q_mode: relevant refers to \$\{q_staff\}, which is not an earlier question/,
    ],
    [
      'an expression that does not parse',
      (d: Doc) => (at(d, 0, 3).relevant = '${q_mode} = '),
      /question q_contract: relevant .*unexpected end/,
    ],
    [
      'a missing Arabic label',
      (d: Doc) => delete (at(d, 0, 0).label as Record<string, string>).ar,
      /question q_name \(label\.ar\)/,
    ],
    ['an unknown type', (d: Doc) => (at(d, 0, 0).type = 'slider'), /question q_name/],
    [
      'a constraint without message',
      (d: Doc) => delete at(d, 0, 2).constraintMessage,
      /question q_staff: constraint needs a constraintMessage/,
    ],
    ['a duplicate id', (d: Doc) => (at(d, 1, 1).id = 'q_name'), /question q_name: duplicate question id/],
    ['an unknown dimension', (d: Doc) => (at(d, 1, 1).dimension = 'nope'), /question q_plan: unknown dimension "nope"/],
    [
      'points without a dimension',
      (d: Doc) => delete at(d, 1, 1).dimension,
      /question q_plan: a scored question needs a dimension/,
    ],
  ])('%s', (_name, change, message) => {
    const error = loadBroken(change);
    expect(error).toBeInstanceOf(QuestionnaireError);
    expect((error as Error).message).toMatch(message);
  });

  it('refuses invalid YAML with the file name', () => {
    const dir = mkdtempSync(join(tmpdir(), 'jawda-qn-'));
    writeFileSync(join(dir, 'bad.yaml'), 'id: [unclosed');
    expect(() => loadQuestionnaires(dir)).toThrow(/bad\.yaml: YAML/);
  });
});

describe('the questionnaires shipped in knowledge/questionnaires', () => {
  const list = loadQuestionnaires(defaultQuestionnairesDir);

  it('all validate, with the service diagnostic first', () => {
    expect(list.length).toBeGreaterThanOrEqual(1);
    expect(list[0]?.id).toBe('diagnostic-service');
  });

  it.each(list.map((q) => [q.id, q] as const))('%s has every text in French and Arabic', (_id, q) => {
    const texts = [q.title, ...q.sections.map((s) => s.title)];
    for (const question of q.questions) {
      texts.push(question.label);
      if (question.help) texts.push(question.help);
      if (question.constraintMessage) texts.push(question.constraintMessage);
      if (question.type === 'single' || question.type === 'multiple')
        texts.push(...question.choices.map((c) => c.label));
    }
    for (const d of q.dimensions) texts.push(d.label, ...d.levers.flatMap((l) => [l.action, l.indicator]));
    for (const t of texts) {
      expect(t.fr.trim().length).toBeGreaterThan(0);
      expect(t.ar).toMatch(/[\u0600-\u06FF]/);
    }
  });

  it('the service diagnostic is realistic: 50–70 questions, every type, scores in every dimension', () => {
    const q = list[0];
    if (!q) throw new Error('missing');
    expect(q.answerableCount).toBeGreaterThanOrEqual(50);
    expect(q.answerableCount).toBeLessThanOrEqual(70);
    const types = new Set(q.questions.map((x) => x.type));
    for (const t of ['single', 'multiple', 'yesno', 'scale', 'number', 'text', 'longtext', 'date', 'photo', 'note'])
      expect(types).toContain(t);
    for (const d of q.dimensions) {
      expect(q.questions.filter((x) => x.dimension === d.id).length, d.id).toBeGreaterThanOrEqual(3);
      expect(d.levers.length, d.id).toBeGreaterThanOrEqual(1);
    }
  });
});
