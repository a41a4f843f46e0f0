// Section-level sources declared by a page's author: a line `<!-- sources: 3, 5 -->` in a section
// gives the positions (1-based) of the page's `sources:` the section rests on. Ingest reads it off
// the section's text (it is never shown); the references an answer ends with are then exactly those.

const declaration = /^\s*<!--\s*sources\s*:(.*?)-->\s*$/i;

/**
 * The positions a line declares, as written (NaN for what is not a whole number), or undefined
 * when the line is no declaration.
 */
export function declaredPositions(line: string): number[] | undefined {
  const match = declaration.exec(line);
  if (!match) return undefined;
  return (match[1] ?? '')
    .split(',')
    .map((p) => p.trim())
    .map((p) => (/^\d+$/.test(p) ? Number(p) : Number.NaN));
}

/** What is wrong with positions declared for a page of `count` sources, else undefined. */
export function positionsProblem(positions: number[], count: number): string | undefined {
  if (positions.length === 0) return 'declares no source position';
  const wrong = positions.filter((p) => !Number.isInteger(p) || p < 1 || p > count);
  if (wrong.length === 0) return undefined;
  const shown = wrong.map((p) => (Number.isNaN(p) ? 'a non-number' : String(p))).join(', ');
  return `source position ${shown} out of range (the page lists ${count} source${count === 1 ? '' : 's'})`;
}

/**
 * The declared sources, in the page's order, each once, at most `limit`. When more are declared
 * than fit, those that fit the question best (`fit`, higher first; page order between equals): a
 * question on the fee of a signature legalisation cites the legalisation cards of its section, not
 * only the civil-status law that opens the list.
 */
export function declaredSources(
  sources: string[],
  positions: number[],
  limit: number,
  fit: (source: string) => number = () => 0,
): string[] {
  const unique = [...new Set(positions)].sort((a, b) => a - b);
  const kept =
    unique.length <= limit
      ? unique
      : unique
          .map((p) => ({ p, score: fit(sources[p - 1] ?? '') }))
          .sort((a, b) => b.score - a.score || a.p - b.p)
          .slice(0, limit)
          .map(({ p }) => p)
          .sort((a, b) => a - b);
  return kept.flatMap((p) => sources[p - 1] ?? []);
}
