/**
 * The spaces that keep a number with its unit, and French quotes with their words, at the end of a line,
 * in every document (DOCX paragraphs and cells, XLSX cells): the knowledge pages and the answers write a
 * plain space there.
 */

/** A narrow no-break space, as numbers are grouped with ("3 000 000"). */
const NNBSP = '\u202f';
/** Units short enough to stay on the line of their number: signs, symbols, a few Arabic words. */
const UNIT = '%|‰|°|km|m²|m³|m|kg|t|h|min|DT|TND|د\\.ت|دينار|دنانير|ساعة|ساعات|يوم|أيام|دقيقة|دقائق|شهر|أشهر|كلم|كغ|طن';
const NUMBER_THEN_UNIT = new RegExp(`(\\d)[ \u00a0](?=(?:${UNIT})(?![\\p{L}\\p{N}]))`, 'gu');
/**
 * The text with every number bound to the sign or unit after it by a narrow no-break space, so a
 * line never ends between « 50 » and « % ».
 */
export function bindUnits(text: string): string {
  return text.replace(NUMBER_THEN_UNIT, `$1${NNBSP}`);
}

/**
 * Words that announce the number after them (a legal reference, a page, a rate, a time limit), in
 * French and in Arabic, the Arabic ones also after the conjunction و (« والفصل 85 »).
 */
const ANNOUNCING_FR =
  'articles?|art\\.|alinéas?|chapitres?|sections?|annexes?|n°|nº|décrets?|lois?|arrêtés?|circulaires?|pages?|p\\.|points?|axes?|indicateurs?';
const ANNOUNCING_AR =
  'و?(?:الفصل|الفصلين|الفصول|البند|الفقرة|عدد|سنة|لسنة|القانون|المرسوم|الأمر|القرار|المنشور|الصفحة|النقطة|المحور|المؤشر|المعيار|نسبة|بنسبة|أجل|مدة|لمدة)';
const WORD_THEN_NUMBER = new RegExp(`(?<![\\p{L}\\p{N}])((?:${ANNOUNCING_FR})|${ANNOUNCING_AR}) (?=\\d)`, 'giu');
/**
 * The text with a no-break space between a word that announces a number and that number (« article 85 »,
 * « n° 116 », « الفصل 68 »), so that a line never ends on the word with its number on the next one.
 * In Arabic documents, directionalRuns (bidi.ts) keeps such a number in the word's run: LibreOffice
 * ends a line where the direction changes, whatever space lies there.
 */
export function bindAnnounced(text: string): string {
  return text.replace(WORD_THEN_NUMBER, '$1\u00a0');
}

/**
 * « le label « Effective CAF User » » without a line ending right after « or right before ». Where the
 * quoted words change direction (French in Arabic), no space or joiner holds in LibreOffice: there,
 * directionalRuns (bidi.ts) puts the guillemets in the quoted words' run.
 */
export function bindQuotes(text: string): string {
  return text.replace(/«[ \u00a0](?=\S)/gu, `«${NNBSP}`).replace(/(?<=\S)[ \u00a0]»/gu, `${NNBSP}»`);
}

/**
 * In DOCX only, a word joiner after each hyphen of a number bound to the word announcing it or to an
 * opening guillemet (« n° 2014-1039 », « عدد 2014-1039 », « « 2014-1039 » », after keepTogether and
 * directionalRuns): LibreOffice ended lines there. Not in XLSX cells, which are searched and filtered by
 * the number as typed.
 */
export function joinBoundHyphens(text: string): string {
  return text.replace(/(?<=[\u00a0\u202f]\d[\d.,/\u200e-]*)-(?=\d)/gu, '-\u2060');
}

/**
 * French punctuation with a space before it (« ; », « ! », « ? ») kept on the line of the word before
 * it: the guide printed « … avec des homologues français » and, alone on the next line, « ; ». A narrow
 * no-break space, as French typography sets before these signs. In DOCX only: XLSX cells are searched
 * as typed, and the colon after a label keeps its plain space (tests and readers find « Clé : valeur »).
 */
export function bindPunctuation(text: string): string {
  return text.replace(/(?<=\S)[ \u00a0](?=[;!?](?!\S))/gu, NNBSP);
}

/** All bindings, as documents print text. */
export function keepTogether(text: string): string {
  return bindQuotes(bindAnnounced(bindUnits(text)));
}
