import { describe, expect, it } from 'vitest';
import { useAppHarness } from './app-harness.ts';

// A team that does not know a value says so in its own words (« لا أعرف », « je ne sais pas »):
// that is the indicator's « non mesuré », said back, not a number the bot cannot read. And /skip at
// a measure, which cannot be passed, says which words answer it.
const salma = '21655123456@c.us';
const karim = '21698765432@c.us';
const hela = '21655000111@c.us';
const sami = '21698000222@c.us';
const amel = '21655000333@c.us';
const nizar = '21698000444@c.us';

const h = useAppHarness([
  { externalId: salma, displayName: 'Salma Ben Ali', locale: 'ar', slug: 'monastir' },
  { externalId: karim, displayName: 'Karim Trabelsi', locale: 'fr', slug: 'mahdia' },
  { externalId: hela, displayName: 'Hela Gharbi', locale: 'ar', slug: 'sousse' },
  { externalId: sami, displayName: 'Sami Jlassi', locale: 'fr', slug: 'nabeul' },
  { externalId: amel, displayName: 'Amel Zribi', locale: 'ar', slug: 'kairouan' },
  { externalId: nizar, displayName: 'Nizar Haddad', locale: 'fr', slug: 'gafsa' },
]);

/** Starts the service diagnostic for waste collection and answers up to the first measure (coverage). */
async function toMeasures(who: string, name: string): Promise<void> {
  await h.say(who, '/diagnostic');
  await h.say(who, '1');
  for (const line of [name, '2', '45000', '120', '/skip', '1/12/2026', '/skip']) await h.say(who, line);
}

async function stored(slug: string, questionId: string): Promise<unknown> {
  const rows = await h.app.db.answer.findMany({ where: { questionId, run: { team: { slug } } } });
  expect(rows).toHaveLength(1);
  const raw = rows[0]?.value;
  return typeof raw === 'string' ? JSON.parse(raw) : raw;
}

describe('the source of a measured value, on WhatsApp', () => {
  it('names the indicator in quotes, not in brackets around its own brackets', async () => {
    await toMeasures(hela, 'النظافة ورفع الفضلات');
    const ar = (await h.say(hela, '85')).join('\n');
    expect(ar).toContain('من أين أُخذت هذه القيمة: « نسبة التغطية بخدمة رفع الفضلات (الأسر المنتفعة بصفة منتظمة) »؟');
    await toMeasures(sami, 'Propreté et collecte des déchets');
    const fr = (await h.say(sami, '85 %')).join('\n');
    expect(fr).toContain(
      "D'où vient cette valeur : « Taux de couverture de la collecte (ménages desservis régulièrement) » ?",
    );
    for (const text of [ar, fr]) expect(text).not.toContain('))');
  });
});

describe('« non mesuré » typed at the question of the source, on WhatsApp', () => {
  it.each([
    {
      who: amel,
      slug: 'kairouan',
      domain: 'النظافة ورفع الفضلات',
      word: 'غير مقيس',
      says: '« غير مقيس » تُقال عن القيمة لا عن مصدرها. لتغيير القيمة، ارجع إليها بـ /back واكتب « غير مقيس ».',
      next: 'السؤال 9/62',
    },
    {
      who: nizar,
      slug: 'gafsa',
      domain: 'Propreté et collecte des déchets',
      word: 'non mesuré',
      says: '« non mesuré » se dit de la valeur, pas de sa source. Pour changer la valeur, revenez-y avec /back et écrivez « non mesuré ».',
      next: 'Question 9/62',
    },
  ])('$slug: says it is said of the value and how to change it; /back then the word saves it', async (c) => {
    await toMeasures(c.who, c.domain);
    await h.say(c.who, '85');
    const refused = (await h.say(c.who, c.word)).join('\n');
    expect(refused).toContain(c.says);
    expect(await stored(c.slug, 'q_wc_coverage')).toBe(85);
    await h.say(c.who, '/back');
    // Taken as the value, and the diagnostic goes on with the next measure (no source to ask).
    expect((await h.say(c.who, c.word)).join('\n')).toContain(c.next);
    const latest = await h.app.db.answer.findFirstOrThrow({
      where: { questionId: 'q_wc_coverage', run: { team: { slug: c.slug } } },
      orderBy: { seq: 'desc' },
    });
    expect(typeof latest.value === 'string' ? JSON.parse(latest.value) : latest.value).toBe('not_measured');
  });
});

describe('a measure nobody knows, on WhatsApp', () => {
  it('Arabic: /skip names « غير مقيس », « لا أعرف » is saved as not measured and said back', async () => {
    await toMeasures(salma, 'النظافة ورفع الفضلات');
    const skipped = (await h.say(salma, '/skip')).join('\n');
    expect(skipped).toContain('لا يمكن تجاوز هذا القيس. إن لم يقسه أحد، أجب « غير مقيس »');
    expect(skipped).toContain('نسبة التغطية بخدمة رفع الفضلات');

    const unknown = await h.say(salma, 'لا أعرف');
    expect(unknown.join('\n')).not.toContain('⚠️');
    expect(unknown[0]).toBe('✅ غير مقيس');
    expect(await stored('monastir', 'q_wc_coverage')).toBe('not_measured');
  });

  it('French: « je ne sais pas » is « non mesuré », /skip says so too', async () => {
    await toMeasures(karim, 'Propreté et collecte des déchets');
    const skipped = (await h.say(karim, '/skip')).join('\n');
    expect(skipped).toContain(
      "Cette mesure ne peut pas être passée. Si personne ne l'a mesurée, répondez « non mesuré » ; si elle ne concerne pas ce service, « sans objet ».",
    );

    const unknown = await h.say(karim, 'Je ne sais pas');
    expect(unknown.join('\n')).not.toContain('⚠️');
    expect(unknown[0]).toBe('✅ Non mesuré');
    expect(await stored('mahdia', 'q_wc_coverage')).toBe('not_measured');
  });
});
