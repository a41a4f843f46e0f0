// What people write that asks nothing: « Bonjour », « merci », « ok », « بالسلامة ». Each gets a short
// reply of its own rather than « je n'ai pas compris » or a knowledge search for a topic it lacks.
import { foldText } from '../../core/text.ts';

export type SmallTalk = 'greeting' | 'thanks' | 'ack' | 'bye';

const words: Record<SmallTalk, string[]> = {
  greeting: [
    'bonjour',
    'bonsoir',
    'salut',
    'hello',
    'salam',
    'salem',
    'slm',
    'aslema',
    'asslema',
    'ahla',
    'السلام عليكم',
    'سلام',
    'مرحبا',
    'أهلا',
    'اهلا',
    'عسلامة',
    'صباح الخير',
    'مساء الخير',
  ],
  thanks: [
    'merci',
    'merci beaucoup',
    'merci bien',
    'barcha merci',
    'mercii',
    'thanks',
    'thank you',
    'choukran',
    'chokran',
    'shukran',
    'yaatik saha',
    'ya3tik saha',
    '3aychek',
    'aychek',
    'شكرا',
    'شكرا جزيلا',
    'شكرا برشا',
    'يعطيك الصحة',
    'يعيشك',
    'عيشك',
    'بارك الله فيك',
  ],
  ack: [
    'ok',
    'okay',
    'oki',
    'dacc',
    'dac',
    'd accord',
    'entendu',
    'compris',
    'parfait',
    'tres bien',
    'bien',
    'super',
    'behi',
    'mrigel',
    'mriguel',
    'واضح',
    'باهي',
    'مريقل',
    'حسنا',
    'طيب',
    'تمام',
    'فهمت',
  ],
  bye: [
    'au revoir',
    'bonne journee',
    'bonne soiree',
    'bonne nuit',
    'a bientot',
    'a demain',
    'bye',
    'bslema',
    'beslema',
    'بالسلامة',
    'مع السلامة',
    'إلى اللقاء',
    'تصبح على خير',
    'نهارك زين',
  ],
};

const kinds = new Map<string, SmallTalk>();
for (const [kind, list] of Object.entries(words) as [SmallTalk, string[]][])
  for (const word of list) kinds.set(foldText(word), kind);

/** Emoji sent alone: a thumb or an « ok » hand agrees, joined hands thank. */
const emoji: [RegExp, SmallTalk][] = [
  [/^(?:👍|👌|✅|🆗)(?:\p{Emoji_Modifier})?$/u, 'ack'],
  [/^(?:🙏|❤|🌹)(?:\p{Emoji_Modifier})?$/u, 'thanks'],
];

/**
 * The kind of a message that only greets, thanks, agrees or takes leave (a name, « ! » or a second
 * such word allowed: « Bonjour Jawda ! », « ok merci »); undefined for anything else.
 */
export function smallTalk(text: string): SmallTalk | undefined {
  const trimmed = text.trim().replace(/\uFE0F/g, '');
  for (const [pattern, kind] of emoji) if (pattern.test(trimmed)) return kind;
  const folded = foldText(text).replace(/ (jawda|جوده|جودة)$/u, '');
  const whole = kinds.get(folded);
  if (whole) return whole;
  // « ok merci », « merci, bonne journée »: two of them, the last one said is answered.
  const parts = folded.split(' ');
  for (let i = 1; i < parts.length; i++) {
    const [first, second] = [kinds.get(parts.slice(0, i).join(' ')), kinds.get(parts.slice(i).join(' '))];
    if (first && second) return second === 'ack' ? first : second;
  }
  return undefined;
}
