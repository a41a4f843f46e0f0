import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { FluentBundle, FluentNumber, FluentResource, type FluentFunction, type FluentVariable } from '@fluent/bundle';
import { formatNumber } from './number-format.ts';

export const locales = ['fr', 'ar'] as const;
export type Locale = (typeof locales)[number];
export type MessageArgs = Record<string, FluentVariable>;

/** What separates the items of a list: « a, b » in French, « a، b » in Arabic. */
export function listSeparator(locale: Locale): string {
  return locale === 'ar' ? '، ' : ', ';
}

export const defaultLocalesDir = resolve(import.meta.dirname, '../locales');

/**
 * A number argument written the same way in both languages ("3 000 000", "3,5"): Fluent would
 * format it for the bundle's locale, and Arabic gives "3,000,000", a form the parser reads as
 * ambiguous. Plural selection still sees the number (this is a FluentNumber).
 */
class ReadableNumber extends FluentNumber {
  override toString(): string {
    return formatNumber(this.value);
  }
}

const readable = (args: MessageArgs | undefined): MessageArgs | null => {
  if (!args) return null;
  const out: MessageArgs = {};
  for (const [name, value] of Object.entries(args))
    out[name] = typeof value === 'number' ? new ReadableNumber(value) : value;
  return out;
};

/** Right-to-left mark: starts a paragraph in RTL even when its first word is French or a number. */
const RLM = '\u200F';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/** "ar", "ar-TN" → ar; "fr-FR" → fr; anything else → undefined. */
export function localeFromLanguageCode(code: string | undefined | null): Locale | undefined {
  const base = code?.toLowerCase().split(/[-_]/)[0];
  return isLocale(base) ? base : undefined;
}

const arabicScript = /\p{Script=Arabic}/u;

/**
 * Makes every Arabic line of a text start right-to-left; French text is returned unchanged. A line
 * with Arabic in it gets a right-to-left start. A line without Arabic but with other letters is
 * French (an answer follows its question's language) and keeps its own direction: forced right to
 * left, its full stop and bullets land at the wrong ends. A line without any letter (numbers, a
 * « … » that ends a cut passage) is laid out as the last line before it that has letters or a
 * right-to-left start, right to left when there is none.
 */
export function withDirection(locale: Locale, text: string): string {
  if (locale !== 'ar') return text;
  let rightToLeft = true;
  return text
    .split('\n')
    .map((line) => {
      if (line.startsWith(RLM)) rightToLeft = true;
      else if (/\p{L}/u.test(line)) rightToLeft = arabicScript.test(line);
      return rightToLeft && line.trim() !== '' && !line.startsWith(RLM) ? RLM + line : line;
    })
    .join('\n');
}

/**
 * A choice's label in an Arabic reply. In an Arabic list (its question has Arabic in it) every line
 * of a label starts right-to-left, even one with no Arabic letter (a team « Sfax (sfax) », a cohort
 * « Pilotes 2025 »): it is a line of the Arabic list, laid out with the others. In a French list (a
 * French answer's rating in an Arabic chat), as any line of the reply (see withDirection).
 */
export function labelDirection(locale: Locale, question: string, label: string): string {
  if (locale !== 'ar' || !arabicScript.test(question)) return withDirection(locale, label);
  return label
    .split('\n')
    .map((line) => (line.trim() === '' || line.startsWith(RLM) ? line : RLM + line))
    .join('\n');
}

const LRI = '\u2066';
const PDI = '\u2069';
const placeable = '\u2068[^\u2066-\u2069]*\u2069';
/** A placeable holding others: a count given as a range (`{ $total }–{ $most }` in a select). */
const nested = `\u2068(?:${placeable}|[^\u2066-\u2069])*\u2069`;
const term = `(?:${placeable}|${nested}|\\d+)`;
/**
 * `{ $answered }/{ $total }`: two isolates around a slash are laid out right to left (51/1), and so
 * is a count whose total is a range (« 1/58–64 »).
 */
const fraction = new RegExp(`(?<!\u2066)${term}(?:/${term})+`, 'gu');
/**
 * `/plan edit <n>`, `/lang fr|ar`, `/results { $max }`, `و/help`, `/team arabe beja -`: a command's
 * Latin words (and a dash that is one of its arguments), not the Arabic ones after it; never a slash
 * inside a word, a date or an address.
 */
const word = `(?:[a-z0-9]+(?:\\|[a-z0-9]+)*|<n>|-(?![\\w-])|${placeable})`;
const command = new RegExp(`(?<![\\w/:.\\-\u2066])/[a-z][a-z0-9_]*(?: (?:\\| )?${word})*`, 'gu');

/**
 * Isolates left to right, in an Arabic message, the parts a reader takes in that order: a count or
 * score written with a slash (one isolate for the whole, so "1/51" keeps its order) and the Latin
 * part of a command, which otherwise shows its slash at the far end ("plan edit <n/"). What is
 * isolated already (a message placed inside another) is left as it is.
 */
export function isolateLeftToRight(text: string): string {
  return text
    .replace(fraction, (match) => (match.includes('\u2068') ? LRI + match + PDI : match))
    .replace(command, (match) => LRI + match + PDI);
}

/**
 * An optional part that resolves to nothing (`[0] {""}`) still gets its pair of isolation marks:
 * a pair with nothing inside does nothing for the layout, and would trail at the end of a line.
 */
function withoutEmptyIsolates(text: string): string {
  let out = text;
  while (out.includes('\u2068\u2069')) out = out.replaceAll('\u2068\u2069', '');
  return out;
}

/**
 * `TEAM_WORD($team)`: which word for "team" a team's name already starts with, so a message says
 * the name once (« l'Équipe de Béja », not « l'équipe Équipe de Béja »): `equipe` for « Équipe… »
 * (any case, with or without the accent), `fariq` for « فريق… » / « الفريق… », `other` otherwise.
 */
export function teamWord(name: string): 'equipe' | 'fariq' | 'other' {
  const start = name
    .trim()
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .toLowerCase();
  if (/^equipe(?!\p{L})/u.test(start)) return 'equipe';
  if (/^(?:ال)?فريق(?!\p{L})/u.test(start)) return 'fariq';
  return 'other';
}

const functions: Record<string, FluentFunction> = {
  TEAM_WORD: ([name]) => (typeof name === 'string' ? teamWord(name) : 'other'),
};

export interface I18n {
  /** The message `key`, or its attribute with `key.attribute` ("unit-minute.name"). */
  t(locale: Locale, key: string, args?: MessageArgs): string;
  has(locale: Locale, key: string): boolean;
  keys(locale: Locale): string[];
}

/**
 * Loads the Fluent catalogs (`<locale>.ftl`, plus any `<locale>/*.ftl` a feature adds).
 * Placeables are wrapped in Unicode isolation marks so a French name or a number inside an
 * Arabic sentence keeps its own order. A syntax error in a catalog stops the start.
 */
export function createI18n(dir = defaultLocalesDir): I18n {
  const bundles = new Map<Locale, FluentBundle>();
  const keys = new Map<Locale, string[]>();
  for (const locale of locales) {
    const bundle = new FluentBundle(locale, { useIsolating: true, functions });
    const files = [join(dir, `${locale}.ftl`)];
    try {
      files.push(
        ...readdirSync(join(dir, locale))
          .filter((f) => f.endsWith('.ftl'))
          .sort()
          .map((f) => join(dir, locale, f)),
      );
    } catch {
      // no per-feature catalogs for this locale
    }
    const ids: string[] = [];
    for (const file of files) {
      const resource = new FluentResource(readFileSync(file, 'utf8'));
      const errors = bundle.addResource(resource);
      if (errors.length > 0) throw new Error(`${file}: ${errors.map((e) => e.message).join('; ')}`);
      // Terms (-brand) are not messages a feature can ask for.
      ids.push(...resource.body.map((entry) => entry.id).filter((id) => !id.startsWith('-')));
    }
    keys.set(locale, ids);
    bundles.set(locale, bundle);
  }
  const bundleFor = (locale: Locale) => bundles.get(locale) as FluentBundle;

  return {
    t(locale, key, args) {
      const [id = key, attribute] = key.split('.');
      const bundle = bundleFor(locale).hasMessage(id) ? bundleFor(locale) : bundleFor('fr');
      const message = bundle.getMessage(id);
      const pattern = attribute === undefined ? message?.value : message?.attributes[attribute];
      if (!pattern) return key;
      const errors: Error[] = [];
      const text = withoutEmptyIsolates(bundle.formatPattern(pattern, readable(args), errors));
      return locale === 'ar' ? isolateLeftToRight(text) : text;
    },
    has: (locale, key) => bundleFor(locale).hasMessage(key.split('.')[0] ?? key),
    keys: (locale) => [...(keys.get(locale) ?? [])],
  };
}
