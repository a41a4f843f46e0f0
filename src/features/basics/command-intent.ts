// « nheb nebda diagnostic », « je veux voir notre plan », « نحب نشوف التقرير »: someone asking in words
// for what a command does is pointed to that command, rather than sent a knowledge passage about
// the method. A question of method (« comment faire un plan d'action ? ») stays a question.
import { commandWord } from '../../core/command-words.ts';
import { canAccess, type Context } from '../../core/context.ts';
import type { I18n } from '../../core/i18n.ts';
import { sayInTextLocale } from './say-in.ts';

/** Words that ask to do or see something: start, go on, fill in, see, get; want. */
const doing = new Set(
  [
    'commencer',
    'demarrer',
    'lancer',
    'reprendre',
    'continuer',
    'remplir',
    'voir',
    'afficher',
    'consulter',
    'telecharger',
    'obtenir',
    'generer',
    'veux',
    'voudrais',
    'souhaite',
    'nheb',
    'n7eb',
    'nhebou',
    'n7ebou',
    'nebda',
    'nabda',
    'nebdaw',
    'nabdew',
    'nkamel',
    'nkammel',
    'nkamlou',
    'nchouf',
    'nchoufou',
    'n3abi',
    'ابدا',
    'نبدا',
    'نبداو',
    'بدء',
    'نكمل',
    'نكملو',
    'اكمال',
    'نواصل',
    'مواصله',
    'استئناف',
    'نعمر',
    'نعبي',
    'تعمير',
    'نشوف',
    'عرض',
    'اعرض',
    'نحب',
    'نحبو',
    'اريد',
    'نريد',
    'تحميل',
    'نحمل',
  ].map(commandWord),
);

/** Words that ask how, why or what: a question of method, for the knowledge base. */
const asking = new Set(
  [
    'comment',
    'pourquoi',
    'quoi',
    'quel',
    'quelle',
    'quels',
    'quelles',
    'kifech',
    'kifach',
    'kifeh',
    '3lech',
    'chnowa',
    'chnia',
    'كيف',
    'كيفاش',
    'علاش',
    'لماذا',
    'ما',
    'ماهو',
    'ماهي',
    'شنوه',
    'شنيه',
    'شنو',
    'متى',
    'وقتاش',
    'هل',
  ].map(commandWord),
);

/** What is asked for, by the command that gives it. */
const objects: [string, string[]][] = [
  ['diagnostic', ['diagnostic', 'questionnaire', 'تشخيص', 'استبيان', 'استماره']],
  ['plan', ['plan', 'خطه']],
  ['report', ['rapport', 'تقرير']],
  ['results', ['resultats', 'resultat', 'scores', 'score', 'نتائج', 'نتيجه']],
];
const commandOf = new Map(objects.flatMap(([command, words]) => words.map((w) => [commandWord(w), command] as const)));

/** The command a message asks for in words, or undefined (a question, or nothing a command gives). */
export function intendedCommand(text: string): string | undefined {
  if (text.includes('?') || text.includes('؟')) return undefined;
  const words = commandWord(text).split(' ');
  if (words.length > 7 || words.some((w) => asking.has(w)) || !words.some((w) => doing.has(w))) return undefined;
  const commands = new Set(words.flatMap((w) => commandOf.get(w) ?? []));
  // What is asked for ends the request: « voir le plan de formation » is another plan.
  const [command] = commands;
  return commands.size === 1 && words.slice(-2).some((w) => commandOf.get(w) === command) ? command : undefined;
}

/**
 * Points a message asking for a command's work to that command (its /help line); true when it did.
 * Someone not in a team is told how to join instead.
 */
export function pointToCommand(ctx: Context, i18n?: I18n): boolean {
  if (ctx.message.kind !== 'text') return false;
  const name = intendedCommand(ctx.message.text);
  if (!name) return false;
  const command = ctx.available.find((c) => c.name === name);
  if (command?.help) {
    const help = command.help;
    sayInTextLocale(ctx, i18n, 'intent-command', (reader) => ({ line: reader.t(help).split('\n')[0] ?? '' }));
    return true;
  }
  if (canAccess(ctx.person, 'member')) return false;
  sayInTextLocale(ctx, i18n, 'not-enrolled');
  return true;
}
