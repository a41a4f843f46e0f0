import type { CommandInfo, Context } from '../../core/context.ts';
import { communeName, teamName } from '../../core/commune.ts';
import { listSeparator, locales, type I18n, type Locale } from '../../core/i18n.ts';
import { smallTalk } from './small-talk.ts';
import { sayInTextLocale } from './say-in.ts';
import { wordReader, wordSet } from '../../core/command-words.ts';
import type { Command, Feature } from '../../core/router.ts';
import { sayCoordinatorStart } from './coordinator-start.ts';
import { personName } from '../../core/person-name.ts';
import { showSideList } from '../../core/side-list.ts';
import { phoneLines } from '../../core/phone-screen.ts';
import { nonTextHelp } from '../../core/non-text.ts';

const langPromptId = 'lang:pick';

/** The person's teams; a coordinator is told what they can do, and needs no invitation code to use the bot. */
function sayTeams(ctx: Context) {
  for (const team of ctx.person.teams) {
    const [name, commune] = [teamName(team, ctx.locale), communeName(team, ctx.locale)];
    // A team named after its commune is named once (« l'équipe Sfax », not « l'équipe Sfax (Sfax) »).
    if (name === commune) ctx.say('start-team-commune', { commune });
    else ctx.say('start-team', { team: name, commune });
  }
  if (ctx.hasRole('coordinator')) return sayCoordinatorStart(ctx);
  if (ctx.person.teams.length === 0) ctx.say('start-no-team');
}

export interface BasicsOptions {
  /** `/start <payload>` (a Telegram deep link, e.g. an invite code) is handed here after the welcome. */
  onStartPayload?: (ctx: Context, payload: string) => Promise<void>;
}

function startCommand(options: BasicsOptions): Command {
  return {
    name: 'start',
    access: 'anyone',
    help: 'cmd-start',
    run: async (ctx, args) => {
      ctx.say('start-welcome', { name: personName(ctx.person.displayName, ctx) });
      if (args && options.onStartPayload) return options.onStartPayload(ctx, args);
      sayTeams(ctx);
    },
  };
}

const arabicScript = /\p{Script=Arabic}/u;

/**
 * The commands' own words in the reader's language (« /آجال », « /echeances »), as the help lists
 * the commands: each is read like its Latin name, and typed without switching keyboards.
 */
function ownWords(commands: readonly CommandInfo[], locale: Locale): string[] {
  return commands
    .flatMap((c) => c.aliases?.find((a) => arabicScript.test(a) === (locale === 'ar')) ?? [])
    .map((a) => `/${a}`);
}

/** The words in a list, as many a line as one line of a phone holds, the list ending with a full stop. */
function phoneRows(words: readonly string[], separator: string): string[] {
  const rows: string[][] = [];
  for (const word of words) {
    const row = rows.at(-1);
    if (row && phoneLines(`${[...row, word].join(separator)}${separator.trim()}`) === 1) row.push(word);
    else rows.push([word]);
  }
  return rows.map((row, i) => row.join(separator) + (i < rows.length - 1 ? separator.trim() : '.'));
}

/** `/help coordinateur`, `/help منسق`: the coordinator's commands and their options. */
const coordinatorWord = wordSet(['coordinateur', 'coordinatrice', 'coordinator', 'coord', 'منسق', 'منسقة', 'تنسيق']);

/** Each command's help line, then (a blank line between) the commands' own words in the reader's language. */
function commandLines(ctx: Context, commands: readonly CommandInfo[]): string[] {
  const lines = commands.map((c) => ctx.t(c.help as string));
  const words = ownWords(commands, ctx.locale);
  if (words.length > 0) lines.push('', ctx.t('help-own-words'), ...phoneRows(words, listSeparator(ctx.locale)));
  return lines;
}

/**
 * /help: the commands everyone has; a coordinator is pointed to theirs (21 lines and their options,
 * too many for one phone screen beside the others), which `/help coordinateur` lists.
 */
const help: Command = {
  name: 'help',
  aliases: ['aide', 'مساعدة'],
  access: 'anyone',
  help: 'cmd-help',
  run: async (ctx, args) => {
    const described = ctx.available.filter((c) => c.help);
    const forCoordinators = described.filter((c) => c.access === 'coordinator');
    if (forCoordinators.length > 0 && args && coordinatorWord(args)) {
      const lines = [ctx.t('help-coordinator-title'), ...commandLines(ctx, forCoordinators)];
      return ctx.reply({ kind: 'text', text: lines.join('\n') });
    }
    const lines = [
      ctx.t('help-title'),
      ...commandLines(
        ctx,
        described.filter((c) => c.access !== 'coordinator'),
      ),
    ];
    if (forCoordinators.length > 0) lines.push('', ctx.t('help-coordinator-more'));
    lines.push('', ctx.t('help-footer'));
    ctx.reply({ kind: 'text', text: lines.join('\n') });
  },
};

const localeWord = wordReader<Locale>({
  ar: ['ar', 'arabe', 'arabic', 'عربي', 'عربية'],
  fr: ['fr', 'francais', 'french', 'فرنسي', 'فرنسية'],
});

/** Accepts "ar", "AR", "arabe", "العربية", "بالعربية", "fr", "français", "الفرنسية"... */
export function parseLocale(value: string): Locale | undefined {
  return localeWord(value);
}

async function switchTo(ctx: Context, locale: Locale) {
  await ctx.setLocale(locale);
  ctx.say('lang-changed');
}

const lang: Command = {
  name: 'lang',
  aliases: ['langue', 'لغة'],
  access: 'anyone',
  help: 'cmd-lang',
  run: async (ctx, args) => {
    if (!args) {
      return showSideList(ctx, {
        kind: 'choices',
        text: ctx.t('lang-prompt'),
        promptId: langPromptId,
        choices: locales.map((l) => ({ value: l, label: ctx.t(`lang-name-${l}`) })),
      });
    }
    const locale = parseLocale(args);
    if (!locale) return ctx.say('lang-invalid', { value: args });
    await switchTo(ctx, locale);
  },
};

/** /start, /help and /lang: present from day one, open to everyone. */
export function createBasicsFeature(options: BasicsOptions = {}): Feature {
  return {
    name: 'basics',
    commands: [startCommand(options), help, lang],
    choices: [
      {
        prefix: langPromptId,
        run: async (ctx, values) => {
          const locale = parseLocale(values[0] ?? '');
          if (!locale) return ctx.reply({ kind: 'notice', text: ctx.t('stale-choice') });
          ctx.answered(langPromptId);
          await switchTo(ctx, locale);
        },
      },
    ],
  };
}

/**
 * Free text no feature claimed: a greeting, thanks, an « ok » or a goodbye gets its own short reply
 * (in Arabic when written in Arabic, with `i18n` to say it), anything else a pointer to /help.
 * A message that is no text says what it was first.
 */
export async function fallbackReply(ctx: Context, i18n?: I18n): Promise<void> {
  // A voice note, a sticker, a location... outside any work in progress: what it was, and /help.
  if (ctx.message.kind === 'unsupported')
    return ctx.reply({ kind: 'text', text: nonTextHelp((key, args) => ctx.t(key, args), ctx.message.what) });
  const text = ctx.message.kind === 'text' ? ctx.message.text.trim().slice(0, 80) : '…';
  const talk = smallTalk(text);
  if (!talk) return ctx.say('fallback-text', { text });
  sayInTextLocale(ctx, i18n, `${talk}-reply`, (reader) => ({ name: personName(ctx.person.displayName, reader) }));
}
