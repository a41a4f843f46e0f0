import { describe, expect, it } from 'vitest';
import {
  analyze,
  foldLatin,
  lightStemArabic,
  normalizeArabic,
  normalizeText,
} from '../../../src/features/knowledge/analyze.ts';
import { arabicLemma } from '../../../src/features/knowledge/arabic-lemmas.ts';
import { verbalNounCandidates } from '../../../src/features/knowledge/arabic-verbs.ts';
import { infinitiveCandidates, tunisianVerbCandidates } from '../../../src/features/knowledge/french-verbs.ts';
import { arabiziKey, fromArabizi } from '../../../src/features/knowledge/arabizi.ts';

describe('Arabic normalisation', () => {
  it.each([
    ['diacritics', 'الْجَوْدَةُ', 'الجوده'],
    ['tatweel', 'الجـــودة', 'الجوده'],
    ['alef with hamza above', 'أداء', 'اداء'],
    ['alef with hamza below', 'إجراء', 'اجراء'],
    ['alef with madda', 'آجال', 'اجال'],
    ['alef wasla', 'ٱلبلدية', 'البلديه'],
    ['alef maqsura', 'مستوى', 'مستوي'],
    ['taa marbuta', 'بلدية', 'بلديه'],
    ['hamza on waw', 'مؤشر', 'موشر'],
    ['hamza on yaa', 'رئيس', 'رييس'],
    ['Arabic-Indic digits', 'ISO ٩٠٠١', 'ISO 9001'],
    ['Persian digits', '۲۰۱۸', '2018'],
  ])('%s: %s → %s', (_, input, expected) => {
    expect(normalizeArabic(input)).toBe(expected);
  });
});

describe('French folding', () => {
  it.each([
    ['Réclamation', 'reclamation'],
    ['QUALITÉ', 'qualite'],
    ['œuvre', 'oeuvre'],
    ['déléguée', 'deleguee'],
    ['Égalité à l’accueil', 'egalite a l’accueil'],
  ])('%s → %s', (input, expected) => {
    expect(foldLatin(input)).toBe(expected);
  });

  it('folds both scripts in one pass', () => {
    expect(normalizeText('Qualité — الجودة')).toBe('qualite — الجوده');
  });
});

describe('analysis: spelling variants give the same tokens', () => {
  it.each([
    ['réclamations', 'reclamation'],
    ['Améliorer', 'amelioration'],
    ['indicateurs', 'INDICATEUR'],
    ['الجودة', 'الْجَوْدَه'],
    ['المؤشرات', 'مؤشرات'],
    ['المواطنين', 'المواطن'],
    ['والجودة', 'الجودة'],
    ['للبلدية', 'البلدية'],
  ])('%s ≡ %s', (a, b) => {
    expect(analyze(a)).toEqual(analyze(b));
    expect(analyze(a)).toHaveLength(1);
  });

  it('drops question words and fillers in French, Arabic and Latin-script Tunisian', () => {
    expect(analyze("c'est quoi le kaizen ?")).toEqual(['kaizen']);
    expect(analyze('ما هو الكايزن؟')).toEqual(analyze('كايزن'));
    expect(analyze('chnowa el kaizen')).toEqual(['kaizen']);
    expect(analyze('bonjour, merci beaucoup')).toEqual([]);
  });

  it('drops a particle or question word that carries a pronoun, and keeps a noun that does', () => {
    expect(analyze('شنوة معناها الكايزن')).toEqual(analyze('كايزن'));
    expect(analyze('يمكنه فيهم عليها ماهي')).toEqual([]);
    expect(analyze('أهدافها')).toEqual(analyze('الأهداف'));
  });

  it('maps common arabizi words to the French words of the pages', () => {
    expect(analyze('n9isou rdha el mwatnin')).toEqual(analyze('mesurer satisfaction usagers'));
    expect(analyze('chakwa')).toEqual(analyze('réclamation'));
  });

  it.each([
    ['PDCA c koi exactement ?', ['pdca']],
    ['wach howa el kaizen ?', ['kaizen']],
    ['chneya el kaizen svp', ['kaizen']],
    ['cmt faire le 5S stp', ['5s']],
    ["quel est le cours de l'euro aujourd'hui", analyze('cours euro')],
  ])('drops SMS French and arabizi question words: %s', (question, tokens) => {
    expect(analyze(question)).toEqual(tokens);
  });

  it('reads arabizi digits as letters, whatever the vowels', () => {
    expect(arabiziKey('isti9bal')).toBe(arabiziKey('esteqbel'));
    expect(arabiziKey('ta7sin')).toBe(arabiziKey('tahsine'));
    expect(fromArabizi('nqisou')).toBe('mesurer');
    expect(fromArabizi('n9issou')).toBe('mesurer'); // not listed: found by its skeleton
    expect(fromArabizi('wa9t')).toBe('temps');
    expect(fromArabizi('nisou')).toBeUndefined(); // no digit: exact spellings only
    expect(fromArabizi('3moula')).toBe('agents');
    expect(fromArabizi('majles')).toBe('conseil');
    expect(fromArabizi('hall')).toBeUndefined(); // an entrance hall, not a dissolution
  });

  it('does not read "the difference" (far9) as the team (fari9), one vowel apart', () => {
    expect(fromArabizi('fari9')).toBe('équipe');
    expect(analyze('wach el far9 bin el 9iyes wel ta9yim')).not.toContain(analyze('équipe')[0]);
    expect(analyze('far9 bin zouz')).toEqual(analyze('zouz'));
  });

  it('reads a possessive noun as the noun, and drops relative words and "or"', () => {
    expect(fromArabizi('baladiti')).toBe('commune');
    expect(fromArabizi('khedmetna')).toBe('service');
    expect(fromArabizi('mitna')).toBeUndefined();
    expect(analyze('el guide eli fih walla le')).toEqual(analyze('guide'));
    expect(analyze('9adech tdoum')).toEqual(analyze('durée'));
  });

  it('keeps a word that follows a number, and does not stem references', () => {
    expect(analyze('les 5 pourquoi')).toEqual(['5', 'pourquoi']);
    expect(analyze('5S')).toEqual(['5s']);
    expect(analyze('5S')).not.toEqual(analyze('les 5 dimensions').slice(0, 1));
  });

  it('reads a two-word name whose first word alone means something else as one token', () => {
    // الحالة المدنية is civil status, not the "case" of دراسات حالة; l'état civil is not a state of things.
    expect(analyze('دفاتر بالحالة المدنية')).toContain(analyze('الحالة المدنية')[0]);
    expect(analyze('الحالة المدنية')[0]).not.toBe(analyze('دراسة حالة')[1]);
    expect(analyze("l'état civil")[0]).not.toBe(analyze('état des lieux')[0]);
    expect(analyze('الحالة الأولى')[0]).toBe(analyze('دراسة حالة')[1]);
  });

  it('keeps numbers such as norm references', () => {
    expect(analyze('ISO 9001')).toEqual(['iso', '9001']);
    expect(analyze('المواصفة إيزو 9001')).toEqual(analyze('المواصفة ISO 9001'));
    expect(analyze('منهجية لين')).toEqual(analyze('منهجية Lean'));
    expect(analyze('ايزو ٩٠٠١')).toContain('9001');
  });

  it('keeps a French stop word after a small number (a method), not an Arabic particle', () => {
    expect(analyze('les 5 pourquoi')).toEqual(['5', 'pourquoi']);
    expect(analyze('الفصل 12 من المجلة')).toEqual(analyze('الفصل 12 المجلة'));
  });
});

describe('Arabic light stemming and verbs', () => {
  it.each([
    ['المواطنين', 'مواطن'],
    ['والمؤشرات', 'موشر'],
    ['بالبلديه', 'بلد'],
    ['بلديتنا', 'بلد'],
    ['خدماتهم', 'خدم'],
    // و is the conjunction only when a stem of three letters is left without it
    ['والمواطنين', 'مواطن'],
    ['وحدة', 'وحد'],
    ['الوحدات', 'وحد'],
    ['ورشة', 'ورش'],
  ])('%s → %s', (word, stem) => {
    expect(lightStemArabic(normalizeArabic(word))).toBe(stem);
  });

  it.each([
    ['الشكاوى', 'شكوي'],
    ['والشبابيك', 'شباك'],
    ['وانتظاراتهم', 'توقعات'],
    ['جودة', 'جوده'],
    ['الإشهاد', 'شهاده'],
    ['تشريك', 'اشراك'],
    ['نشركهم', 'اشراك'],
    ['يستناو', 'انتظار'],
    ['نقصو', 'تقليص'],
  ])('broken plural or variant %s → %s', (word, lemma) => {
    expect(arabicLemma(normalizeArabic(word))).toBe(lemma);
  });

  it('reads two spellings of one word as one, and a particle behind و or ف as a stop word', () => {
    expect(analyze('الفعالية')).toEqual(analyze('الفاعلية'));
    expect(analyze('فوائد')).toEqual(analyze('الفائدة'));
    expect(analyze('وكيف فهل')).toEqual([]);
    // writing is not the secretary (الكاتب العام)
    expect(analyze('كتابة')).not.toEqual(analyze('الكاتب'));
  });

  it('a plural and its singular share a token, in the question and in the pages', () => {
    expect(analyze('الشكاوى')).toEqual(analyze('الشكوى'));
    expect(analyze('الطوابير')).toEqual(analyze('طابور'));
    expect(analyze('الشكاوى')).not.toEqual(analyze('الشبابيك'));
  });

  it.each([
    ['نحفز', 'تحفيز'],
    ['نقيس', 'قياس'],
    ['نحسن', 'تحسين'],
    ['نتعامل', 'تعامل'],
    ['نستعمل', 'استعمال'],
    ['نشخص', 'تشخيص'],
    ['نحفزوهم', 'تحفيز'],
    ['نصوغ', 'صياغة'],
    ['نقارن', 'مقارنة'],
    ['نخفي', 'إخفاء'],
    ['نبني', 'بناء'],
  ])('verb %s has the verbal noun %s among its candidates', (verb, noun) => {
    expect(verbalNounCandidates(normalizeArabic(verb))).toContain(normalizeArabic(noun));
  });

  it('proposes nothing for a noun or a short word', () => {
    expect(verbalNounCandidates('جوده')).toEqual([]);
    expect(verbalNounCandidates('نص')).toEqual([]);
  });
});

describe('French conjugated verbs', () => {
  it.each([
    ['resistent', 'resister'],
    ['choisissent', 'choisir'],
    ['traitons', 'traiter'],
  ])('%s has the infinitive %s among its candidates', (verb, infinitive) => {
    expect(infinitiveCandidates(verb)).toContain(infinitive);
  });

  it('proposes nothing for a word without a verb ending, or too short', () => {
    expect(infinitiveCandidates('qualite')).toEqual([]);
    expect(infinitiveCandidates('ont')).toEqual([]);
  });
});

describe('French verbs conjugated in Tunisian', () => {
  it.each([
    ['nsuivi', 'suivre'],
    ['nevalui', 'evaluer'],
    ['nmesuri', 'mesurer'],
    ['ncalculi', 'calculer'],
    ['nrempli', 'remplir'],
    ['nmesuriw', 'mesurer'],
    ['ncalculiou', 'calculer'],
  ])('%s has the French verb %s among its candidates', (verb, infinitive) => {
    expect(tunisianVerbCandidates(verb)).toContain(infinitive);
  });

  it('proposes nothing without the « n » and the « i », or for a stem too short', () => {
    expect(tunisianVerbCandidates('suivi')).toEqual([]);
    expect(tunisianVerbCandidates('nrattbou')).toEqual([]);
    expect(tunisianVerbCandidates('nombre')).toEqual([]);
    expect(tunisianVerbCandidates('nfi')).toEqual([]);
  });
});

describe('ordinals', () => {
  it.each([
    ['la deuxième immersion', ['2', 'immers']],
    ['la 2e immersion', ['2', 'immers']],
    ['première session', ['1', 'session']],
    ['el immersion loula', ['immers', '1']],
  ])('%s reads as the number', (text, tokens) => {
    expect(analyze(text)).toEqual(tokens);
  });
});

describe('requests around the question', () => {
  it('drops "give me" (اعطني) as it names no topic', () => {
    expect(analyze('اعطني مثال عن مؤشر')).toEqual(analyze('مثال عن مؤشر'));
  });
});

describe('the secretaries general, plural', () => {
  it('« الكتّاب العامون » is the plural of « الكاتب العام », not books', () => {
    for (const text of ['الكتاب العامين', 'الكتّاب العامون', 'للكتاب العامين'])
      expect(analyze(text), text).toEqual(analyze('الكاتب العام'));
    expect(analyze('كتاب الدليل')).toContain('كتاب');
  });
});

describe('funding', () => {
  it('« يموّل », « تموّله », « الممول » read as « تمويل », as the pages write it', () => {
    for (const text of ['يمول', 'يموّل', 'تموّله', 'الممول', 'بتمويل']) expect(analyze(text), text).toEqual(['تمويل']);
  });
});
