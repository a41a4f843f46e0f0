// The answers of a submitted questionnaire as a report shows them: section by section, in a repeated
// report's outline (mission, study visit), or the quality system with its starting actions.
import { foldText } from '../../core/text.ts';
import type { Block, KeyValue, Section } from '../../documents/index.ts';
import type { AnswerValue } from './answers.ts';
import type { Questionnaire } from './definitions.ts';
import { evaluateRelevance, type Answers } from './relevance.ts';
import type { OutlinePart } from './report-kinds.ts';
import { formatAnswer, type RenderContext } from './render.ts';

export interface SubmittedRun {
  q: Questionnaire;
  answers: Answers;
  submittedAt: Date | null;
}

/** A text answer, trimmed; null when there is none. */
export const text = (answers: Answers, id: string | undefined): string | null => {
  const value = id ? answers.get(id)?.value : undefined;
  return typeof value === 'string' && value.trim() ? value.trim() : null;
};

/**
 * Every answered question of a questionnaire, section by section, as "label: answer" lines; the
 * label is the question's `short` (« Participants ») where it has one, else the question itself.
 */
export function answeredSections(
  run: SubmittedRun,
  ctx: RenderContext,
  level: 1 | 2 = 2,
  omit: ReadonlySet<string> = new Set(),
): Section[] {
  const line = answeredLine(run, ctx);
  return run.q.sections.flatMap((section) => {
    const items = section.questions.flatMap((question) => (omit.has(question.id) ? [] : line(question.id)));
    return items.length > 0
      ? [{ heading: section.title[ctx.locale], level, blocks: [{ type: 'keyValues', items }] }]
      : [];
  });
}

/** A question's "label: answer" line as a report shows it, or none (unanswered, not relevant, a note or a photo). */
function answeredLine(run: SubmittedRun, ctx: RenderContext): (id: string) => KeyValue[] {
  const { relevant } = evaluateRelevance(run.q, run.answers, ctx.today);
  return (id) => {
    const question = run.q.byId.get(id);
    const value: AnswerValue | null | undefined = run.answers.get(id)?.value;
    if (!question || question.type === 'note' || question.type === 'photo' || !relevant.has(id)) return [];
    if (value === undefined || value === null) return [];
    return [
      {
        key: question.short?.[ctx.locale] ?? question.label[ctx.locale].replace(/\s*[?؟:]\s*$/, ''),
        value: formatAnswer(question, value, ctx),
      },
    ];
  };
}

/** Blocks with each answer typed on several lines as one paragraph a line, and neighbouring "label: answer" lines as one list. */
function merged(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (const block of blocks) {
    const last = out[out.length - 1];
    if (block.type === 'paragraph')
      out.push(
        ...block.text
          .split('\n')
          .filter((l) => l.trim())
          .map((l): Block => ({ type: 'paragraph', text: l })),
      );
    else if (block.type === 'keyValues' && last?.type === 'keyValues') last.items.push(...block.items);
    else out.push(block);
  }
  return out;
}

/**
 * A repeated report (mission, study visit) in the parts of its outline, in the outline's order and
 * under its headings (« Résumé », « Constats », « Recommandations »…), whatever order the phone asked
 * them in; a part with nothing answered is left out. A question the outline does not name is not
 * lost: it follows, under the title of its section in the questionnaire.
 */
export function outlineSections(run: SubmittedRun, ctx: RenderContext, outline: readonly OutlinePart[]): Section[] {
  const line = answeredLine(run, ctx);
  const sections: Section[] = outline.flatMap((part) => {
    const heading = ctx.t(part.heading);
    const items = part.questions.flatMap(line);
    // An answer its heading already names (« Résumé », « Recommandations », « Difficultés rencontrées »
    // under « Difficultés ») is its text alone, a paragraph a line.
    const named = (key: string) =>
      foldText(key) === foldText(heading) || foldText(key).startsWith(`${foldText(heading)} `);
    const blocks: Block[] = items.map((item) =>
      named(item.key) ? { type: 'paragraph', text: item.value } : { type: 'keyValues', items: [item] },
    );
    return blocks.length > 0 ? [{ heading, level: 1, blocks: merged(blocks) }] : [];
  });
  return sections.concat(answeredSections(run, ctx, 1, new Set(outline.flatMap((part) => part.questions))));
}

/**
 * The quality system as answered, its starting actions told as actions (« Action de démarrage 1 :
 * … (action rapide) », the gap it closes, its owner) at the end of their part, instead of one line
 * a question asked in the chat (« Qui la pilote ? (une personne ou une fonction) : … », « Deuxième
 * action ? : Oui »).
 */
export function qualitySections(run: SubmittedRun, ctx: RenderContext): Section[] {
  const { relevant } = evaluateRelevance(run.q, run.answers, ctx.today);
  const omit = new Set<string>();
  for (const t of run.q.teamActions)
    for (const id of [t.problem, t.causes, t.rootCause, t.action, t.owner, t.kind, t.indicator]) if (id) omit.add(id);
  // The yes/no questions that only open the next action.
  for (const question of run.q.questions) if (question.type === 'yesno' && question.opensExtra) omit.add(question.id);
  const blocks: Block[] = [];
  let n = 0;
  for (const team of run.q.teamActions) {
    const action = relevant.has(team.action) ? text(run.answers, team.action) : null;
    if (!action) continue;
    n++;
    const kind = team.kind ? run.answers.get(team.kind)?.value : undefined;
    const kindText = kind === 'quick_win' || kind === 'structural' ? ` (${ctx.t(`doc-kind-${kind}`)})` : '';
    const items: KeyValue[] = [];
    const need = text(run.answers, team.problem);
    if (need) items.push({ key: ctx.t('doc-start-action-need'), value: need });
    const owner = text(run.answers, team.owner);
    if (owner) items.push({ key: ctx.t('doc-col-owner'), value: owner });
    blocks.push(
      { type: 'paragraph', text: ctx.t('doc-start-action-title', { n, action: action + kindText }), bold: true },
      { type: 'keyValues', items },
    );
  }
  const sections = answeredSections(run, ctx, 2, omit);
  if (blocks.length === 0) return sections;
  // At the end of the part that asks for them (« Démarrage du dispositif et premières actions »).
  const home = run.q.sections.find((section) => section.questions.some((q) => q.id === run.q.teamActions[0]?.action));
  const heading = home?.title[ctx.locale] ?? ctx.t('doc-first-action');
  const found = sections.find((section) => section.heading === heading);
  if (found) found.blocks.push(...blocks);
  else sections.push({ heading, level: 2, blocks });
  return sections;
}
