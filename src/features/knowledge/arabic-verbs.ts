// Arabic questions use verbs ("كيف نحفز الأعوان", "كيف نقيس الرضا") where the pages use their verbal
// nouns (تحفيز، قياس). A stemmer does not bridge derivation, so for a question word the base does
// not know, we try the usual verbal-noun patterns of its root and keep those the base knows.

/** Present-tense prefixes (we/he/she/you) and the future marker. */
const prefixes = /^(?:س?[نيتا])/;

/**
 * Candidate verbal nouns of an imperfect verb, on normalised spelling (no hamza on alef, ه for ة):
 * نحفز → تحفيز (form II), نقيس → قياس (form I), نتعامل → تعامل (VI), نستعمل → استعمال (X)...
 */
export function verbalNounCandidates(word: string): string[] {
  if (word.length < 4 || !prefixes.test(word)) return [];
  const stem = word.replace(prefixes, '').replace(/(?:ون|وا|ين|ان)$/, '');
  const out = new Set<string>();
  if (stem.length === 3) {
    const [a, b, c] = [...stem] as [string, string, string];
    out.add(`ت${a}${b}ي${c}`); // II: فعّل → تفعيل
    out.add(`${a}${b}ا${c}`); // I: فعال (قياس، كتاب)
    out.add(`${a}${b}ا${c}ه`); // I: فعالة (كتابة)
    out.add(`${a}${c === 'ي' ? 'ي' : b}${c}`); // hollow verbs: نقيس → قيس
    out.add(`ا${a}ت${b}ا${c}`); // VIII: افتعال (اختيار)
    out.add(`ا${a}${b}ا${c}`); // IV: افعال (اعلام)
  }
  if (stem.length === 4) {
    const [a, b, c, d] = [...stem] as [string, string, string, string];
    out.add(`ت${a}${b}${c}ي${d}`); // quadriliteral: نشخص → تشخيص
  }
  if (stem.length === 5 && stem.startsWith('ست')) out.add(`ا${stem.slice(0, 4)}ا${stem.slice(4)}`); // X: استعمل → استعمال
  out.add(stem); // V, VI: تفعّل، تفاعل are their own verbal nouns (نتعامل → تعامل)
  return [...out];
}
