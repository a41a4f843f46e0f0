// The names a coordinator gives a commune: `Béja | باجة` is the French name, then the Arabic one.

/** The separator between the French and the Arabic name in `/team add <code> Béja | باجة`. */
export const communeNamesSeparator = '|';

/** "Béja | باجة" → both names trimmed; `communeAr` is undefined when there is no separator. */
export function splitCommuneNames(text: string): { commune: string; communeAr?: string } {
  const at = text.indexOf(communeNamesSeparator);
  if (at < 0) return { commune: text.trim() };
  return { commune: text.slice(0, at).trim(), communeAr: text.slice(at + 1).trim() };
}

const arabicLetter = /\p{Script=Arabic}/u;
const latinLetter = /\p{Script=Latin}/u;
const longest = 60;

/**
 * Why a name cannot be a commune's Arabic name, as the key of the message that says it; null when
 * it can: Arabic letters, no Latin ones, not empty, not longer than a name.
 */
export function arabicNameProblem(name: string): 'team-arabic-empty' | 'team-arabic-invalid' | null {
  if (!name.trim()) return 'team-arabic-empty';
  if (!arabicLetter.test(name) || latinLetter.test(name) || name.length > longest) return 'team-arabic-invalid';
  return null;
}

/** `/team arabe beja -`: a dash alone (the keyboard's, or a typographic one) clears the Arabic name. */
export function isClearMark(text: string): boolean {
  return /^[-‐–—]$/u.test(text.trim());
}
