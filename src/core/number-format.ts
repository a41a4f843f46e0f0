import { toAsciiDigits } from './text.ts';

/**
 * Numbers as the bot writes them, in French and in Arabic alike: Western digits, thousands grouped
 * by a narrow no-break space, a decimal comma ("3 000 000", "12,5"). It is the form the number
 * parser reads back without asking, so an example the bot gives can be sent back as it is.
 */
const formatter = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 3 });

export function formatNumber(value: number): string {
  return formatter.format(value);
}

/**
 * Figures typed with Arabic-Indic digits (« ١٫٥ ٪ », « ٢٢١٬٠٠٠ ») written as the bot writes every
 * figure: Western digits, a decimal comma, a narrow no-break space between thousands, « % ».
 */
export function westernFigures(text: string): string {
  return toAsciiDigits(text)
    .replace(/(\d)\u066B(?=\d)/g, '$1,')
    .replace(/(\d)\u066C(?=\d)/g, '$1\u202F')
    .replace(/\u066A/g, '%');
}
