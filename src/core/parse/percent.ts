// A share typed with words around it: « presque tout, 90% », « تقريبا الكل، 90 % ». The words say
// the same thing as the number in another way; the number with its « % » is the answer.
import { foldText, toAsciiDigits } from '../text.ts';
import { numberToken } from './digits.ts';
import { parseNumber } from './number.ts';

/** Words that turn the number around (« pas 90% », « ماهوش 90% »): then the words are not a mere gloss. */
const negations = new Set(
  ['pas', 'non', 'jamais', 'loin', 'sauf', 'not', 'لا', 'ليس', 'ليست', 'مش', 'موش', 'ماهوش', 'ماهيش', 'غير', 'ما'].map(
    foldText,
  ),
);

/**
 * The one number of a text followed by « % » (or « ٪ »), when the rest is words only: no other
 * number and no negation. Null otherwise, so that the usual refusal stands.
 */
export function percentAmongWords(text: string): number | null {
  const typed = toAsciiDigits(text.normalize('NFC'));
  const tokens = [...typed.matchAll(numberToken)];
  const [token] = tokens;
  if (!token || tokens.length !== 1) return null;
  const end = token.index + token[0].length;
  const sign = /^\s*[%\u066a]/.exec(typed.slice(end));
  if (!sign) return null;
  const words = foldText(`${typed.slice(0, token.index)} ${typed.slice(end + sign[0].length)}`).split(' ');
  if (words.some((word) => negations.has(word))) return null;
  const read = parseNumber(`${token[0]}%`);
  return read.ok === true ? read.value : null;
}
