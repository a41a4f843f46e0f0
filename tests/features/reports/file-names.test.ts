// /export and /report name their files with the same function: the catalog's words and the commune
// in the reader's language, Latin accents dropped, Arabic letters kept whole — hamza included, so a
// commune « أريانة » is not written « اريانة » in the /report of an Arabic reader.
import { describe, expect, it } from 'vitest';
import type { App } from '../../../src/app.ts';
import type { Locale } from '../../../src/core/i18n.ts';
import type { Sender } from '../../../src/core/messages.ts';
import { localDay } from '../../../src/core/time.ts';
import { slug } from '../../../src/documents/file-name.ts';
import type { Questionnaire } from '../../../src/features/questionnaires/definitions.ts';
import { appForTests } from '../../helpers/app.ts';
import { enrolInNewTeam } from '../../helpers/enrol.ts';
import { plain, text } from '../../helpers/messages.ts';
import { planWalk } from '../../helpers/walk.ts';

let app: App;
let diagnostic: Questionnaire;
appForTests((made, q) => ((app = made), (diagnostic = q)));
const today = localDay(new Date(), 'Africa/Tunis');
const day = String.raw`\d{4}-\d{2}-\d{2}`;

async function fileName(who: Sender, line: string): Promise<string> {
  const replies = (await app.handle(text(who, line))).replies;
  const doc = replies.find((r) => r.kind === 'document');
  if (doc?.kind !== 'document') throw new Error(`no document for ${line}: ${plain(replies)}`);
  return doc.fileName;
}

/** A coordinator of the team of Ariana (أريانة) who submitted its diagnostic, reading in `locale`. */
async function arianaCoordinator(slug: string, locale: Locale): Promise<Sender> {
  const team = { name: 'Ariana', commune: 'Ariana', communeAr: 'أريانة' };
  const { who } = await enrolInNewTeam(app, { slug, team, lang: locale, role: 'coordinator' });
  await app.handle(text(who, `/diagnostic ${app.questionnaires.indexOf(diagnostic) + 1}`));
  for (const s of planWalk(diagnostic, locale, today)) await app.handle(text(who, s.line));
  await app.handle(text(who, '/submit'));
  await app.handle(text(who, 'oui'));
  return who;
}

describe('the file names of /export and /report', () => {
  it('Arabic: the catalog words as written, the commune with its hamza', async () => {
    const who = await arianaCoordinator('ariana-ar', 'ar');
    expect(await fileName(who, '/report')).toMatch(new RegExp(`^jawda-تقرير-أريانة-${day}\\.docx$`, 'u'));
    // Named after the commune as /report is, not after the team's code (ariana-ar).
    expect(await fileName(who, '/export')).toMatch(new RegExp(`^jawda-إجابات-أريانة-${day}\\.xlsx$`, 'u'));
    expect(await fileName(who, '/تصدير إجابات الكل')).toMatch(new RegExp(`^jawda-إجابات-كل-الفرق-${day}\\.xlsx$`, 'u'));
    expect(await fileName(who, '/تصدير تقدم')).toMatch(new RegExp(`^jawda-تقدم-${day}\\.csv$`, 'u'));
  });

  it('French: accents dropped, as before', async () => {
    const who = await arianaCoordinator('ariana-fr', 'fr');
    expect(await fileName(who, '/report')).toMatch(new RegExp(`^jawda-rapport-ariana-${day}\\.docx$`));
    expect(await fileName(who, '/export')).toMatch(new RegExp(`^jawda-reponses-ariana-${day}\\.xlsx$`));
    expect(await fileName(who, '/export réponses tous')).toMatch(
      new RegExp(`^jawda-reponses-toutes-equipes-${day}\\.xlsx$`),
    );
    expect(await fileName(who, '/export avancement')).toMatch(new RegExp(`^jawda-avancement-${day}\\.csv$`));
    expect(await fileName(who, '/guide anonyme')).toMatch(new RegExp(`^jawda-guide-fr-anonyme-${day}\\.docx$`));
  });
});

describe('slug', () => {
  it.each([
    ['Béja', 'beja'],
    ['Cœur de ville', 'coeur-de-ville'],
    ['إجابات-كل-الفرق', 'إجابات-كل-الفرق'],
    ['آفاق «المؤسسة»', 'آفاق-المؤسسة'],
    // Vowel marks are not letters of the name: « سجلّ » is « سجل », not « سجل- ».
    ['سجلّ المرفق', 'سجل-المرفق'],
  ])('« %s » → « %s »', (words, expected) => {
    expect(slug(words)).toBe(expected);
  });
});
