import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { choiceKeys } from '../../core/parse/choice.ts';
import { ExpressionError, parseExpression, references, usesSelf, type Expr } from './expressions.ts';
import type { question, teamAction } from './schema.ts';
import { questionnaireSchema, type Bilingual } from './schema.ts';

export type { Bilingual };

export type QuestionDef = z.infer<typeof question>;
export type QuestionType = QuestionDef['type'];

/** A question with its place and its parsed expressions. */
export type Question = QuestionDef & {
  index: number;
  sectionIndex: number;
  /** 1-based number among answerable questions (notes have none). */
  number: number | null;
  relevantExpr?: Expr;
  /** Set on the questions of an optional part: the "add another?" question that opens it. */
  extraOf?: string;
  /** The section's own skip logic, which applies to every question in it. */
  sectionRelevantExpr?: Expr;
  constraintExpr?: Expr;
  /** A closed question's choices as typed text is compared with them (`choiceKeys` of `typedForms`). */
  choiceKeys?: string[][];
};

/** « I do not know », as a team says it: a `dont_know` choice, or « non mesuré » at a measure. */
export const dontKnowForms = [
  'je ne sais pas',
  'je sais pas',
  'on ne sait pas',
  'on sait pas',
  'pas connu',
  'لا أعرف',
  'لا ندري',
  'لا أدري',
  'غير معروف',
  'ما نعرفش',
];

/**
 * The forms a choice may be typed as: its French label, its Arabic label, its value; and for a
 * `dont_know` choice (« Personne ne sait »), the ways of saying « I do not know ».
 */
export const typedForms = (c: { label: Bilingual; value: string }) => [
  c.label.fr,
  c.label.ar,
  c.value,
  ...(c.value === 'dont_know' ? dontKnowForms : []),
];

type DimensionDef = z.infer<typeof questionnaireSchema>['dimensions'][number];
export type Lever = DimensionDef['levers'][number] & { whenExpr: Expr; dimensionId: string };
export type Strength = DimensionDef['strengths'][number] & { whenExpr: Expr };
export type TeamAction = z.infer<typeof teamAction>;

export interface Questionnaire extends Omit<z.infer<typeof questionnaireSchema>, 'sections' | 'dimensions'> {
  file: string;
  dimensions: (Omit<DimensionDef, 'levers' | 'strengths'> & { levers: Lever[]; strengths: Strength[] })[];
  sections: { id: string; title: Bilingual; questions: Question[] }[];
  /** Every question in order. */
  questions: Question[];
  byId: Map<string, Question>;
  answerableCount: number;
}

export class QuestionnaireError extends Error {
  constructor(file: string, where: string, problem: string) {
    super(`${file}: ${where}: ${problem}`);
    this.name = 'QuestionnaireError';
  }
}

/** True when a question can earn points (it then needs a dimension, and vice versa). */
export function isScorable(q: QuestionDef): boolean {
  if (q.type === 'single' || q.type === 'multiple') return q.choices.some((c) => c.points !== undefined);
  if (q.type === 'yesno') return q.points !== undefined;
  return q.type === 'scale' && q.dimension !== undefined;
}

/** Parses an expression of `where`; references must name `earlier` questions (of `all`). */
function compile(
  file: string,
  where: string,
  key: string,
  source: string,
  earlier: Set<string>,
  all: Set<string>,
): Expr {
  let expr: Expr;
  try {
    expr = parseExpression(source);
  } catch (error) {
    if (error instanceof ExpressionError)
      throw new QuestionnaireError(file, where, `${key} "${source}": ${error.message}`);
    throw error;
  }
  for (const ref of references(expr)) {
    if (!all.has(ref)) throw new QuestionnaireError(file, where, `${key} refers to unknown question \${${ref}}`);
    if (!earlier.has(ref))
      throw new QuestionnaireError(file, where, `${key} refers to \${${ref}}, which is not an earlier question`);
  }
  if (key !== 'constraint' && usesSelf(expr))
    throw new QuestionnaireError(file, where, `${key} cannot use "." (the answer is not given yet)`);
  return expr;
}

function compileExpression(
  file: string,
  q: QuestionDef,
  key: 'relevant' | 'constraint',
  earlier: Set<string>,
  all: Set<string>,
): Expr | undefined {
  const source = q[key];
  return source ? compile(file, `question ${q.id}`, key, source, earlier, all) : undefined;
}

/** The values an indicator takes besides a number. */
export const notMeasured = 'not_measured';
export const notApplicable = 'not_applicable';

/** The follow-up of an indicator: where its value comes from (asked only when a number was given). */
function sourceQuestion(q: Extract<QuestionDef, { type: 'indicator' }>): QuestionDef {
  return {
    id: `${q.id}_source`,
    type: 'single',
    required: true,
    // The indicator in quotes: many labels end with their own brackets (« … (ménages desservis) »),
    // which brackets around them would double on a phone.
    label: {
      fr: `D'où vient cette valeur : « ${q.label.fr.replace(/\s*[?:]\s*$/, '')} » ?`,
      ar: `من أين أُخذت هذه القيمة: « ${q.label.ar.replace(/\s*[؟?:]\s*$/, '')} »؟`,
    },
    // In the review it comes right under its value.
    short: { fr: 'Source de cette valeur', ar: 'مصدر هذه القيمة' },
    relevant: `\${${q.id}} != '' and \${${q.id}} != '${notMeasured}' and \${${q.id}} != '${notApplicable}'`,
    choices: [
      { value: 'register', label: { fr: 'Registre ou logiciel du service', ar: 'سجلّ المرفق أو منظومته الإعلامية' } },
      {
        value: 'immersion_count',
        label: { fr: "Comptage ou chronométrage pendant l'immersion", ar: 'عدّ أو توقيت أثناء المعايشة' },
      },
      { value: 'estimate', label: { fr: 'Estimation des agents', ar: 'تقدير الأعوان' } },
    ],
  };
}

/** Load-time checks of one question's own keys. */
function checkQuestion(file: string, q: QuestionDef): void {
  const where = `question ${q.id}`;
  if (q.type === 'scale') {
    const values = q.anchors.map((a) => a.value).sort((a, b) => a - b);
    const expected = Array.from({ length: q.max - q.min + 1 }, (_, i) => q.min + i);
    if (values.join() !== expected.join())
      throw new QuestionnaireError(file, where, `a scale needs one anchor per level, ${q.min} to ${q.max}`);
  }
  if (q.type === 'single' && q.choices.some((c) => c.exclusive))
    throw new QuestionnaireError(file, where, 'exclusive is for multiple choices only');
  if (q.type === 'multiple' && q.choices.every((c) => c.exclusive))
    throw new QuestionnaireError(file, where, 'a multiple choice cannot have only exclusive choices');
}

/** Validates one parsed YAML document; throws QuestionnaireError naming the file, question and problem. */
export function buildQuestionnaire(file: string, raw: unknown): Questionnaire {
  const parsed = questionnaireSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0] as z.core.$ZodIssue;
    const path = issue.path;
    let where = path.join('.') || 'file';
    if (path[0] === 'sections' && path[2] === 'questions' && typeof path[3] === 'number') {
      const rawQuestion = (raw as { sections?: { questions?: { id?: string }[] }[] }).sections?.[path[1] as number]
        ?.questions?.[path[3]];
      where = `question ${rawQuestion?.id ?? `#${path[3] + 1} of section ${String(path[1])}`}${path.length > 4 ? ` (${path.slice(4).join('.')})` : ''}`;
    }
    throw new QuestionnaireError(file, where, issue.message);
  }
  const def = parsed.data;
  // An indicator is followed by the question of its source.
  for (const section of def.sections) {
    section.questions = section.questions.flatMap((q) =>
      q.type === 'indicator' && q.source ? [q, sourceQuestion(q)] : [q],
    );
  }
  const all = new Set(def.sections.flatMap((s) => s.questions.map((q) => q.id)));
  const reused = def.retired.find((id) => all.has(id));
  if (reused)
    throw new QuestionnaireError(file, `question ${reused}`, 'this id is retired: give the new question another id');
  const dimensionIds = new Set(def.dimensions.map((d) => d.id));
  const earlier = new Set<string>();
  const questions: Question[] = [];
  let number = 0;
  const sections = def.sections.map((section, sectionIndex) => {
    const sectionRelevantExpr = section.relevant
      ? compile(file, `section ${section.id}`, 'relevant', section.relevant, earlier, all)
      : undefined;
    return {
      id: section.id,
      title: section.title,
      questions: section.questions.map((q) => {
        if (earlier.has(q.id)) throw new QuestionnaireError(file, `question ${q.id}`, 'duplicate question id');
        checkQuestion(file, q);
        if (q.constraint && !q.constraintMessage)
          throw new QuestionnaireError(file, `question ${q.id}`, 'constraint needs a constraintMessage');
        if (q.type === 'scale' && q.min >= q.max)
          throw new QuestionnaireError(file, `question ${q.id}`, 'scale min must be below max');
        if (q.dimension && !dimensionIds.has(q.dimension))
          throw new QuestionnaireError(file, `question ${q.id}`, `unknown dimension "${q.dimension}"`);
        if (def.scored && isScorable(q) && !q.dimension)
          throw new QuestionnaireError(file, `question ${q.id}`, 'a scored question needs a dimension');
        if (q.dimension && !isScorable(q))
          throw new QuestionnaireError(file, `question ${q.id}`, 'a question with a dimension must carry points');
        const relevantExpr = compileExpression(file, q, 'relevant', earlier, all);
        const extraOf = (relevantExpr ? references(relevantExpr) : []).find((id) => {
          const ref = questions.find((x) => x.id === id);
          return ref?.type === 'yesno' && ref.opensExtra !== undefined;
        });
        const compiled: Question = {
          ...q,
          index: questions.length,
          sectionIndex,
          number: q.type === 'note' ? null : ++number,
          relevantExpr,
          ...(extraOf ? { extraOf } : {}),
          ...(sectionRelevantExpr ? { sectionRelevantExpr } : {}),
          constraintExpr: compileExpression(file, q, 'constraint', earlier, all),
          ...(q.type === 'single' || q.type === 'multiple'
            ? { choiceKeys: choiceKeys(q.choices.map(typedForms)) }
            : {}),
        };
        if (q.type === 'photo') compiled.required = false;
        earlier.add(q.id);
        questions.push(compiled);
        return compiled;
      }),
    };
  });
  if (def.scored && def.maturityLevels.length === 0)
    throw new QuestionnaireError(file, 'maturityLevels', 'a scored questionnaire needs maturity levels');
  const byId = new Map(questions.map((q) => [q.id, q]));
  // Levers and strengths are decided once every answer is in: they may refer to any question.
  const dimensions = def.dimensions.map((d) => ({
    ...d,
    strengths: d.strengths.map((st, i) => ({
      ...st,
      whenExpr: compile(file, `dimension ${d.id} strength ${i + 1}`, 'when', st.when, all, all),
    })),
    levers: d.levers.map((lever) => {
      const where = `dimension ${d.id} lever ${lever.id}`;
      if (lever.baseline && byId.get(lever.baseline)?.type !== 'indicator')
        throw new QuestionnaireError(file, where, `baseline "${lever.baseline}" is not an indicator question`);
      return { ...lever, dimensionId: d.id, whenExpr: compile(file, where, 'when', lever.when, all, all) };
    }),
  }));
  const leverIds = dimensions.flatMap((d) => d.levers.map((l) => l.id));
  const twice = leverIds.find((id, i) => leverIds.indexOf(id) !== i);
  if (twice) throw new QuestionnaireError(file, `lever ${twice}`, 'duplicate lever id');
  for (const [i, team] of def.teamActions.entries()) {
    for (const [key, id] of Object.entries(team)) {
      if (!byId.has(id))
        throw new QuestionnaireError(file, `teamActions ${i + 1}`, `${key} names unknown question "${id}"`);
    }
  }
  return { ...def, dimensions, file, sections, questions, byId, answerableCount: number };
}

/** Loads and validates every `*.yaml` in a folder, sorted by `order`; one broken file stops the load. */
export function loadQuestionnaires(dir: string): Questionnaire[] {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.yaml') || f.endsWith('.yml'))
    .sort();
  const list = files.map((f) => {
    let raw: unknown;
    try {
      raw = parseYaml(readFileSync(join(dir, f), 'utf8'));
    } catch (error) {
      throw new QuestionnaireError(basename(f), 'YAML', (error as Error).message.split('\n')[0] ?? 'invalid YAML');
    }
    return buildQuestionnaire(basename(f), raw);
  });
  const ids = new Set<string>();
  for (const q of list) {
    if (ids.has(q.id)) throw new QuestionnaireError(q.file, 'id', `questionnaire id "${q.id}" is used twice`);
    ids.add(q.id);
  }
  return list.sort((a, b) => a.order - b.order);
}
