// Checks on what a model wrote before anyone reads it: an answer must cite the passages it was
// given, by their numbers, and only those; and it must not repeat its instructions (a model that
// "obeyed" an injected question would print them).

/** Passage numbers cited as [1], [2, 3] or [1][3]; in order of first citation, without repeats. */
export function citedNumbers(reply: string): number[] {
  const numbers: number[] = [];
  for (const group of reply.matchAll(/\[(\d+(?:\s*[,،;–-]\s*\d+)*)\]/g)) {
    for (const n of (group[1] ?? '').split(/\s*[,،;–-]\s*/).map(Number)) if (!numbers.includes(n)) numbers.push(n);
  }
  return numbers;
}

export type GroundingProblem = 'no-citation' | 'unknown-citation' | 'prompt-echo';

/** Lower case, no spaces at all: a span is recognised whatever its case and line breaks. */
function squeeze(text: string): string {
  return text.toLowerCase().replace(/\s+/g, '');
}

/** Spans of this many squeezed characters shared with the instructions count as an echo. */
export const echoSpan = 40;

/** Quoted names in the instructions ("Management et amélioration…") are public: a reply may say them. */
const quoted = /"[^"\n]*"|«[^»\n]*»|“[^”\n]*”/g;

/**
 * Does the reply repeat a long span of the instructions? Quoted names in them, and spans also
 * found in the passages, are fair to repeat.
 */
export function echoesInstructions(reply: string, instructions: string, passages: string, span = echoSpan): boolean {
  const said = squeeze(reply);
  // A cut where a quoted name was, so that no window spans it.
  const secret = squeeze(instructions.replace(quoted, '\u0000'));
  if (said.length < span || secret.length < span) return false;
  const windows = new Set<string>();
  for (let i = 0; i + span <= secret.length; i++) windows.add(secret.slice(i, i + span));
  const material = squeeze(passages);
  for (let i = 0; i + span <= said.length; i++) {
    const window = said.slice(i, i + span);
    if (windows.has(window) && !material.includes(window)) return true;
  }
  return false;
}

/** What is wrong with a reply to `passageCount` numbered passages, if anything. */
export function groundingProblem(
  reply: string,
  passageCount: number,
  instructions: string,
  passages: string,
): GroundingProblem | undefined {
  if (echoesInstructions(reply, instructions, passages)) return 'prompt-echo';
  const cited = citedNumbers(reply);
  if (cited.length === 0) return 'no-citation';
  if (cited.some((n) => n < 1 || n > passageCount)) return 'unknown-citation';
  return undefined;
}
