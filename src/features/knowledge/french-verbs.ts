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

/**
 * A French verb as Tunisian conjugates it, in Latin letters: the « n » of « we » (or « I ») before
 * the French stem, an « i » after it, « w » or « ou » when several act: « nsuivi » (we follow),
 * « nevalui », « nmesuriw », « ncalculiou ». Candidate French forms, on folded spelling, to try
 * against the base: the infinitives in -er, -ir and -re (« mesurer », « remplir », « suivre »),
 * then the word without its Tunisian marks (« suivi », « rempli »). None for any other word.
 */
export function tunisianVerbCandidates(word: string): string[] {
  const match = /^n([a-z]{3,}i)(?:w|ou)?$/.exec(word);
  const bare = match?.[1];
  if (!bare) return [];
  const stem = bare.slice(0, -1);
  return [`${stem}er`, `${bare}r`, `${stem}re`, bare];
}
