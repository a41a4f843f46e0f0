import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { FluentBundle, FluentResource, type FluentVariable } from '@fluent/bundle';

export const locales = ['fr', 'ar'] as const;
export type Locale = (typeof locales)[number];
export type MessageArgs = Record<string, FluentVariable>;

export const defaultLocalesDir = resolve(import.meta.dirname, '../locales');

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

/** Makes every line of an Arabic text start right-to-left; French text is returned unchanged. */
export function withDirection(locale: Locale, text: string): string {
  if (locale !== 'ar') return text;
  return text
    .split('\n')
    .map((line) => (line.trim() === '' || line.startsWith(RLM) ? line : RLM + line))
    .join('\n');
}

export interface I18n {
  t(locale: Locale, key: string, args?: MessageArgs): string;
  has(locale: Locale, key: string): boolean;
  keys(locale: Locale): string[];
}

/** Most formatted texts kept at once (then forgotten together). */
const maxFormatted = 5000;

/**
 * The key of a formatting, when its arguments are short strings and plain numbers (null otherwise:
 * not kept; a person's long text would only fill the memory).
 */
function memoKey(locale: Locale, key: string, args: MessageArgs | undefined): string | null {
  let id = `${locale}\u0000${key}`;
  if (args === undefined) return id;
  for (const name in args) {
    const value = args[name];
    if (typeof value === 'string' && value.length <= 80) id += `\u0000${name}\u0001${value}`;
    else if (typeof value === 'number' && Number.isFinite(value) && !Object.is(value, -0)) id += `\u0000${name}\u0002${value}`;
    else return null;
  }
  return id;
}

/**
 * Loads the Fluent catalogs (`<locale>.ftl`, plus any `<locale>/*.ftl` a feature adds).
 * Placeables are wrapped in Unicode isolation marks so a French name or a number inside an
 * Arabic sentence keeps its own order. A syntax error in a catalog stops the start.
 */
export function createI18n(dir = defaultLocalesDir): I18n {
  const bundles = new Map<Locale, FluentBundle>();
  for (const locale of locales) {
    const bundle = new FluentBundle(locale, { useIsolating: true });
    const files = [join(dir, `${locale}.ftl`)];
    try {
      files.push(...readdirSync(join(dir, locale)).filter((f) => f.endsWith('.ftl')).sort().map((f) => join(dir, locale, f)));
    } catch {
      // no per-feature catalogs for this locale
    }
    for (const file of files) {
      const errors = bundle.addResource(new FluentResource(readFileSync(file, 'utf8')));
      if (errors.length > 0) throw new Error(`${file}: ${errors.map((e) => e.message).join('; ')}`);
    }
    bundles.set(locale, bundle);
  }
  const bundleFor = (locale: Locale) => bundles.get(locale) as FluentBundle;
  // A message formats to the same text for the same arguments: the texts of recent calls with
  // plain arguments are kept (most messages are the same few lines: a question's place, hints).
  const formatted = new Map<string, string>();

  function format(locale: Locale, key: string, args: MessageArgs | undefined): string {
    const message = bundleFor(locale).getMessage(key) ?? bundleFor('fr').getMessage(key);
    if (!message?.value) return key;
    const errors: Error[] = [];
    return bundleFor(locale).formatPattern(message.value, args ?? null, errors);
  }

  return {
    t(locale, key, args) {
      const id = memoKey(locale, key, args);
      if (id === null) return format(locale, key, args);
      let text = formatted.get(id);
      if (text === undefined) {
        text = format(locale, key, args);
        if (formatted.size >= maxFormatted) formatted.clear();
        formatted.set(id, text);
      }
      return text;
    },
    has: (locale, key) => bundleFor(locale).hasMessage(key),
    keys: (locale) => [...bundleFor(locale)._messages.keys()],
  };
}
