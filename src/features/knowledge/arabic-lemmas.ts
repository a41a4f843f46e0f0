// Arabic broken plurals and common spelling variants, folded to one singular before stemming: a
// light stemmer removes affixes but cannot turn الشكاوى into شكوى or الشبابيك into شباك, so a page
// saying one and a question saying the other would share no token. Keys and values are in the
// normalised spelling of analysis (ا for أ/إ/آ, ه for ة, ي for ى and ئ, و for ؤ), without article.
// Synonyms (موظف/عون, توقعات/انتظارات) are not here: they are the glossary's.
import { normalizeArabic } from '../../core/text.ts';

const pairs: Array<[string, string]> = [
  // complaints, counters, queues, files
  ['شكاوي', 'شكوي'],
  ['شكايه', 'شكوي'],
  ['شكايات', 'شكوي'],
  ['تشكيات', 'شكوي'],
  ['تظلمات', 'تظلم'],
  ['شبابيك', 'شباك'],
  ['طوابير', 'طابور'],
  ['مطالب', 'مطلب'],
  ['وثايق', 'وثيقه'],
  ['دفاتر', 'دفتر'],
  ['سجلات', 'سجل'],
  ['مكاتب', 'مكتب'],
  // funding: « من يموّل البرنامج؟ », « تموّله الوكالة », « بتمويل من »
  ['يمول', 'تمويل'],
  ['يموله', 'تمويل'],
  ['تمول', 'تمويل'],
  ['تموله', 'تمويل'],
  ['ممول', 'تمويل'],
  // services, people, roles
  ['مرافق', 'مرفق'],
  ['مصالح', 'مصلحه'],
  ['اعوان', 'عون'],
  ['اشخاص', 'شخص'],
  ['مهام', 'مهمه'],
  ['ادوار', 'دور'],
  ['اسواق', 'سوق'],
  ['رخص', 'رخصه'],
  // method words
  ['مشاكل', 'مشكل'],
  ['مشكله', 'مشكل'],
  ['اسباب', 'سبب'],
  ['حلول', 'حل'],
  ['اخطاء', 'خطا'],
  ['اهداف', 'هدف'],
  ['مشاريع', 'مشروع'],
  ['معايير', 'معيار'],
  ['مبادي', 'مبدا'],
  ['ادوات', 'اداه'],
  ['نتايج', 'نتيجه'],
  ['مراحل', 'مرحله'],
  ['انواع', 'نوع'],
  ['اصناف', 'صنف'],
  ['انماط', 'نمط'],
  ['عناصر', 'عنصر'],
  ['اساليب', 'اسلوب'],
  ['طرق', 'طريقه'],
  ['وسايل', 'وسيله'],
  ['موارد', 'مورد'],
  ['مقاييس', 'مقياس'],
  ['مفاهيم', 'مفهوم'],
  ['نماذج', 'نموذج'],
  ['برامج', 'برنامج'],
  ['محاور', 'محور'],
  ['ملاحق', 'ملحق'],
  ['بنود', 'بند'],
  ['الوان', 'لون'],
  ['شروط', 'شرط'],
  ['قواعد', 'قاعده'],
  ['قوانين', 'قانون'],
  ['نصوص', 'نص'],
  ['فصول', 'فصل'],
  ['حقوق', 'حق'],
  ['عيوب', 'عيب'],
  ['مزايا', 'ميزه'],
  ['فرص', 'فرصه'],
  ['حوافز', 'حافز'],
  ['اسيله', 'سوال'],
  ['اعمال', 'عمل'],
  ['افكار', 'فكره'],
  ['تجارب', 'تجربه'],
  ['دروس', 'درس'],
  ['ايام', 'يوم'],
  ['اشهر', 'شهر'],
  ['شهور', 'شهر'],
  ['اجال', 'اجل'],
  // spelling variants of one word
  ['تكلفه', 'كلفه'],
  // certification (الإشهاد) is asked for as a certificate (شهادة)
  ['اشهاد', 'شهاده'],
  // effectiveness is written الفعالية as often as الفاعلية (the glossary's)
  ['فعاليه', 'فاعليه'],
  ['فوايد', 'فايده'],
  // involving (إشراك), as Tunisian administrations write it (تشريك), and its verb, which the stemmer
  // would read as نشر (publishing)
  ['تشريك', 'اشراك'],
  ['نشرك', 'اشراك'],
  // Tunisian verbs: waiting (يستناو) and reducing (نقصو), as the pages' nouns
  ['يستناو', 'انتظار'],
  ['نستناو', 'انتظار'],
  ['يستني', 'انتظار'],
  ['نستني', 'انتظار'],
  ['يستنا', 'انتظار'],
  ['نقصو', 'تقليص'],
  ['ننقصو', 'تقليص'],
  // Tunisian nouns for the pages' words: the day (النهار), the rubbish (الزبلة), a file (دوسي)
  ['نهار', 'يوم'],
  ['نهارات', 'ايام'],
  ['زبله', 'فضلات'],
  ['زبل', 'فضلات'],
  ['دوسي', 'ملف'],
  ['دوسيات', 'ملف'],
  // الانتظارات are expectations (the pages' word for attentes), الانتظار is waiting: the light
  // stemmer makes them one token, so the plural is read as its synonym التوقعات.
  ['انتظارات', 'توقعات'],
  ['تكاليف', 'كلفه'],
  ['تكلف', 'كلفه'],
];

const lemmas = new Map(pairs.map(([from, to]) => [normalizeArabic(from), normalizeArabic(to)]));
const proclitics = ['وال', 'بال', 'كال', 'فال', 'لل', 'ال', 'و', 'ب', 'ل', 'ف', ''];
const enclitics = ['هم', 'ها', 'كم', 'نا', 'ه', ''];

/**
 * The singular of a normalised Arabic word when it is a known broken plural or variant, with its
 * proclitics (و، ب، ل، ف and the article) and a possessive kept off: "والشكاوي" → "شكوي",
 * "وانتظاراتهم" → "توقعات". Else the word itself.
 */
export function arabicLemma(word: string): string {
  const direct = lemmas.get(word);
  if (direct) return direct;
  for (const p of proclitics) {
    if (!word.startsWith(p)) continue;
    for (const e of enclitics) {
      if (!word.endsWith(e) || word.length - p.length - e.length < 3) continue;
      const found = lemmas.get(word.slice(p.length, word.length - e.length));
      if (found) return found;
    }
  }
  return word;
}
