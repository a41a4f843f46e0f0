// The names a coordinator gives a commune or a team: `Béja | باجة` is the French name, then the
// Arabic one.
import { isMostlyArabic } from '../../core/text.ts';

/** The separator between the French and the Arabic name in `/team add <code> Béja | باجة`. */
export const communeNamesSeparator = '|';

/** "Béja | باجة" → both names trimmed; `communeAr` is undefined when there is no separator. */
export function splitCommuneNames(text: string): { commune: string; communeAr?: string } {
  const at = text.indexOf(communeNamesSeparator);
  if (at < 0) return { commune: text.trim() };
  return { commune: text.slice(0, at).trim(), communeAr: text.slice(at + 1).trim() };
}

/** « القيروان | Kairouan »: the two names typed the other way round are taken in their order. */
export function frenchFirst(names: { commune: string; communeAr?: string }): { commune: string; communeAr?: string } {
  const { commune, communeAr } = names;
  if (communeAr && isMostlyArabic(commune) && !isMostlyArabic(communeAr) && /\p{L}/u.test(communeAr))
    return { commune: communeAr, communeAr: commune };
  return names;
}

/**
 * The Arabic name typed where the French one is expected, or undefined: « باجة » alone (or first,
 * « باجة | باجة »), or « | باجة » (the French name left empty before the separator).
 */
export function arabicNameAlone(name: string, nameAr: string | undefined): string | undefined {
  const alone = name || nameAr;
  return alone && isMostlyArabic(alone) ? alone : undefined;
}

const arabicLetter = /\p{Script=Arabic}/u;
const latinLetter = /\p{Script=Latin}/u;
/** The longest name a commune or a team is given, in characters. */
export const longestName = 60;

/**
 * Why a name cannot be an Arabic name (of a commune or a team), or null when it can: Arabic
 * letters, no Latin ones, not empty, not longer than a name.
 */
export function arabicNameProblem(name: string): 'empty' | 'invalid' | null {
  if (!name.trim()) return 'empty';
  if (!arabicLetter.test(name) || latinLetter.test(name) || name.length > longestName) return 'invalid';
  return null;
}

/** `/team arabe beja -`, `/team nom beja -`: a dash alone (the keyboard's, or a typographic one) clears the Arabic name. */
export function isClearMark(text: string): boolean {
  return /^[-‐–—]$/u.test(text.trim());
}
