import type { OutboundMessage } from '../../core/messages.ts';
import type { Locale } from '../../core/i18n.ts';
import type { Questionnaire } from './definitions.ts';
import type { RenderContext } from './render.ts';
import type { ActionItemInput } from './repository.ts';
import { progressBar, type Results } from './scoring.ts';

const dueInDays = { high: 30, medium: 60, low: 90 } as const;

/** Draft plan: the levers of the three weakest dimensions, with a due date by priority. */
export function draftPlan(q: Questionnaire, results: Results, locale: Locale, from: Date): ActionItemInput[] {
  return results.weakest.flatMap((id) => {
    const dimension = q.dimensions.find((d) => d.id === id);
    return (dimension?.levers ?? []).map((lever) => ({
      title: lever.action[locale],
      indicator: lever.indicator[locale],
      priority: lever.priority,
      dimensionId: id,
      owner: null,
      dueDate: new Date(
        Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate() + dueInDays[lever.priority]),
      ),
    }));
  });
}

export function renderResults(q: Questionnaire, results: Results, team: string, ctx: RenderContext): OutboundMessage {
  const label = (id: string) => q.dimensions.find((d) => d.id === id)?.label[ctx.locale] ?? id;
  const lines = [ctx.t('qn-results-title', { title: q.title[ctx.locale], team }), ''];
  for (const d of results.dimensions) {
    if (d.score === null || d.level === null) {
      lines.push(ctx.t('qn-results-not-assessed', { label: d.label[ctx.locale] }));
      continue;
    }
    const levelLabel = q.maturityLevels[d.level - 1]?.label[ctx.locale] ?? '';
    lines.push(
      `${progressBar(d.score / 100)} ${ctx.t('qn-results-line', { label: d.label[ctx.locale], score: d.score, level: d.level, levelLabel })}`,
    );
  }
  if (results.strengths.length > 0) {
    lines.push('', ctx.t('qn-results-strengths'));
    for (const id of results.strengths) {
      const strength = q.dimensions.find((d) => d.id === id)?.strength;
      lines.push(`✓ ${label(id)}${strength ? ` — ${strength[ctx.locale]}` : ''}`);
    }
  }
  if (results.weakest.length > 0) {
    lines.push('', ctx.t('qn-results-weakest'));
    for (const id of results.weakest) {
      lines.push(`• ${label(id)}`);
      for (const lever of q.dimensions.find((d) => d.id === id)?.levers ?? []) {
        lines.push(
          `  ${ctx.t('qn-results-lever', { action: lever.action[ctx.locale], indicator: lever.indicator[ctx.locale] })}`,
        );
      }
    }
  }
  return { kind: 'text', text: lines.join('\n') };
}
