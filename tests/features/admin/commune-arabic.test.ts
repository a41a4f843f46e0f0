// A commune's Arabic name: given with the team (`/team add beja Béja | باجة`) or later
// (`/team arabe beja باجة`), refused when it is not written in Arabic, and read by Arabic readers
// in place of the French name, which French readers keep.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { demoTeamSlug, ensureLocalOperator } from '../../../src/features/admin/operator.ts';
import { bidiProblems } from '../../helpers/bidi.ts';
import { createHarness, type Harness } from '../reminders/harness.ts';

const codeOf = (reply: string) => /([A-Z2-9]{8})\b/.exec(reply)?.[1] ?? '';

describe("a commune's Arabic name", () => {
  let h: Harness;
  beforeEach(async () => {
    h = await createHarness();
  });
  afterEach(() => h.cleanup());

  const team = (slug: string) => h.db.team.findUnique({ where: { slug } });
  const audit = () => h.db.auditEntry.findMany({ where: { action: { startsWith: 'team.' } } });

  it('is given with the team after « | »; /teams shows both names, in the reader’s order', async () => {
    expect(await h.say('boss', '/team add beja Béja | باجة')).toBe(
      'Équipe « beja » créée pour Béja (en arabe : باجة). Invitez ses membres avec /invite beja.',
    );
    expect(await team('beja')).toMatchObject({ name: 'Béja', commune: 'Béja', communeAr: 'باجة' });
    const [entry] = await audit();
    expect(entry).toMatchObject({ action: 'team.add', details: { slug: 'beja', commune: 'Béja', communeAr: 'باجة' } });
    await h.say('boss', '/team add kef Le Kef');
    expect(await h.say('boss', '/teams')).toBe(
      [
        'Équipes :',
        '• beja — Béja / باجة (aucun membre)',
        '• kef — Le Kef (aucun membre)',
        '',
        "Pour donner le nom arabe d'une commune : /team arabe <code> <nom arabe>.",
      ].join('\n'),
    );
    await h.say('boss', '/lang ar');
    expect(await h.say('boss', '/فريق أضف sfax Sfax | صفاقس')).toBe(
      'تم إنشاء الفريق « sfax » لبلدية صفاقس (Sfax بالفرنسية). ادعُ أعضاءه بـ /invite sfax.',
    );
    expect((await h.say('boss', '/teams')).split('\n').slice(0, 4)).toEqual([
      'الفرق:',
      '• beja — باجة / Béja (عدد الأعضاء: 0)',
      '• kef — Le Kef (عدد الأعضاء: 0)',
      '• sfax — صفاقس / Sfax (عدد الأعضاء: 0)',
    ]);
  });

  it('asks for the French name when only the Arabic one is typed, and takes the two names the other way round', async () => {
    expect(await h.say('boss', '/team add kairouan القيروان')).toBe(
      "« القيروان » est le nom arabe : donnez aussi le nom français de la commune, avant « | ». Par exemple : /team add kairouan <nom français> | القيروان. Rien n'a été créé.",
    );
    expect(await team('kairouan')).toBeNull();
    expect(await h.say('boss', '/team add kairouan القيروان | Kairouan')).toBe(
      'Équipe « kairouan » créée pour Kairouan (en arabe : القيروان). Invitez ses membres avec /invite kairouan.',
    );
    expect(await team('kairouan')).toMatchObject({ commune: 'Kairouan', communeAr: 'القيروان' });
    await h.say('boss', '/lang ar');
    const arabic = await h.say('boss', '/team add mahdia المهدية');
    expect(arabic).toBe(
      '« المهدية » هو الاسم بالعربية: اكتب أيضًا اسم البلدية بالفرنسية، قبل « | ». مثلًا: /team add mahdia <الاسم بالفرنسية> | المهدية. لم يُنشأ أي فريق.',
    );
    expect(await team('mahdia')).toBeNull();
    const raw = (await h.send('boss', '/team add mahdia المهدية')).map((r) => ('text' in r ? r.text : '')).join('\n');
    expect(bidiProblems(raw)).toEqual([]);
  });

  it('asks for the French name when the Arabic one comes after an empty one (« | باجة »), in French and Arabic', async () => {
    expect(await h.say('boss', '/team add kairouan | القيروان')).toBe(
      "« القيروان » est le nom arabe : donnez aussi le nom français de la commune, avant « | ». Par exemple : /team add kairouan <nom français> | القيروان. Rien n'a été créé.",
    );
    await h.say('boss', '/lang ar');
    expect(await h.say('boss', '/team add mahdia | المهدية')).toBe(
      '« المهدية » هو الاسم بالعربية: اكتب أيضًا اسم البلدية بالفرنسية، قبل « | ». مثلًا: /team add mahdia <الاسم بالفرنسية> | المهدية. لم يُنشأ أي فريق.',
    );
    expect(await team('kairouan')).toBeNull();
    expect(await team('mahdia')).toBeNull();
  });

  it('is given or changed later with /team arabe, and recorded in the audit trail', async () => {
    await h.say('boss', '/team add beja Béja');
    expect(await team('beja')).toMatchObject({ communeAr: null });
    expect(await h.say('boss', '/team arabe beja باجه')).toBe(
      "Nom arabe de la commune de l'équipe « beja » : باجه (en français : Béja). Les messages et documents en arabe l'emploient désormais.",
    );
    await h.say('boss', '/lang ar');
    expect(await h.say('boss', '/فريق عربي beja باجة')).toBe(
      'اسم بلدية الفريق « beja » بالعربية: باجة (Béja بالفرنسية). تستعمله الرسائل والوثائق بالعربية من الآن.',
    );
    expect(await team('beja')).toMatchObject({ commune: 'Béja', communeAr: 'باجة' });
    const entries = (await audit()).filter((e) => e.action === 'team.arabic');
    expect(entries.map((e) => e.details)).toEqual(
      expect.arrayContaining([
        { slug: 'beja', communeAr: 'باجه', before: null },
        { slug: 'beja', communeAr: 'باجة', before: 'باجه' },
      ]),
    );
    expect(entries).toHaveLength(2);
  });

  it('refuses a name not written in Arabic, or none, in both languages, and changes nothing', async () => {
    await h.say('boss', '/team add beja Béja | باجة');
    const before = await audit();
    expect(await h.say('boss', '/team arabe beja Beja')).toBe(
      "« Beja » n'est pas un nom écrit en arabe : rien n'a été changé. Écrivez-le en lettres arabes, sans lettres latines, par exemple /team arabe beja باجة.",
    );
    expect(await h.say('boss', '/team arabe beja باجة Béja')).toContain("n'est pas un nom écrit en arabe");
    expect(await h.say('boss', '/team arabe beja')).toBe(
      "Le nom arabe de la commune est vide : rien n'a été changé. Écrivez-le en lettres arabes, par exemple /team arabe beja باجة. Pour effacer un nom arabe, écrivez un tiret : /team arabe beja -.",
    );
    expect(await h.say('boss', '/team add kef Le Kef |')).toContain('Le nom arabe de la commune est vide');
    expect(await h.say('boss', '/team add kef Le Kef | Kef')).toContain("« Kef » n'est pas un nom écrit en arabe");
    expect(await h.say('boss', '/team arabe nowhere باجة')).toContain("Je ne connais pas l'équipe « nowhere »");
    await h.say('boss', '/lang ar');
    expect(await h.say('boss', '/team arabe beja Beja')).toBe(
      '« Beja » ليس اسمًا مكتوبًا بالعربية: لم يتغيّر شيء. اكتبه بحروف عربية دون حروف لاتينية، مثلًا /team arabe beja باجة.',
    );
    expect(await h.say('boss', '/team arabe beja   ')).toBe(
      'اسم البلدية بالعربية فارغ: لم يتغيّر شيء. اكتبه بحروف عربية، مثلًا /team arabe beja باجة. ولحذف اسم بالعربية اكتب شرطة: /team arabe beja -',
    );
    expect(await team('beja')).toMatchObject({ commune: 'Béja', communeAr: 'باجة' });
    expect(await team('kef')).toBeNull();
    expect(await audit()).toEqual(before);
  });

  it('is cleared with a dash, in both languages, and recorded in the audit trail like a change', async () => {
    await h.say('boss', '/team add beja Béja | باجه');
    expect(await h.say('boss', '/team arabe beja -')).toBe(
      "Nom arabe de la commune de l'équipe « beja » effacé (c'était باجه). Les messages et documents en arabe emploient désormais le nom français : Béja. Pour en donner un autre : /team arabe beja <nom arabe>.",
    );
    expect(await team('beja')).toMatchObject({ commune: 'Béja', communeAr: null });
    expect(await h.say('boss', '/team arabe beja -')).toBe(
      "La commune de l'équipe « beja » (Béja) n'a pas de nom arabe : rien à effacer. Pour en donner un : /team arabe beja <nom arabe>.",
    );
    await h.say('boss', '/team arabe beja باجة');
    await h.say('boss', '/lang ar');
    expect(await h.say('boss', '/فريق عربي beja —')).toBe(
      'حُذف اسم بلدية الفريق « beja » بالعربية (كان باجة). تستعمل الرسائل والوثائق بالعربية من الآن الاسم بالفرنسية: Béja. لإضافة اسم آخر: /team arabe beja <الاسم بالعربية>.',
    );
    expect(await h.say('boss', '/team arabe beja -')).toBe(
      'ليس لبلدية الفريق « beja » (Béja) اسم بالعربية: لا شيء يُحذف. لإضافته: /team arabe beja <الاسم بالعربية>.',
    );
    expect((await h.say('boss', '/teams')).split('\n')[1]).toBe('• beja — Béja (عدد الأعضاء: 0)');
    const entries = (await audit()).filter((e) => e.action === 'team.arabic');
    expect(entries.map((e) => e.details)).toEqual(
      expect.arrayContaining([
        { slug: 'beja', communeAr: null, before: 'باجه' },
        { slug: 'beja', communeAr: 'باجة', before: null },
        { slug: 'beja', communeAr: null, before: 'باجة' },
      ]),
    );
    expect(entries).toHaveLength(3);
  });

  it('is explained in /help in both languages, each command left to right inside the Arabic line', async () => {
    const helpLines = async () => {
      const replies = await h.send('boss', '/help coordinateur');
      const all = replies.map((r) => ('text' in r ? r.text : '')).join('\n');
      return all.split('\n').filter((line) => line.includes('/team a'));
    };
    expect(await helpLines()).toEqual([
      "/team add <code> <commune> — créer l'équipe d'une commune",
      '/team add <code> <commune> | <nom arabe> — avec son nom arabe',
      '/team arabe <code> <nom arabe> — donner ou changer ce nom arabe',
      "/team arabe <code> - pour l'effacer",
    ]);
    await h.say('boss', '/lang ar');
    const arabic = await helpLines();
    expect(arabic).toEqual([
      '\u200f\u2066/team add\u2069 <رمز> <البلدية> — إنشاء فريق بلدية',
      '\u200f\u2066/team add\u2069 <رمز> <البلدية> | <الاسم بالعربية> — مع اسم البلدية بالعربية',
      '\u200f\u2066/team arabe\u2069 <رمز> <الاسم بالعربية> — إضافة هذا الاسم أو تغييره',
      '\u200f\u2066/team arabe\u2069 <رمز> - لحذفه',
    ]);
    expect(bidiProblems(arabic.join('\n'))).toEqual([]);
  });

  it('is what Arabic readers read in messages; French readers keep the French name', async () => {
    await h.say('boss', '/team add beja Béja | باجة');
    const code = () => h.say('boss', '/invite beja').then(codeOf);
    await h.say('amal', '/lang ar');
    expect(await h.say('amal', `/join ${await code()}`)).toContain('مرحبًا بك في فريق باجة!');
    expect(await h.say('amal', '/start')).toContain('باجة');
    expect(await h.say('amal', '/start')).not.toContain('Béja');
    expect(await h.say('paul', `/join ${await code()}`)).toContain("Bienvenue dans l'équipe Béja !");
    expect(await h.say('paul', '/start')).not.toContain('باجة');
    expect(await h.say('boss', '/progress')).toContain('▶ beja — Béja (2 membres)');
    await h.say('boss', '/lang ar');
    expect(await h.say('boss', '/progress')).toContain('◀ beja — باجة (عدد الأعضاء: 2)');
  });

  it('is given to the demo team by DEMO_TEAM_COMMUNE after « | », when it is written in Arabic', async () => {
    await ensureLocalOperator(h.db, { name: 'Hajer', commune: 'Bizerte | بنزرت' });
    expect(await team(demoTeamSlug)).toMatchObject({ commune: 'Bizerte', communeAr: 'بنزرت' });
    const other = await createHarness();
    try {
      await ensureLocalOperator(other.db, { name: 'Hajer', commune: 'Bizerte | Bizerta' });
      expect(await other.db.team.findUnique({ where: { slug: demoTeamSlug } })).toMatchObject({
        commune: 'Bizerte',
        communeAr: null,
      });
    } finally {
      await other.cleanup();
    }
  });
});
