// The shape of a questionnaire file (knowledge/questionnaires/*.yaml) as zod checks it; what the
// checks cannot say alone (expressions, anchors, baselines) is checked when it is built (definitions.ts).
import { z } from 'zod';
import { unitIds } from './units.ts';

/** A text in both languages. */
const bilingual = z.object({ fr: z.string().trim().min(1), ar: z.string().trim().min(1) }).strict();
export type Bilingual = z.infer<typeof bilingual>;

/** A unit by its id (`minute`, `day`, `percent`…): its words and plural forms are in the catalogs. */
const unit = z.enum(unitIds, {
  error: (issue) =>
    issue.input === undefined
      ? 'a unit is needed'
      : `unknown unit ${JSON.stringify(issue.input)}: use one of ${unitIds.join(', ')}`,
});

const choice = z
  .object({
    value: z.string().regex(/^[a-z0-9_]+$/, 'choice values are snake_case ASCII'),
    label: bilingual,
    points: z.number().optional(),
    /** A multiple choice's "none of these" / "nothing measured": it cannot be ticked with another. */
    exclusive: z.boolean().optional(),
  })
  .strict();

/** What each level of a 1–5 scale means, so two teams rate alike. */
const anchor = z.object({ value: z.number().int(), label: bilingual }).strict();

const questionId = z.string().regex(/^q_[a-z0-9_]+$/, 'question ids look like q_snake_case');

const base = {
  id: questionId,
  label: bilingual,
  /** A few words for the review's one-line answers ("Nom du service"); else the label, shortened. */
  short: bilingual.optional(),
  help: bilingual.optional(),
  required: z.boolean().default(false),
  dimension: z.string().optional(),
  relevant: z.string().optional(),
  constraint: z.string().optional(),
  constraintMessage: bilingual.optional(),
};

export const question = z.discriminatedUnion('type', [
  z.object({ ...base, type: z.literal('single'), choices: z.array(choice).min(2) }).strict(),
  z.object({ ...base, type: z.literal('multiple'), choices: z.array(choice).min(2) }).strict(),
  z
    .object({
      ...base,
      type: z.literal('yesno'),
      points: z.object({ yes: z.number(), no: z.number() }).strict().optional(),
      /**
       * An "add another?" question: the name of the optional part a "yes" opens (the questions
       * whose `relevant` names this one), counted apart from the main questions.
       */
      opensExtra: bilingual.optional(),
    })
    .strict(),
  z
    .object({
      ...base,
      type: z.literal('scale'),
      min: z.number().int(),
      max: z.number().int(),
      /** One per level, min to max: what the level means. */
      anchors: z.array(anchor).min(2),
      reverse: z.boolean().default(false),
    })
    .strict(),
  z
    .object({
      ...base,
      /**
       * A measured value of the service (waiting time, share delivered the same day…): a number
       * or "not measured" / "not applicable", kept as a baseline; it earns no maturity points.
       */
      type: z.literal('indicator'),
      unit,
      /** Whether a lower or a higher value is the better one. */
      better: z.enum(['lower', 'higher']),
      min: z.number().default(0),
      max: z.number().optional(),
      integer: z.boolean().default(false),
      /** Ask where the value comes from (register or software, count during the immersion, estimate). */
      source: z.boolean().default(true),
      /**
       * A published reference to read the value against (a legal delay, a rule), with its source, as
       * the team's report shows it beside the value; absent where none is published.
       */
      reference: bilingual.optional(),
    })
    .strict(),
  z
    .object({
      ...base,
      type: z.literal('number'),
      min: z.number().optional(),
      max: z.number().optional(),
      integer: z.boolean().default(false),
      unit: unit.optional(),
    })
    .strict(),
  z.object({ ...base, type: z.literal('text'), maxLength: z.number().int().positive().default(200) }).strict(),
  z.object({ ...base, type: z.literal('longtext'), maxLength: z.number().int().positive().default(2000) }).strict(),
  z.object({ ...base, type: z.literal('date') }).strict(),
  z.object({ ...base, type: z.literal('photo') }).strict(),
  z.object({ ...base, type: z.literal('note') }).strict(),
]);

/**
 * An improvement lever, drafted into the plan only when the answers call for it (`when`), never
 * together with another of its `group`, and never twice in a team's plan (`id`).
 */
const lever = z
  .object({
    id: z.string().regex(/^[a-z0-9_]+$/, 'lever ids are snake_case ASCII'),
    when: z.string(),
    group: z.string().optional(),
    action: bilingual,
    indicator: bilingual,
    /** The indicator question whose measured value is the baseline of this action. */
    baseline: z.string().optional(),
    target: bilingual.optional(),
    /** quick_win: within 30 days, no budget; structural: for the next budget cycle. */
    kind: z.enum(['quick_win', 'structural']),
    impact: z.number().int().min(1).max(3),
    effort: z.number().int().min(1).max(3),
    /** Who usually leads it (a role); the team names the person. */
    owner: bilingual,
  })
  .strict();

/** A strength, said only when the answers support it. */
const strength = z.object({ when: z.string(), text: bilingual }).strict();

/** The team's own proposals, by question: they come first in the plan. */
export const teamAction = z
  .object({
    problem: z.string(),
    causes: z.string().optional(),
    /** The 5-whys answer: the root cause the team found. */
    rootCause: z.string().optional(),
    action: z.string(),
    owner: z.string().optional(),
    kind: z.string().optional(),
    indicator: z.string().optional(),
  })
  .strict();

export const questionnaireSchema = z
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
    /** A report filled again and again (one per mission): a submitted run is followed by a new one. */
    repeatable: z.boolean().default(false),
    maturityLevels: z.array(z.object({ min: z.number().min(0).max(100), label: bilingual }).strict()).default([]),
    dimensions: z
      .array(
        z
          .object({
            id: z.string(),
            label: bilingual,
            strengths: z.array(strength).default([]),
            levers: z.array(lever).default([]),
          })
          .strict(),
      )
      .default([]),
    teamActions: z.array(teamAction).default([]),
    /**
     * Questions an earlier version asked and this one no longer does: their ids are never given
     * to a new question (old answers would read as its answers), and the answers already stored
     * stay in the database but out of what people read (review, report, exports).
     */
    retired: z.array(questionId).default([]),
    sections: z
      .array(
        z
          .object({
            id: z.string(),
            title: bilingual,
            /** Skip logic for the whole section (e.g. the indicators of one service domain). */
            relevant: z.string().optional(),
            questions: z.array(question).min(1),
          })
          .strict(),
      )
      .min(1),
  })
  .strict();
