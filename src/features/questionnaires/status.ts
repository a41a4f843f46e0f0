import type { Context } from '../../core/context.ts';
import type { Questionnaire } from './definitions.ts';
import { evaluateRelevance, type Answers } from './engine.ts';
import { progress } from './render.ts';

/** Progress of a run: overall, by section, and who answered how many questions. */
export function showStatus(ctx: Context, q: Questionnaire, answers: Answers, today: string): void {
  const { relevant } = evaluateRelevance(q, answers, today);
  const overall = progress(q, answers, relevant);
  const lines = [ctx.t('qn-status-title', { title: q.title[ctx.locale], ...overall }), ''];
  for (const section of q.sections) {
    const applicable = section.questions.filter((x) => x.type !== 'note' && relevant.has(x.id));
    if (applicable.length === 0) continue;
    const answered = applicable.filter((x) => answers.has(x.id)).length;
    lines.push(ctx.t('qn-status-section', { section: section.title[ctx.locale], answered, total: applicable.length }));
  }
  const byAuthor = new Map<string, number>();
  for (const answer of answers.values()) {
    const name = answer.authorName ?? '?';
    byAuthor.set(name, (byAuthor.get(name) ?? 0) + 1);
  }
  if (byAuthor.size > 0) {
    lines.push('', ctx.t('qn-status-authors'));
    for (const [name, count] of [...byAuthor].sort((a, b) => b[1] - a[1]))
      lines.push(ctx.t('qn-status-author', { name, count }));
  }
  ctx.reply({ kind: 'text', text: lines.join('\n') });
}
