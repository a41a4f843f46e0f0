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
 * The direction a character at `index` is laid out in: that of the innermost isolate around it
 * (LRI, RLI, or an FSI by its own first strong character), else the line's.
 */
function directionAt(line: string, index: number): 'rtl' | 'ltr' {
  const open: number[] = [];
  for (let i = 0; i < index; i++) {
    const ch = line[i] as string;
    if (openers.has(ch)) open.push(i);
    else if (ch === PDI) open.pop();
  }
  const start = open.at(-1);
  if (start === undefined) return paragraphDirection(line) === 'rtl' ? 'rtl' : 'ltr';
  if (line[start] === '\u2066') return 'ltr';
  if (line[start] === '\u2067') return 'rtl';
  let depth = 0;
  let end = start + 1;
  for (; end < line.length; end++) {
    if (openers.has(line[end] as string)) depth++;
    else if (line[end] === PDI && depth-- === 0) break;
  }
  return paragraphDirection(line.slice(start + 1, end)) === 'rtl' ? 'rtl' : 'ltr';
}

/**
 * Counts ("1/51") and commands ("/plan edit <n>") a phone shows in the wrong order on this line.
 * A slash straight between digits joins them into one number (UAX #9, W4), shown as typed. With
 * isolates between (Fluent isolates each placeable) the slash is neutral: laid out right to left,
 * "1/51" shows "51/1", unless the isolate around it is left to right. Likewise the slash of a
 * command ends up at the far end ("plan edit <n/") unless the command sits in a left-to-right run.
 * (Strong Arabic letters inside that same left-to-right isolate are not considered: counts and
 * commands are isolated alone.)
 */
export function reversedRuns(line: string): string[] {
  const found: string[] = [];
  for (const m of line.matchAll(/\d+[\u2066-\u2069]*\/[\u2066-\u2069]*\d+/g)) {
    if (!/[\u2066-\u2069]/.test(m[0])) continue;
    const slash = m.index + m[0].indexOf('/');
    if (directionAt(line, slash) === 'rtl') found.push(m[0].replace(/[\u2066-\u2069]/g, ''));
  }
  for (const m of line.matchAll(/(?<![\w/:.-])\/[a-z][a-z_]*/g))
    if (directionAt(line, m.index) === 'rtl') found.push(m[0]);
  return found;
}

/**
 * The lines of an Arabic screen a phone would lay out left to right, with unbalanced isolates,
 * or with a count or command shown reversed; empty when all is well. Lines without any letter
 * (a rule, a number) are neutral.
 */
export function bidiProblems(text: string): string[] {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .filter((line) => paragraphDirection(line) === 'ltr' || !isolatesBalanced(line) || reversedRuns(line).length > 0);
}
