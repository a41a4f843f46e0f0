// Conjugated French verbs the stemmer leaves as typed: "résistent" stems to "resistent" while the
// pages say "résistance" and "résister" (both "resist"). Candidate forms, tried against the base.

/** Present, imperfect and subjunctive endings, longest first. */
const endings = ['issent', 'issons', 'issez', 'aient', 'ions', 'iez', 'ent', 'ons', 'ez', 'ait', 'ais'];

/**
 * Candidate forms of a conjugated French verb, on folded spelling (no accents), most likely first:
 * the infinitive in -er, -ir and -re, then the bare stem: "resistent" → resister, resistir, …
 */
export function infinitiveCandidates(word: string): string[] {
  const out: string[] = [];
  for (const ending of endings) {
    if (!word.endsWith(ending) || word.length - ending.length < 3) continue;
    const stem = word.slice(0, -ending.length);
    out.push(`${stem}er`, `${stem}ir`, `${stem}re`, stem);
  }
  return out;
}
