// Words that never name a topic, beyond the library lists: question words and filler of French
// (SMS spellings included), Arabic (MSA and Tunisian) and Tunisian typed in Latin letters. Written
// as space-separated strings: the lists are long and one word per line says nothing more.

const split = (words: string) => words.trim().split(/\s+/);

/** Tunisian Arabic typed in Latin letters ("chnowa el kaizen", "wach howa el pdca"). */
export const tunisianLatinStopwords = split(`
  chnowa chnouwa chnoua chnowwa chnouma chnoumen chnia chniya chneya chnya chneyya chnou chno chbih
  wach wech wesh wachnowa ach ech kifech kifach kifeh kifesh kifash kifch kif 3lech alech 3lach 3leh
  wa9tech waqtech 9adech qadech gadech kadech 9addech 9adeh 9adah qadeh gadeh win fin chkoun chkoune
  el il al l fel fil mta3 mte3 metaa mtaa w wel bech bich besh nejmou najmou najem nejem n9dar nnajem
  ya3ni yani ama hiya howa houwa huwa heya heka hedha hadha hedhi hadhi li elli illi lel lil men mel
  ala 3al 3la fi b bel bil ki nheb n7eb n7ebb nhebb najmu chwaya barcha ken kan tnajem ta3tini a3tini
  fasserli fassarli fasarli fasserlna m3a ma3 n3amlou na3mlou n3mlou na3mel ndirou nadiro chay haja
  7aja lazem lezem yelzem nbdew nebdew sahbi khouya ya3tik saha aychek brabi 9olli goulli 9oulli
  ma3neha ma3naha ma3neh chma3neha chma3neh tawa taw kima okhra okhrin lokhra akhra ghodwa lyoum
  ma mech moch mouch mich nkhaliw nkhalliw nkhali nkhalli khali khalli y7ebbou y7ebbouch yhebbou yhebbouch
  ye7ebbou ye7ebbouch n7ebbou nhebbou t7eb theb 3andhom 3andna 3andi fama famma thama ken kenet
  yelzemna lazemna ndirou ydirou ya5dmou yekhdmou nekhdmou nekhdem 5edmetna khedmetna
  ba3d ba3ed 9bal gbal mba3d mba3ed m9bal bin bine bein
  eli ili elly illy fih fiha fihom fihe walla wella wala wela wle ykoun ykounou tkoun nkounou ykounech
  ykhalli ykhali tkhalli houma hom ahna a7na ena enti inti enta 3lih 3liha 3lihom minou minha
  menha menou mennou menhom minhom menna fihom
`);

/** French question words, filler and their SMS spellings ("c koi", "cmt", "pk"). */
export const frenchExtraStopwords = split(`
  quoi koi kwa comment cmt cmnt koman komment quel quels quelle quelles kel kels kelle kelles
  pourquoi pk pq pkoi pourkoi quand qd qnd combien cb cbn est ce cest c ckoi qu l d s n j
  faut faire peut peux doit dois on nous vous entre sont svp stp slt bjr bonjour salut merci mrc mci
  dire explique expliquer expliquez moi donner donne exemple beaucoup bcp pareil meme difference
  differences veut veux voudrais aimerais savoir aide aider exactement exactly precisement stp svp
  ds pr tt ts ke dc mm jsp jsais sais vraiment concretement simplement rapidement bref alors
  contenir contient mettre sert servir avoir etre existe existent toujours encore aujourd hui hier
  demain maintenant actuellement depuis ca comme chez tres bien
`);

/** Arabic question words and filler (MSA and Tunisian). */
export const arabicExtraStopwords = split(`
  ما ماهو ماهي ماذا هو هي كيف لماذا متى هل اين كم شنوه شنوة شنية شنيه كيفاش علاش وقتاش قداش وين اشنوه
  اشنية واش نجم نجمو نعمل باش متاع متع الي اللي يعني معنى بين الفرق فرق عن في من على الى ان او
  مع هذا هذه ذلك تلك يمكن نستطيع اشرح لي شرح عرف تعريف مثال بالضبط بالتحديد من فضلك ارجو
  اليوم غدا امس الان حاليا الحالي الحاليه حالي
  الذي التي الذين اللذين يجب ينبغي يلزم لازم نحتاج نريد اريد نود اود لكي حتى قد تم يتم نقوم يقوم
  نفعل نصنع كيفية بشكل بطريقة عندما اذا لو جدا فقط ايضا كذلك دون بدون اي اية أي أية
  شنوا شنوما شنعمل شنعملو نعملو نعملوها نعملوه نعمللو نجمو نجموا نجم نجمش نعرف نعرفو نحب نحبو
  نحبوا تحب يحب برشا ياسر توا تو كي كيف كيما باش بش موش مش ماهوش ماهيش مهوش ماكش مانيش
  زادة زاده برك عاد هاذا هاذي هاذوما هذاكا هذيكا هكا هكاكا فما ثمة ثمه مازال ديما دايما كان كانش
  وقتلي وقتاللي علاه علاش اشكون شكون قداه قداش منين بالحق بالرسمي مليح خايب شوية شوي يا سي
  لازمنا عنا عندنا عندي عندك عندهم معانا متاعنا متاعي متاعهم متاعو نتاع ولا والا ولاش بلاش
  سيدي مدام اخي خويا صاحبي يعطيك يعيشك بربي عسلامة السلام عليكم شكرا مرحبا
  اليومين قدام نخليو نخلي يخلي الناس زوز ياخذو ناخذو ياخذ ناخذ يعطيو نعطيو ينجم تنجم ينجمو تنجمو نجمنا معها معه معهم معاهم عليهم عنهم اليهم
  عادي لازمني لازمو لازمهم ناخو ياخو تاخو ناخوا ياخوا
  اعطني اعطيني عطيني اعطنا اعطونا عطيوني امدني
  عليهاش فيهاش منهاش روحنا روحي روحو روحهم لخرين الاخرين اخرين الاخري
`);

/**
 * Words of the library's Arabic list that name things in this domain, kept as words: a deadline
 * (أجل), time (الوقت), a visit (زيارة), a framework (إطار), reorganising (إعادة), the first and
 * second immersions (الأولى، الثانية), strengths (قوة), non-conformity (عدم), days (أيام), self-
 * assessment (التقييم الذاتي).
 */
export const arabicContentWords = split(`
  اجل أجل الوقت زيارة اطار إطار اعادة إعادة الاول الاولى الأول الأولى الثاني الثانية قوة عدم ايام أيام يوم
  الذاتي
`);
