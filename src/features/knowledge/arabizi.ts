// Everyday words of questions typed in Tunisian Arabic with Latin letters ("arabizi", digits for
// letters: 3 ع, 7 ح, 9 ق, 5 خ, 2 ء) or in SMS French, mapped to the French word the pages use. Key
// domain terms (kaizen, lazma, isti9bal...) come from the glossary's `latin` field; these are the
// verbs and common nouns around them, which the glossary does not list.
const lexicon: Record<string, string> = {};

function add(french: string, ...spellings: string[]) {
  for (const s of spellings) lexicon[s] = french;
}

add('mesurer', 'n9is', 'n9isou', 'n9isu', 'nqis', 'nqisou', 'nkis', 'nkisou', 'qiyas', 'kiyes', '9iyes', '9ayes');
add('satisfaction', 'rdha', 'rdhe', 'radha', 'ridha', 'rida', 'rdha2', 'ridha2');
add('usagers', 'mwatnin', 'mouwatnin', 'mwatenin', 'mowatnin', 'mwaten', 'mwatin', 'mouwaten', 'mowaten');
add('service', 'khidma', 'khedma', 'khidmat', 'khadamet', '5idma', '5edma', 'mourfaq', 'mirfa9', 'marfa9');
add(
  'améliorer',
  'nhassen',
  'nhassnou',
  'nhasnou',
  'n7assen',
  'n7assnou',
  'n7asnou',
  'tahsin',
  'ta7sin',
  'tahsine',
  'thassen',
  't7assen',
);
add('réclamation', 'chakwa', 'chekwa', 'chkeyet', 'chakawi', 'chkewi', 'tchaki', 'tachakki');
add('qualité', 'jawda', 'jouda', 'jaouda');
add('indicateur', 'mou2ached', 'mouachir', 'mou2achir', 'mo2achir', 'mou2echrat', 'mo2echrat', 'mouachirat');
add('diagnostic', 'tachkhis', 'tach5is', 'tachkhiss', 'tachkhis2');
add('plan', 'khotta', 'khetta', '5otta', '5ita');
add('commune', 'baladiya', 'baladia', 'beladia', 'beldia', 'baladiyya');
add(
  'agents',
  'mouwadhfin',
  'mwadhfin',
  'mouwadhef',
  'mouadhfin',
  'a3wan',
  'aawan',
  'khaddema',
  'khadema',
  '3moula',
  '3omla',
  '3amla',
);
add(
  'motiver',
  'nhafez',
  'nhafzou',
  'n7afez',
  'n7afzou',
  'tahfiz',
  'ta7fiz',
  'nmotivi',
  'nmotiviw',
  'nmotiviou',
  'motivi',
);
add('changement', 'taghyir', 'tghyir', 'taghyeer', 'tbadel', 'tabdil');
add('conflit', 'niza3', 'nizaa', 'machakel', 'mochkla', 'mochkel', 'khsouma', '5souma');
add('formation', 'takwin', 'tadrib', 'tadreeb');
add('participation', 'mocharka', 'moucharka', 'mosharka', 'tacharokia', 'tachar9ia');
add('procédure', 'ijra2', 'ijraa', 'ijra2at', 'ijraat', 'ijra2et');
add('délai', 'ajel', 'ajal', 'ajal2', 'mouhla', 'ajel2');
add(
  'attente',
  'tstanna',
  'nestanna',
  'ntsanna',
  'stanna',
  'intidhar',
  'yestannaw',
  'yestanna',
  'nestannaw',
  'tstannaw',
);
add('usagers', 'ennes', 'nes', 'ness', 'enness', 'sokkan', 'mutasakinin', 'mtsaknin');
add('répondre', 'nraddou', 'nrod', 'nroddou', 'nraddo', 'radd', 'jaweb', 'njawbou');
add('refuser', 'yarfdhou', 'yerfdhou', 'rafdh', 'rfodh');
add('priorités', 'aoulawiyat', 'awlawiyet', 'aoulawiya', 'awlawiya');
add('guichet', 'chebbek', 'chobbek', 'chebek', 'chobek');
add('planification', 'takhtit', 'tkhatit', 'ta5tit');
add('performance', 'ada2', 'adaa');
add('équipe', 'fari9', 'fariq', 'ekip');
// the difference (الفرق), spelt like the team (فريق) without its vowel: a question word, as "différence"
add('différence', 'far9', 'farq', 'fer9', 'far9ou');
add('enquête', 'istibyan', 'istebyen', 'estebyen');
add(
  'gestion',
  'tasarrof',
  'tasarof',
  'tasrif',
  'tasyir',
  'tasyeer',
  'ysayer',
  'ysayyer',
  'nsayrou',
  'nsayyrou',
  'ysayrou',
);
add('dissolution', '7all', '7al');
add('conseil', 'majles', 'majless', 'mejles', 'majalis', 'mjales');
add('traiter', 'nt3amlou', 'nt3amel', 'net3amel', 'nt3amlu', 'ta3amol', 'ta3amel');
add(
  'rédiger',
  'nektbou',
  'nekteb',
  'nktbou',
  'nikteb',
  'ktiba',
  'kitaba',
  'nkatbou',
  'nkteb',
  'yetkteb',
  'yektbou',
  'tekteb',
  'yekteb',
);
add('déchets', 'zbel', 'fadhalet', 'fadhalat', 'zebla', 'zbala', 'zibla');
add('étapes', 'marahel', 'mara7el', 'khatawat', '5atawat', 'etap', 'etaps');
add('types', 'anwe3', 'anwa3', 'anwa3ha', 'sna9', 'asnaf');
add('loi', '9anoun', 'qanoun', 'kanoun', 'l9anoun');
add('avantages', 'mzeya', 'mazaya', 'fwayed', 'faydet');
add('inconvénients', '3youb', 'ouyoub', 'salbiyat');
add('problème', 'pb', 'pbs', 'prob');
add('information', 'info', 'infos', 'ma3loumet', 'i3lam');
add('rendez-vous', 'rdv');
add('temps', 'tps', 'wa9t', 'waqt', 'wakt');
add('durée', 'tdoum', 'ydoum', 'modda', 'moudda', 'mouddat');
add('parties', 'a9sam', 'aqsam', 'ajza2', 'ajzaa');
add('certification', 'chahada', 'chahadet', 'chhada');
add('jour', 'nhar', 'nhara', 'youm', 'iyem', 'ayem');
add('utiliser', 'yesta3mlou', 'nesta3mlou', 'yesta3mel', 'nesta3mel', 'esta3mel', 'isti3mal', 'sta3mel');
add('texte', 'nousous', 'nsous');
add('gérer', 'ymachi', 'ymachiw', 'nmachi', 'nmachiw', 'tmachi');
add('kg', 'kilo', 'kilos', 'klg');
// Tunisian ordinals ("el immersion loula", "el session thenya"), read as the French ordinal.
add('première', 'loula', 'lowla', 'louwla', 'lawla', 'oula');
add('premier', 'lowel', 'louel', 'lawel', 'louwel', 'lowwel', 'awel', 'louwil');
add('deuxième', 'thenya', 'thania', 'thenia', 'thanya', 'theni', 'thani', 'tani', 'tenya');
add('troisième', 'theltha', 'thelthe', 'thalitha', 'thelet');
add('Tunisie', 'tounes', 'tunes', 'twensa');
add(
  'comparer',
  'nkarin',
  'nkarnou',
  'nkaren',
  'nkarno',
  'nqarnou',
  'n9arnou',
  'nqaren',
  'n9aren',
  'mou9arna',
  'muqarana',
  'mqarna',
);

/**
 * An arabizi word reduced to its consonants, digits read as the letters they stand for (7 ح → h,
 * 5 خ → kh, 9 ق → k, 3 ع and 2 ء silent): "isti9bal" and "esteqbel" both give "stkbl", since
 * vowels are written as each person hears them.
 */
export function arabiziKey(word: string): string {
  return word
    .toLowerCase()
    .replace(/5/g, 'kh')
    .replace(/7/g, 'h')
    .replace(/[9qg]/g, 'k')
    .replace(/[23']/g, '')
    .replace(/[aeiouy]/g, '')
    .replace(/(.)\1+/g, '$1');
}

/** A word typed with arabizi digits between letters ("n9isou", "ta7sin", "3lech"). */
export function hasArabiziDigit(word: string): boolean {
  return /[a-z][23579]|[23579][a-z]/i.test(word);
}

const byKey = new Map<string, string | null>();
for (const [spelling, french] of Object.entries(lexicon)) {
  const key = arabiziKey(spelling);
  if (key.length < 3) continue;
  // Two different words with one skeleton: the skeleton says nothing, exact spellings only.
  byKey.set(key, byKey.has(key) && byKey.get(key) !== french ? null : french);
}

/**
 * The French word for an arabizi or SMS spelling, if it is one we know; a word with arabizi digits
 * also matches by skeleton ("n9isou" and "nqisu" are one word).
 */
export function fromArabizi(word: string): string | undefined {
  if (Object.hasOwn(lexicon, word)) return lexicon[word];
  // Tunisian negation ends the verb with -ch ("ma tstannach", "ma y7ebbouch"): the verb is what counts.
  if (/.{4,}ch$/.test(word) && Object.hasOwn(lexicon, word.slice(0, -2))) return lexicon[word.slice(0, -2)];
  // An object pronoun ends the verb ("nkatbouh", "n9isouha"): the verb is what counts.
  const verb = /^(.{4,}?)(?:h|ha|hom)$/.exec(word)?.[1];
  if (verb && Object.hasOwn(lexicon, verb)) return lexicon[verb];
  // A possessive shows the feminine ending as t ("baladiti", "khedmetna"): the noun is what counts.
  const owned = /^(.{3,}?)e?t(?:i|na|kom|hom|ha|ek|ou)$/.exec(word)?.[1];
  if (owned && Object.hasOwn(lexicon, `${owned}a`)) return lexicon[`${owned}a`];
  if (!hasArabiziDigit(word)) return undefined;
  return byKey.get(arabiziKey(word)) ?? undefined;
}
