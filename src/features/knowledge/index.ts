// Knowledge feature: /ask and free text are questions to the training content; answers end with
// their sources and a 👍/👎 prompt; /questions lists what the base could not answer.
import type { Context } from '../../core/context.ts';
import { withDirection, type Locale } from '../../core/i18n.ts';
import { toAsciiDigits } from '../../core/text.ts';
import type { Command, Feature } from '../../core/router.ts';
import { fallbackReply } from '../basics/index.ts';
import { smallTalk } from '../basics/small-talk.ts';
import { analyze } from './analyze.ts';
import { createQuestionsCommand, createRatingHandler, logQuestion, ratingPrefix } from './feedback.ts';
import { createKnowledgeService, type KnowledgeDeps, type KnowledgeService } from './service.ts';

export type { KnowledgeDeps, KnowledgeService, RelatedPassage } from './service.ts';
export type { Answer } from './answer.ts';

const frenchWords =
  /(^|[^\p{L}])(le|la|les|des|du|de|une?|est|quoi|koi|ckoi|comment|cmt|quel(le)?s?|kel(le)?s?|pourquoi|pour|que|qui|et|en|dans|sur|avec|c'est|faut|exactement)(?=$|[^\p{L}])/iu;

/**
 * The language to answer in: the question's own when it is clear (Arabic letters, or French
 * words), else the person's (Tunisian typed in Latin letters, a bare keyword...). Arabic words
 * with no French one beside them are Arabic, however long the Latin terms they name.
 */
export function questionLocale(text: string, fallback: Locale): Locale {
  const arabic = (text.match(/[\u0600-\u06FF]/g) ?? []).length;
  const latin = (text.match(/[A-Za-zÀ-ÿ]/g) ?? []).length;
  if (arabic > latin) return 'ar';
  if (latin > 0 && frenchWords.test(text)) return 'fr';
  // « شنوة PDCA », « ISO 9001 شنية »: Arabic around a Latin acronym or term is an Arabic question.
  if (arabic > 0) return 'ar';
  return fallback;
}

export interface KnowledgeFeature {
  feature: Feature;
  service: KnowledgeService;
  /** For the router's free-text fallback: a question, or the basic fallback when there is none. */
  fallback: (ctx: Context) => Promise<void>;
}

export function createKnowledgeFeature(deps: KnowledgeDeps): KnowledgeFeature {
  const service = createKnowledgeService(deps);
  const { db } = deps;

  async function ask(ctx: Context, question: string) {
    const locale = questionLocale(question, ctx.locale);
    const answer = await service.answer(question, locale);
    // Off-topic, injection-like or empty: refused, and on nobody's list (not a methodology question).
    if (answer.mode === 'declined') return ctx.reply({ kind: 'text', text: withDirection(answer.locale, answer.text) });
    const logId = await logQuestion(db, ctx.person.id, question, answer);
    ctx.reply({ kind: 'text', text: withDirection(answer.locale, answer.text) });
    // "Not covered" has nothing to rate: it is already on the coordinators' list. In the middle of
    // a questionnaire no rating is asked: the question comes back, and its answer must not rate this.
    if (answer.mode === 'none' || ctx.busy) return;
    // In the answer's language (an Arabic question may come from someone whose setting is French).
    const t = (key: string) => withDirection(answer.locale, deps.i18n.t(answer.locale, key));
    ctx.reply({
      kind: 'choices',
      text: t('kb-rate-prompt'),
      promptId: `${ratingPrefix}${logId}`,
      choices: [
        { value: 'up', label: t('kb-rate-up') },
        { value: 'down', label: t('kb-rate-down') },
      ],
    });
  }

  const askCommand: Command = {
    name: 'ask',
    aliases: ['سؤال'],
    access: 'anyone',
    help: 'cmd-ask',
    run: async (ctx, args) => {
      if (analyze(args).length === 0) return ctx.say('kb-ask-usage');
      await ask(ctx, args);
    },
  };

  return {
    service,
    feature: {
      name: 'knowledge',
      commands: [askCommand, createQuestionsCommand(db)],
      choices: [createRatingHandler(db)],
    },
    fallback: async (ctx) => {
      const text = ctx.message.kind === 'text' ? ctx.message.text.trim() : '';
      // Greetings, thanks and empty messages carry no topic: the basic pointer to /help fits better.
      if (smallTalk(text) || analyze(text).length === 0) return fallbackReply(ctx, deps.i18n);
      // « 1 », « 2,5 »: a choice typed when no list waits for one (after /status, /pause…), not a
      // topic (« 4 » would find Bass's four I's). Longer numbers may be one (« 9001 »).
      if (/^\d{1,2}(?:\s*[,،]\s*\d{1,2})*$/.test(toAsciiDigits(text))) return ctx.say('number-without-list', { text });
      await ask(ctx, text);
    },
  };
}
