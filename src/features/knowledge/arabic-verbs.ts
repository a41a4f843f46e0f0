// Arabic questions use verbs ("كيف نحفز الأعوان", "كيف نقيس الرضا") where the pages use their verbal
// nouns (تحفيز، قياس). A stemmer does not bridge derivation, so for a question word the base does
// not know, we try the usual verbal-noun patterns of its root and keep those the base knows.

/** Present-tense prefixes (we/he/she/you) and the future marker. */
const prefixes = /^(?:س?[نيتا])/;

/** Endings of a conjugated verb, outermost first: Tunisian negation (ما ...ش), object pronouns, then the subject. */
const negation = /ش$/;
const objects = /(?:هم|ها|كم|نا|ني|ه)$/;
const subjects = /(?:ون|وا|ين|ان|و)$/;

/** The verb's stems once its endings are off: نحفزوهم → حفز, ما نضيعوش → ضيع (MSA and Tunisian forms). */
function stemsOf(word: string): string[] {
  const bare = word.replace(prefixes, '');
  const out = new Set<string>();
  for (const a of [bare, bare.replace(negation, '')])
    for (const b of [a, a.replace(objects, '')]) for (const c of [b, b.replace(subjects, '')]) out.add(c);
  // The most stripped first: نرتبو is رتب + و before it is a four-letter رتبو.
  return [...out].filter((stem) => stem.length >= 3 && stem.length <= 5).sort((a, b) => a.length - b.length);
}

/**
 * Candidate verbal nouns of an imperfect verb, on normalised spelling (no hamza on alef, ه for ة):
 * نحفز → تحفيز (form II), نقيس → قياس (form I), نتعامل → تعامل (VI), نستعمل → استعمال (X)...
 * Tunisian endings come off first: نحفزوهم (we motivate them) → تحفيز.
 */
export function verbalNounCandidates(word: string): string[] {
  if (word.length < 4 || !prefixes.test(word)) return [];
  const out = new Set<string>();
  for (const stem of stemsOf(word)) {
    if (stem.length === 3) {
      const [a, b, c] = [...stem] as [string, string, string];
      out.add(`ت${a}${b}ي${c}`); // II: فعّل → تفعيل
      out.add(`${a}${b}ا${c}`); // I: فعال (قياس، كتاب)
      out.add(`${a}${b}ا${c}ه`); // I: فعالة (كتابة)
      out.add(`${a}${c === 'ي' ? 'ي' : b}${c}`); // hollow verbs: نقيس → قيس
      if (b === 'و' || b === 'ي') out.add(`${a}يا${c}ه`); // hollow verbs: نصوغ → صياغة
      // defective: نبني → بناء، نخفي → إخفاء، نغطي → تغطية
      if (c === 'ي' || c === 'و') out.add(`${a}${b}اء`).add(`ا${a}${b}اء`).add(`ت${a}${b}يه`);
      out.add(`ا${a}ت${b}ا${c}`); // VIII: افتعال (اختيار)
      out.add(`ا${a}${b}ا${c}`); // IV: افعال (اعلام)
    }
    if (stem.length === 4) {
      const [a, b, c, d] = [...stem] as [string, string, string, string];
      out.add(`ت${a}${b}${c}ي${d}`); // quadriliteral: نشخص → تشخيص
      if (b === 'ا') out.add(`م${stem}ه`); // III: نقارن → مقارنة، نتابع → متابعة
      if (a === 'س' && b === 'ت') out.add(`است${c}${d}ا${d}`); // X of a doubled root: نستعد → استعداد
    }
    if (stem.length === 5 && stem.startsWith('ست')) out.add(`ا${stem.slice(0, 4)}ا${stem.slice(4)}`); // X: استعمل → استعمال
    out.add(stem); // V, VI: تفعّل، تفاعل are their own verbal nouns (نتعامل → تعامل)
  }
  return [...out];
}
