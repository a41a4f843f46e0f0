import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { ExpressionError, parseExpression, references, usesSelf, type Expr } from './expressions.ts';

/** A text in both languages. */
const bilingual = z.object({ fr: z.string().trim().min(1), ar: z.string().trim().min(1) }).strict();
export type Bilingual = z.infer<typeof bilingual>;

const choice = z
  .object({
    value: z.string().regex(/^[a-z0-9_]+$/, 'choice values are snake_case ASCII'),
    label: bilingual,
    points: z.number().optional(),
  })
  .strict();

const base = {
  id: z.string().regex(/^q_[a-z0-9_]+$/, 'question ids look like q_snake_case'),
  label: bilingual,
  help: bilingual.optional(),
  required: z.boolean().default(false),
  dimension: z.string().optional(),
  relevant: z.string().optional(),
  constraint: z.string().optional(),
  constraintMessage: bilingual.optional(),
};

const question = z.discriminatedUnion('type', [
  z.object({ ...base, type: z.literal('single'), choices: z.array(choice).min(2) }).strict(),
  z.object({ ...base, type: z.literal('multiple'), choices: z.array(choice).min(2) }).strict(),
  z
    .object({
      ...base,
      type: z.literal('yesno'),
      points: z.object({ yes: z.number(), no: z.number() }).strict().optional(),
    })
    .strict(),
  z
    .object({
      ...base,
      type: z.literal('scale'),
      min: z.number().int(),
      max: z.number().int(),
      minLabel: bilingual.optional(),
      maxLabel: bilingual.optional(),
      reverse: z.boolean().default(false),
    })
    .strict(),
  z
    .object({
      ...base,
      type: z.literal('number'),
      min: z.number().optional(),
      max: z.number().optional(),
      integer: z.boolean().default(false),
      unit: bilingual.optional(),
    })
    .strict(),
  z.object({ ...base, type: z.literal('text'), maxLength: z.number().int().positive().default(200) }).strict(),
  z.object({ ...base, type: z.literal('longtext'), maxLength: z.number().int().positive().default(2000) }).strict(),
  z.object({ ...base, type: z.literal('date') }).strict(),
  z.object({ ...base, type: z.literal('photo') }).strict(),
  z.object({ ...base, type: z.literal('note') }).strict(),
]);

const lever = z
  .object({ action: bilingual, indicator: bilingual, priority: z.enum(['high', 'medium', 'low']) })
  .strict();

const questionnaireSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    version: z.number().int().positive(),
    order: z.number().int(),
    title: bilingual,
    description: bilingual.optional(),
    estimatedMinutes: z.number().positive().optional(),
    scored: z.boolean().default(false),
    /** team: one shared run per team; person: each member answers alone (e.g. an evaluation). */
    scope: z.enum(['team', 'person']).default('team'),
    maturityLevels: z.array(z.object({ min: z.number().min(0).max(100), label: bilingual }).strict()).default([]),
    dimensions: z
      .array(
        z
          .object({
            id: z.string(),
            label: bilingual,
            strength: bilingual.optional(),
            levers: z.array(lever).default([]),
          })
          .strict(),
      )
      .default([]),
    sections: z
      .array(z.object({ id: z.string(), title: bilingual, questions: z.array(question).min(1) }).strict())
      .min(1),
  })
  .strict();

export type QuestionDef = z.infer<typeof question>;
export type QuestionType = QuestionDef['type'];
export type Dimension = z.infer<typeof questionnaireSchema>['dimensions'][number];

/** A question with its place and its parsed expressions. */
export type Question = QuestionDef & {
  index: number;
  sectionIndex: number;
  /** 1-based number among answerable questions (notes have none). */
  number: number | null;
  relevantExpr?: Expr;
  constraintExpr?: Expr;
};

export interface Questionnaire extends Omit<z.infer<typeof questionnaireSchema>, 'sections'> {
  file: string;
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

function compileExpression(
  file: string,
  q: QuestionDef,
  key: 'relevant' | 'constraint',
  earlier: Set<string>,
  all: Set<string>,
): Expr | undefined {
  const source = q[key];
  if (!source) return undefined;
  let expr: Expr;
  try {
    expr = parseExpression(source);
  } catch (error) {
    if (error instanceof ExpressionError)
      throw new QuestionnaireError(file, `question ${q.id}`, `${key} "${source}": ${error.message}`);
    throw error;
  }
  for (const ref of references(expr)) {
    if (!all.has(ref))
      throw new QuestionnaireError(file, `question ${q.id}`, `${key} refers to unknown question \${${ref}}`);
    if (!earlier.has(ref))
      throw new QuestionnaireError(
        file,
        `question ${q.id}`,
        `${key} refers to \${${ref}}, which is not an earlier question`,
      );
  }
  if (key === 'relevant' && usesSelf(expr))
    throw new QuestionnaireError(file, `question ${q.id}`, 'relevant cannot use "." (the answer is not given yet)');
  return expr;
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
  const all = new Set(def.sections.flatMap((s) => s.questions.map((q) => q.id)));
  const dimensionIds = new Set(def.dimensions.map((d) => d.id));
  const earlier = new Set<string>();
  const questions: Question[] = [];
  let number = 0;
  const sections = def.sections.map((section, sectionIndex) => ({
    ...section,
    questions: section.questions.map((q) => {
      if (earlier.has(q.id)) throw new QuestionnaireError(file, `question ${q.id}`, 'duplicate question id');
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
      const compiled: Question = {
        ...q,
        index: questions.length,
        sectionIndex,
        number: q.type === 'note' ? null : ++number,
        relevantExpr: compileExpression(file, q, 'relevant', earlier, all),
        constraintExpr: compileExpression(file, q, 'constraint', earlier, all),
      };
      if (q.type === 'photo') compiled.required = false;
      earlier.add(q.id);
      questions.push(compiled);
      return compiled;
    }),
  }));
  if (def.scored && def.maturityLevels.length === 0)
    throw new QuestionnaireError(file, 'maturityLevels', 'a scored questionnaire needs maturity levels');
  return { ...def, file, sections, questions, byId: new Map(questions.map((q) => [q.id, q])), answerableCount: number };
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
