// A team's own name, other than its commune's: given with /team nom in French, with its Arabic name
// after « | » as /team add takes a commune's (the other way round understood, the Arabic name never
// alone), read by Arabic readers in place of the French one; without it they read the French name,
// and a team named after its commune again is read in the commune's name of their language.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bidiProblems } from '../../helpers/bidi.ts';
import { createHarness, type Harness } from '../reminders/harness.ts';

const codeOf = (reply: string) => /([A-Z2-9]{8})\b/.exec(reply)?.[1] ?? '';

describe("a team's own Arabic name", () => {
  let h: Harness;
  beforeEach(async () => {
    h = await createHarness();
    await h.say('boss', '/team add nord Béja | باجة');
  });
  afterEach(() => h.cleanup());

  const team = () => h.db.team.findUniqueOrThrow({ where: { slug: 'nord' } });
  const audit = () => h.db.auditEntry.findMany({ where: { action: 'team.name' }, orderBy: { createdAt: 'asc' } });

  it('is given with the French name after « | », in French and Arabic, and recorded in the audit trail', async () => {
    expect(await h.say('boss', '/team nom nord Équipe pilote du Nord | فريق الشمال')).toBe(
      "L'équipe « nord » s'appelle désormais Équipe pilote du Nord (en arabe : فريق الشمال). Les messages et documents en arabe emploient son nom arabe.",
    );
    expect(await team()).toMatchObject({
      name: 'Équipe pilote du Nord',
      nameAr: 'فريق الشمال',
      commune: 'Béja',
      communeAr: 'باجة',
    });
    await h.say('boss', '/lang ar');
    expect(await h.say('boss', '/فريق اسم nord Cellule qualité Nord | خلية الجودة بالشمال')).toBe(
      'أصبح اسم الفريق « nord »: خلية الجودة بالشمال (Cellule qualité Nord بالفرنسية). تستعمل الرسائل والوثائق بالعربية اسمه بالعربية.',
    );
    expect(await team()).toMatchObject({ name: 'Cellule qualité Nord', nameAr: 'خلية الجودة بالشمال' });
    expect((await audit()).map((e) => e.details)).toEqual([
      {
        slug: 'nord',
        name: 'Équipe pilote du Nord',
        nameAr: 'فريق الشمال',
        before: { name: 'Béja', nameAr: null },
      },
      {
        slug: 'nord',
        name: 'Cellule qualité Nord',
        nameAr: 'خلية الجودة بالشمال',
        before: { name: 'Équipe pilote du Nord', nameAr: 'فريق الشمال' },
      },
    ]);
    expect((await h.say('boss', '/teams')).split('\n').slice(0, 2)).toEqual([
      'الفرق:',
      '• nord — خلية الجودة بالشمال / Cellule qualité Nord (البلدية: باجة / Béja) (عدد الأعضاء: 0)',
    ]);
    await h.say('boss', '/lang fr');
    expect((await h.say('boss', '/teams')).split('\n')[1]).toBe(
      '• nord — Cellule qualité Nord / خلية الجودة بالشمال (commune : Béja / باجة) (aucun membre)',
    );
  });

  it('takes the two names the other way round, and asks for the French name when only the Arabic one is typed', async () => {
    expect(await h.say('boss', '/team nom nord فريق الشمال')).toBe(
      "« فريق الشمال » est le nom arabe : donnez aussi le nom français de l'équipe, avant « | ». Par exemple : /team nom nord <nom français> | فريق الشمال. Rien n'a été changé.",
    );
    await h.say('boss', '/lang ar');
    const arabic = await h.say('boss', '/team nom nord فريق الشمال');
    expect(arabic).toBe(
      '« فريق الشمال » هو الاسم بالعربية: اكتب أيضًا اسم الفريق بالفرنسية، قبل « | ». مثلًا: /team nom nord <الاسم بالفرنسية> | فريق الشمال. لم يتغيّر شيء.',
    );
    const raw = (await h.send('boss', '/team nom nord فريق الشمال')).map((r) => ('text' in r ? r.text : '')).join('\n');
    expect(bidiProblems(raw)).toEqual([]);
    expect(await team()).toMatchObject({ name: 'Béja', nameAr: null });
    expect(await audit()).toEqual([]);
    await h.say('boss', '/team nom nord فريق الشمال | Équipe pilote du Nord');
    expect(await team()).toMatchObject({ name: 'Équipe pilote du Nord', nameAr: 'فريق الشمال' });
  });

  it('asks for the French name when the Arabic one comes after an empty one (« | فريق الشمال »), in French and Arabic', async () => {
    expect(await h.say('boss', '/team nom nord | فريق الشمال')).toBe(
      "« فريق الشمال » est le nom arabe : donnez aussi le nom français de l'équipe, avant « | ». Par exemple : /team nom nord <nom français> | فريق الشمال. Rien n'a été changé.",
    );
    await h.say('boss', '/lang ar');
    expect(await h.say('boss', '/فريق اسم nord | فريق الشمال')).toBe(
      '« فريق الشمال » هو الاسم بالعربية: اكتب أيضًا اسم الفريق بالفرنسية، قبل « | ». مثلًا: /team nom nord <الاسم بالفرنسية> | فريق الشمال. لم يتغيّر شيء.',
    );
    expect(await team()).toMatchObject({ name: 'Béja', nameAr: null });
    expect(await audit()).toEqual([]);
  });

  it('refuses an Arabic name not written in Arabic, an empty one, a name too long, in both languages', async () => {
    await h.say('boss', '/team nom nord Équipe pilote du Nord | فريق الشمال');
    const before = await audit();
    expect(await h.say('boss', '/team nom nord Équipe du Nord | Nord')).toBe(
      "« Nord » n'est pas un nom écrit en arabe : rien n'a été changé. Écrivez-le en lettres arabes, sans lettres latines, par exemple /team nom nord Équipe pilote du Nord | فريق الشمال.",
    );
    expect(await h.say('boss', '/team nom nord Équipe du Nord |')).toContain("Le nom arabe de l'équipe est vide");
    expect(await h.say('boss', `/team nom nord ${'x'.repeat(61)}`)).toBe(
      "Ce nom d'équipe est trop long : 60 caractères au plus. Rien n'a été changé.",
    );
    expect(await h.say('boss', '/team nom nowhere Équipe')).toContain("Je ne connais pas l'équipe « nowhere »");
    expect(await h.say('boss', '/team nom nord')).toContain('/team nom <code> <nom français> | <nom arabe>');
    await h.say('boss', '/lang ar');
    expect(await h.say('boss', '/team nom nord Équipe du Nord | Nord')).toBe(
      '« Nord » ليس اسمًا مكتوبًا بالعربية: لم يتغيّر شيء. اكتبه بحروف عربية دون حروف لاتينية، مثلًا /team nom nord Équipe pilote du Nord | فريق الشمال.',
    );
    expect(await h.say('boss', `/team nom nord ${'x'.repeat(61)}`)).toBe(
      'اسم الفريق هذا طويل جدًا: 60 حرفًا على الأكثر. لم يتغيّر شيء.',
    );
    expect(await team()).toMatchObject({ name: 'Équipe pilote du Nord', nameAr: 'فريق الشمال' });
    expect(await audit()).toEqual(before);
  });

  it('is what Arabic readers read in replies; French readers keep the French name', async () => {
    await h.say('boss', '/team nom nord Équipe pilote du Nord | فريق الشمال');
    const code = () => h.say('boss', '/invite nord').then(codeOf);
    await h.say('amal', '/lang ar');
    const joined = await h.say('amal', `/join ${await code()}`);
    expect(joined).toContain('مرحبًا بك في فريق الشمال (باجة)!');
    const start = await h.say('amal', '/start');
    expect(start).toContain('فريق الشمال');
    expect(start).not.toMatch(/Équipe|Béja/);
    expect(await h.say('paul', `/join ${await code()}`)).toContain("Bienvenue dans l'Équipe pilote du Nord");
    const french = await h.say('paul', '/start');
    expect(french).toContain('Équipe pilote du Nord');
    expect(french).not.toContain('فريق الشمال');
  });

  it('heads the team in /progress with its commune, in French and Arabic; a team named after its commune keeps one name', async () => {
    const heading = async () =>
      (await h.say('boss', '/progress')).split('\n').find((line) => line.includes('nord')) ?? '';
    expect(await heading()).toBe('▶ nord — Béja (aucun membre)');
    await h.say('boss', '/team nom nord Équipe pilote du Nord | فريق الشمال');
    expect(await heading()).toBe('▶ nord — Équipe pilote du Nord, commune de Béja (aucun membre)');
    await h.say('boss', '/lang ar');
    expect(await heading()).toBe('◀ nord — فريق الشمال، بلدية باجة (عدد الأعضاء: 0)');
    const raw = (await h.send('boss', '/progress')).map((r) => ('text' in r ? r.text : '')).join('\n');
    expect(bidiProblems(raw)).toEqual([]);
    await h.say('boss', '/team nom nord -');
    expect(await heading()).toBe('◀ nord — باجة (عدد الأعضاء: 0)');
  });

  it('falls back to the French name without an Arabic one, and to the commune’s once named after it again', async () => {
    expect(await h.say('boss', '/team nom nord Équipe pilote du Nord')).toBe(
      "L'équipe « nord » s'appelle désormais Équipe pilote du Nord. Les messages et documents en arabe emploient ce nom français tant que vous ne donnez pas son nom arabe : /team nom nord Équipe pilote du Nord | <nom arabe>.",
    );
    expect(await team()).toMatchObject({ name: 'Équipe pilote du Nord', nameAr: null });
    expect((await h.say('boss', '/teams')).split('\n').slice(-1)).toEqual([
      "Pour donner le nom arabe d'une équipe : /team nom <code> <nom français> | <nom arabe>.",
    ]);
    await h.say('amal', '/lang ar');
    await h.say('amal', `/join ${codeOf(await h.say('boss', '/invite nord'))}`);
    expect(await h.say('amal', '/start')).toContain('Équipe pilote du Nord');
    await h.say('boss', '/lang ar');
    expect(await h.say('boss', '/team nom nord -')).toBe('يحمل الفريق « nord » اسم بلديته: باجة.');
    expect(await team()).toMatchObject({ name: 'Béja', nameAr: null });
    const start = await h.say('amal', '/start');
    expect(start).toContain('أنت عضو في فريق باجة.');
    expect(start).not.toContain('Équipe');
  });

  it('is explained in /help in both languages', async () => {
    const helpLines = async () => {
      const all = (await h.send('boss', '/help coordinateur')).map((r) => ('text' in r ? r.text : '')).join('\n');
      return all.split('\n').filter((line) => line.includes('/team nom'));
    };
    expect(await helpLines()).toEqual([
      "/team nom <code> <nom> | <nom arabe> — donner un autre nom à l'équipe",
      '/team nom <code> - pour lui rendre le nom de sa commune',
    ]);
    await h.say('boss', '/lang ar');
    const arabic = await helpLines();
    expect(arabic).toEqual([
      '\u200f\u2066/team nom\u2069 <رمز> <الاسم> | <الاسم بالعربية> — تسمية الفريق باسم آخر',
      '\u200f\u2066/team nom\u2069 <رمز> - ليعود إلى اسم بلديته',
    ]);
    expect(bidiProblems(arabic.join('\n'))).toEqual([]);
  });
});
