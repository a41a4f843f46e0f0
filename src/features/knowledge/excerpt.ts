// Passages readable on a phone: Markdown markup removed, trimmed around what the question asks.
import { analyze } from './analyze.ts';

/** Markdown → plain text a chat shows well: no emphasis marks, bullets as "•", tables as lines. */
export function plainText(markdown: string): string {
  return markdown
    .split('\n')
    .filter((line) => !/^\s*\|?\s*:?-{3,}/.test(line)) // table separator rows
    .map((line) =>
      line
        .replace(/^\s*\|(.*)\|\s*$/, (_, cells: string) =>
          cells
            .split('|')
            .map((c) => c.trim())
            .filter(Boolean)
            .join(' — '),
        )
        .replace(/^(\s*)[-*+]\s+/, '$1• ')
        .replace(/^>\s?/, '')
        .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
        .replace(/(\*\*|__)(.+?)\1/g, '$2')
        .replace(/(^|[\s(])[*_]([^*_\n]+)[*_](?=[\s).,;:!?]|$)/g, '$1$2')
        .replace(/`([^`]+)`/g, '$1'),
    )
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Cuts at the last sentence end (or word) before `max` characters, with an ellipsis. */
export function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max);
  const sentence = Math.max(
    head.lastIndexOf('. '),
    head.lastIndexOf('.\n'),
    head.lastIndexOf('؟ '),
    head.lastIndexOf('! '),
    head.lastIndexOf('؛ '),
  );
  if (sentence > max * 0.5) return `${head.slice(0, sentence + 1)} …`;
  const space = head.lastIndexOf(' ');
  return `${head.slice(0, space > max * 0.5 ? space : max).trimEnd()} …`;
}

/** A duration: a count of days, weeks, months, years or hours (« 45 jours », « 45 يومًا », « شهرين »). */
const duration =
  /(\d+|une?|deux|trois|quatre|cinq|six|sept|huit|dix|quinze|trente) (jours?|semaines?|mois|ans|années?|heures?)(?![\p{L}])|\d+ ?(يوم|أيام|ايام|أسبوع|أسابيع|شهر|أشهر|اشهر|سنة|سنوات|ساعة|ساعات)|(^|[^\p{L}])(يومين|أسبوعين|شهرين|سنتين|ساعتين)/iu;

/** A rate: a percentage (« 2 % », « 0,3% », « 11,7 بالمائة »). */
const rate = /\d+(?:[.,]\d+)? ?(%|بالمائة|في المائة)/u;

/**
 * The quantities a question may ask for by a word (« délai », « المدة »; « taux », « نسبة »), each
 * with what gives one. A rate is read with its sentence (`near`): a section on deadlines gives
 * durations of its subject, but one block gives rates of several things (a tax, its recovery).
 */
const quantities = [
  { words: new Set(analyze('délai délais durée أجل الأجل آجال الآجال مدة المدة')), given: duration, near: false },
  { words: new Set(analyze('taux pourcentage proportion نسبة النسبة معدل')), given: rate, near: true },
];

/**
 * How well a block answers the question: the distinct words of the question it says (a block
 * repeating « بلدية » four times says no more). A word asking for a quantity (a duration, a rate)
 * counts where one is given, whether or not the word is there, more when it is, and more in a
 * sentence saying what the question is about: « décidés dans le délai légal » of an indicator names
 * the deadline, « décision dans les 45 jours » gives it; for « taux de recouvrement de la TIB »,
 * « recouvrement national de la TIB d'environ 11,7 % » gives it better than « la TIB est égale à 2 % ».
 */
function blockScore(block: string, wanted: Set<string>): number {
  const said = new Set(analyze(block).filter((t) => wanted.has(t)));
  const about = [...wanted].filter((t) => !quantities.some((q) => q.words.has(t)));
  let score = [...said].filter((t) => about.includes(t)).length;
  for (const { words, given, near } of quantities) {
    const asked = [...wanted].filter((t) => words.has(t));
    if (asked.length === 0 || !given.test(block)) continue;
    score += 1 + (asked.some((t) => said.has(t)) ? 0.5 : 0);
    if (!near || about.length === 0) continue;
    // The sentence giving the quantity that says most of what the question is about.
    const closest = Math.max(
      ...block
        .split(/(?<=[.;!?؟؛])\s+/u)
        .filter((sentence) => given.test(sentence))
        .map((sentence) => new Set(analyze(sentence).filter((t) => about.includes(t))).size),
    );
    score += closest / about.length;
  }
  return score;
}

/**
 * The part of a passage that answers best, up to `max` chars: the whole section when it fits, its
 * beginning when the question asks for a list (steps, types), else blocks (paragraphs, list items)
 * from the one that answers best (see blockScore), with the sentence that introduces its list.
 */
export function excerpt(markdown: string, questionTokens: string[], max: number, fromStart = false): string {
  const blocks = plainText(markdown)
    .split(/\n+/)
    .map((b) => b.trim())
    .filter(Boolean);
  if (blocks.length === 0) return '';
  const wanted = new Set(questionTokens);
  const scores = blocks.map((b) => blockScore(b, wanted));
  const whole = blocks.join('\n').length <= max;
  let start = whole || fromStart ? 0 : scores.indexOf(Math.max(...scores));
  // A sentence that introduces a list (« service par service : ») says what the list is about; the
  // item that also answers (« État civil : non ») is what was asked.
  if (!whole && !fromStart) start = itemAnswering(blocks, start, wanted);
  // A list item is read with the sentence before its list (« Il repose sur : »): from there when
  // the item is in reach, else that sentence, « … » for the items passed over, then the item.
  const out: string[] = [];
  let length = 0;
  if (isItem(blocks[start])) {
    let first = start;
    while (first > 0 && isItem(blocks[first - 1]) && (blocks[first - 1] as string).length < 400) first--;
    const lead = first > 0 && (blocks[first - 1] as string).length < 400 ? first - 1 : first;
    if (blocks.slice(lead, start + 1).join('\n').length <= max) start = lead;
    else if (lead < first && (blocks[lead] as string).length + (blocks[start] as string).length + 4 <= max) {
      out.push(blocks[lead] as string, '…');
      length = (blocks[lead] as string).length + 3;
    }
  }
  for (let i = start; i < blocks.length; i++) {
    const block = blocks[i] as string;
    if (length + block.length > max) {
      if (i === start) {
        if (!leadsIn(block)) out.push(cut(block, max - length));
        break;
      }
      // A sentence that introduces a list none of whose items fit (« Elle aide à : ») says nothing.
      while (out.length > 0 && leadsIn(out.at(-1) as string)) out.pop();
      if (out.length > 0) out.push('…');
      break;
    }
    out.push(block);
    length += block.length + 1;
  }
  return out.join('\n');
}

/**
 * The list item, among those `lead` introduces, that answers best with words the lead does not
 * say (« prestataire » in the lead names the list, « légalisation » the item); `lead` when none does.
 */
function itemAnswering(blocks: string[], lead: number, wanted: Set<string>): number {
  if (!leadsIn(blocks[lead] as string)) return lead;
  const said = new Set(analyze(blocks[lead] as string));
  const rest = new Set([...wanted].filter((t) => !said.has(t)));
  let best = lead;
  let bestScore = 0;
  for (let i = lead + 1; isItem(blocks[i]); i++) {
    const score = blockScore(blocks[i] as string, rest);
    if (score > bestScore) [best, bestScore] = [i, score];
  }
  return best;
}

/** A list item: a bullet (« • ») or a numbered step (« 3. »). */
const isItem = (block: string | undefined) => block !== undefined && (block.startsWith('•') || /^\d+[.)]/.test(block));

/** A block that announces what follows (« Ses causes fréquentes : », « وهي تساعد على: »). */
const leadsIn = (block: string) => /[:：]\s*$/u.test(block);
