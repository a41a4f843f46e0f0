// /guide: the draft of the programme's practical guide, for coordinators — the methods (from the
// knowledge pages, with their sources), then one case study per pilot commune. In the language of
// the conversation, or the one asked (`/guide fr`, `/guide ar`); `/guide anonyme` with communes and
// people named by letters.
import { communeName, teamName } from '../../core/commune.ts';
import { personName, type Reader } from '../../core/person-name.ts';
import type { I18n, Locale } from '../../core/i18n.ts';
import { wordReader } from '../../core/command-words.ts';
import type { Block, DocModel, Section } from '../../documents/index.ts';
import type { Db } from '../../persistence/prisma.ts';
import type { Questionnaire } from '../questionnaires/definitions.ts';
import { formatDate, type RenderContext } from '../questionnaires/render.ts';
import { caseSections, type CaseTeam } from './guide-cases.ts';
import { methodSections } from './guide-methods.ts';

export interface GuideOptions {
  locale: Locale;
  anonymous: boolean;
  today: string;
  now: Date;
}

export interface GuideDeps {
  db: Db;
  i18n: I18n;
  questionnaires: readonly Questionnaire[];
  knowledgeDir: string;
}

const guideWord = wordReader({
  ar: ['ar', 'arabe', 'عربية'],
  fr: ['fr', 'francais', 'فرنسية'],
  anonymous: ['anonyme', 'anonymous', 'anonymise', 'مجهول', 'دون-أسماء'],
});

/** "/guide ar anonyme" → the language and whether names are hidden (null: words it does not know). */
export function guideOptions(args: string, fallback: Locale): { locale: Locale; anonymous: boolean } | null {
  let locale = fallback;
  let anonymous = false;
  for (const word of args.split(/\s+/).filter(Boolean)) {
    const meaning = guideWord(word);
    if (meaning === 'ar' || meaning === 'fr') locale = meaning;
    else if (meaning === 'anonymous') anonymous = true;
    else return null;
  }
  return { locale, anonymous };
}

/** Every string of the sections with `pairs` replaced (longest first, so "Sfax Nord" before "Sfax"). */
function replaced(sections: Section[], pairs: [string, string][]): Section[] {
  const sorted = pairs.filter(([from]) => from.trim().length > 1).sort((a, b) => b[0].length - a[0].length);
  const swap = (text: string) => sorted.reduce((t, [from, to]) => t.split(from).join(to), text);
  const block = (b: Block): Block => {
    switch (b.type) {
      case 'paragraph':
        return { ...b, text: swap(b.text) };
      case 'bullets':
      case 'numbered':
        return { ...b, items: b.items.map(swap) };
      case 'table':
        return { ...b, header: b.header.map(swap), rows: b.rows.map((r) => r.map(swap)) };
      case 'keyValues':
        return { ...b, items: b.items.map((i) => ({ key: swap(i.key), value: swap(i.value) })) };
      case 'image':
        return b;
      case 'pageBreak':
        return b;
    }
  };
  return sections.map((s) => ({ ...s, heading: swap(s.heading), blocks: s.blocks.map(block) }));
}

/** A team with the names of both languages, its own and its commune's. */
type GuideTeam = CaseTeam & { nameAr: string | null; communeAr: string | null };

/**
 * The teams in the order of the names the reader reads: an Arabic guide lists « القيروان » before
 * « باجة » (Arabic collation), a French one « Béja » before « Bizerte » — the same on SQLite and
 * PostgreSQL, whose own orders differ.
 */
async function teams(db: Db, locale: Locale, reader: Reader): Promise<GuideTeam[]> {
  const rows = await db.team.findMany({
    include: { members: { include: { person: { select: { displayName: true } } } } },
  });
  const collator = new Intl.Collator(locale);
  const shown = (t: (typeof rows)[number]) => communeName(t, locale);
  rows.sort((a, b) => collator.compare(shown(a), shown(b)) || collator.compare(a.slug, b.slug));
  return rows.map((t) => ({
    id: t.id,
    name: t.name,
    nameAr: t.nameAr,
    commune: t.commune,
    communeAr: t.communeAr,
    members: t.members.map((m) => personName(m.person.displayName, reader)),
  }));
}

export async function buildGuide(deps: GuideDeps, options: GuideOptions): Promise<DocModel> {
  const { locale } = options;
  const t: RenderContext['t'] = (key, args) => deps.i18n.t(locale, key, args);
  const rc: RenderContext = { locale, t, today: options.today };
  const letter = (i: number) => String.fromCharCode(65 + (i % 26)) + (i >= 26 ? String(Math.floor(i / 26)) : '');
  const cases: Section[] = [];
  const all = await teams(deps.db, locale, rc);
  for (const [i, team] of all.entries()) {
    const shown = { ...team, name: teamName(team, locale), commune: communeName(team, locale) };
    const heading = t('guide-case-title', { commune: shown.commune });
    const found = await caseSections(shown, { db: deps.db, questionnaires: deps.questionnaires, now: options.now }, rc);
    const body: Section[] = [
      { heading, level: 1, blocks: found.length > 0 ? [] : [{ type: 'paragraph', text: t('guide-case-empty') }] },
      ...found,
    ];
    if (!options.anonymous) cases.push(...body);
    else {
      // Image charts carry the team's name: they are left out of an anonymous guide.
      const withoutImages = body.map((s) => ({ ...s, blocks: s.blocks.filter((b) => b.type !== 'image') }));
      cases.push(
        ...replaced(withoutImages, [
          // Both spellings of the commune: an Arabic answer may name it in French, and the other way round.
          ...[team.commune, team.communeAr ?? ''].map((name): [string, string] => [
            name,
            t('guide-anon-commune', { letter: letter(i) }),
          ]),
          // Both spellings of the team's name too, when it has its own Arabic one.
          ...[team.name, team.nameAr ?? '', shown.name].map((name): [string, string] => [
            name,
            t('guide-anon-team', { letter: letter(i) }),
          ]),
          ...team.members.map((name, j): [string, string] => [
            name,
            t('guide-anon-person', { letter: letter(i), n: j + 1 }),
          ]),
        ]),
      );
    }
  }
  return {
    locale,
    title: t('guide-title'),
    subtitle: t('guide-subtitle'),
    cover: [
      { key: t('guide-cover-status'), value: t('guide-cover-draft', { date: formatDate(options.today, locale) }) },
      { key: t('guide-cover-communes'), value: String(all.length) },
      ...(options.anonymous ? [{ key: t('guide-cover-names'), value: t('guide-cover-anonymous') }] : []),
    ],
    sections: [
      { heading: t('guide-foreword'), blocks: [{ type: 'paragraph', text: t('guide-foreword-text') }] },
      { heading: t('guide-part-1'), blocks: [{ type: 'paragraph', text: t('guide-part-1-text') }] },
      ...methodSections(deps.knowledgeDir, locale, t),
      { heading: t('guide-part-2'), blocks: [{ type: 'paragraph', text: t('guide-part-2-text') }] },
      ...cases,
    ],
  };
}
