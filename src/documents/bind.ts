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
 * « le label « Effective CAF User » » without a line ending right after « or right before ». Where the
 * quoted words change direction (French in Arabic), no space or joiner holds in LibreOffice: there,
 * directionalRuns (bidi.ts) puts the guillemets in the quoted words' run.
 */
export function bindQuotes(text: string): string {
  return text.replace(/«[ \u00a0](?=\S)/gu, `«${NNBSP}`).replace(/(?<=\S)[ \u00a0]»/gu, `${NNBSP}»`);
}

/** Both bindings, as documents print text. */
export function keepTogether(text: string): string {
  return bindQuotes(bindUnits(text));
}
