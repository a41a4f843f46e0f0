/** What the questionnaire flow is given, and the day and words a message is answered with. */
import type { Context } from '../../core/context.ts';
import { localDay } from '../../core/time.ts';
import type { Logger } from '../../logger.ts';
import type { Questionnaire } from './definitions.ts';
import type { RenderContext } from './render.ts';
import type { QuestionnaireRepository } from './repository.ts';

export interface RelatedPassage {
  pageId: string;
  title: string;
  excerpt: string;
}

export interface FlowDeps {
  repo: QuestionnaireRepository;
  byId: Map<string, Questionnaire>;
  now: () => Date;
  /** Zone of "today" in date questions and expressions (TIMEZONE). */
  timeZone: string;
  logger: Logger;
  onPlanChanged: (teamId: string) => Promise<void>;
  related?: (text: string, locale: 'fr' | 'ar', limit: number) => Promise<RelatedPassage[]>;
}

/** Today where the teams are (YYYY-MM-DD). */
export const todayOf = (deps: Pick<FlowDeps, 'now' | 'timeZone'>) => localDay(deps.now(), deps.timeZone);

export function renderContext(ctx: Context, deps: Pick<FlowDeps, 'now' | 'timeZone'>): RenderContext {
  return { locale: ctx.locale, t: (key, args) => ctx.t(key, args), today: todayOf(deps) };
}
