// The Unicode bidi paragraph rule (UAX #9, P2–P3) as a phone applies it to each line of a message:
// the first strong character, skipping what lies inside isolates, sets the line's direction.

const RLM = '\u200F';
const LRM = '\u200E';
const ALM = '\u061C';
const openers = new Set(['\u2066', '\u2067', '\u2068']); // LRI, RLI, FSI
const PDI = '\u2069';

const rtlScript = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}]/u;

/** 'rtl', 'ltr', or null when the line has no strong character outside isolates. */
export function paragraphDirection(line: string): 'rtl' | 'ltr' | null {
  let depth = 0;
  for (const ch of line) {
    if (openers.has(ch)) depth++;
    else if (ch === PDI) depth = Math.max(0, depth - 1);
    else if (depth > 0) continue;
    else if (ch === RLM || ch === ALM) return 'rtl';
    else if (ch === LRM) return 'ltr';
    else if (/\p{L}/u.test(ch)) return rtlScript.test(ch) ? 'rtl' : 'ltr';
  }
  return null;
}

/** Whether every isolate opened on the line is closed on it, and nothing is closed unopened. */
export function isolatesBalanced(line: string): boolean {
  let depth = 0;
  for (const ch of line) {
    if (openers.has(ch)) depth++;
    else if (ch === PDI && --depth < 0) return false;
  }
  return depth === 0;
}

/**
 * The lines of an Arabic screen a phone would lay out left to right, or with unbalanced
 * isolates; empty when all is well. Lines without any letter (a rule, a number) are neutral.
 */
export function bidiProblems(text: string): string[] {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .filter((line) => paragraphDirection(line) === 'ltr' || !isolatesBalanced(line));
}
