// The references an answer ends with: from the page's `sources:` (laws with number and date,
// standards and clauses, programme-document sections), the one to three that fit the question and the section
// shown, so a participant can look them up; not only the page title.
import type { Locale } from '../../core/i18n.ts';
import { analyze } from './analyze.ts';
import { cut } from './excerpt.ts';
import type { Passage } from './retriever.ts';

/** At most this many references per page, each at most this long: the answer is read on a phone. */
const perPage = 3;
const maxLength = 170;

/** Between references: Arabic punctuation in Arabic text, never a French " ; ". */
export const referenceSeparator: Record<Locale, string> = { fr: ' ; ', ar: '؛ ' };

function tokenSet(text: string): Set<string> {
  return new Set(analyze(text));
}

/**
 * The page's references that fit best, in page order: each scored by the words it shares with the
 * question (most), the section heading, a number (law, clause, year) cited in the section, and a
 * little the section's other words. A reference that only shares body words is kept when nothing
 * fits better (the programme document, a book the section cites...).
 */
export function pickReferences(passage: Passage, limit = perPage): string[] {
  const { sources, queryTokens, headingPath } = passage.metadata;
  if (sources.length === 0) return [];
  const question = new Set(queryTokens);
  const heading = tokenSet(headingPath.slice(1).join(' '));
  const body = tokenSet(passage.pageContent);
  const scored = sources.map((source, index) => {
    let score = 0;
    let asked = 0;
    for (const token of tokenSet(source)) {
      if (question.has(token)) {
        score += 3;
        asked++;
      } else if (heading.has(token)) score += 2;
      else if (body.has(token)) score += 0.5;
    }
    // A number (law, clause, year) shared with the section is the reference a reader checks.
    for (const number of source.match(/\d+(?:[.-]\d+)+|\d{4,}/g) ?? [])
      if (passage.pageContent.includes(number)) score += 2;
    return { source, index, score, asked };
  });
  // Of references that fit as well, the one naming words of the question first.
  const ranked = [...scored].sort((a, b) => b.score - a.score || b.asked - a.asked || a.index - b.index);
  const best = ranked[0]?.score ?? 0;
  const strong = ranked.filter((s) => s.score >= 2 && s.score >= best / 2);
  const chosen = (strong.length > 0 ? strong : ranked.slice(0, 1)).slice(0, limit).sort((a, b) => a.index - b.index);
  return chosen.map((s) => cut(s.source, maxLength));
}

/**
 * One line of references for the pages of these passages (one group per page, first passage's
 * choice). With labels (an LLM answer's citation numbers), each group starts with its number and
 * page title, since such an answer shows no heading.
 */
export function referenceList(passages: Passage[], locale: Locale, labels?: Map<string, string>): string {
  const seen = new Set<string>();
  const groups: string[] = [];
  const pages = new Set(passages.map((p) => p.metadata.pageId)).size;
  for (const p of passages) {
    if (seen.has(p.metadata.pageId)) continue;
    seen.add(p.metadata.pageId);
    const refs = pickReferences(p, pages > 1 ? 2 : perPage);
    const label = labels?.get(p.metadata.pageId);
    const text = (refs.length > 0 ? refs : [p.metadata.title]).join(referenceSeparator[locale]);
    groups.push(label ? `${label} ${p.metadata.title} — ${text}` : text);
  }
  return groups.join(referenceSeparator[locale]);
}

/** When the facts of these pages were checked (the oldest date when several pages have one). */
export function checkedDate(passages: Passage[]): string | undefined {
  return passages
    .map((p) => p.metadata.checked)
    .filter((d): d is string => Boolean(d))
    .sort()
    .at(0);
}
