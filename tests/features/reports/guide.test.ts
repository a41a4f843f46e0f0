// Mission reports (a report after each visit) and the programme's guide, through the real app.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { pino } from 'pino';
import { freshDatabase, type FreshDatabase } from '../../helpers/db.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../../src/app.ts';
import { createConfig } from '../../../src/config.ts';
import { localDay } from '../../../src/core/time.ts';
import { ensureLocalOperator, operatorAddress } from '../../../src/features/admin/operator.ts';
import type { Questionnaire } from '../../../src/features/questionnaires/definitions.ts';
import { text } from '../../helpers/messages.ts';
import { planWalk } from '../../helpers/walk.ts';

let app: App;
let fresh: FreshDatabase;
const me = { ...operatorAddress, displayName: 'Opératrice Hajer' };
const today = localDay(new Date(), 'Africa/Tunis');
const say = async (line: string) => (await app.handle(text(me, line))).replies;

/** The words of a DOCX, without markup, direction marks and word joiners. */
async function wordsOf(data: Uint8Array): Promise<{ words: string; xml: string; files: string[] }> {
  const zip = await JSZip.loadAsync(data);
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  const words = xml
    .replace(/<[^>]+>/g, '')
    .replace(/[\u200e\u200f\u2060]/g, '')
    .replace(/&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
  return { xml, words, files: Object.keys(zip.files) };
}

async function documentOf(line: string) {
  const doc = (await say(line)).find((r) => r.kind === 'document');
  if (doc?.kind !== 'document') throw new Error(`no document for ${line}`);
  if (process.env.SHOW) writeFileSync(join('/tmp', doc.fileName), doc.data);
  return doc;
}

/** Walks and submits `q`; gives the texts the confirmation got back. */
async function fill(q: Questionnaire, preset: Record<string, string>): Promise<string> {
  await say(`/diagnostic ${q.id}`);
  for (const step of planWalk(q, 'fr', today, Infinity, preset)) await say(step.line);
  await say('/submit');
  return (await say('oui'))
    .map((m) => ('text' in m ? m.text : '').replace(/[\u200e\u200f\u2066-\u2069]/g, ''))
    .join('\n');
}

beforeAll(async () => {
  fresh = await freshDatabase();
  app = await createApp(createConfig({ DATABASE_URL: fresh.url, LOG_LEVEL: 'silent' }), pino({ level: 'silent' }));
  // The local operator: a coordinator, member of the demo team of Bizerte.
  await ensureLocalOperator(app.db, { name: me.displayName, commune: 'Bizerte' });
  const diagnostic = app.questionnaires[0] as Questionnaire;
  await fill(diagnostic, { q_service_name: 'Propreté' });
});
afterAll(async () => {
  await app.close();
  await fresh.drop();
});

describe('mission reports, one after each visit', () => {
  it('starts a new report after each submission, and /report mission gives the latest', async () => {
    const mission = app.questionnaires.find((q) => q.id === 'compte-rendu-mission') as Questionnaire;
    expect(mission.repeatable).toBe(true);
    expect(await say('/report mission').then((r) => r.map((m) => ('text' in m ? m.text : '')).join())).toContain(
      'Aucun',
    );
    // Said as a report, with the command that gives its document.
    expect(await fill(mission, { q_findings: 'Premier constat : registre des réclamations absent.' })).toMatch(
      /^Rapport « Compte rendu de mission[^»]* » soumis au nom de .+ Son document : \/report mission ; le prochain rapport se remplit à part/,
    );
    await say('/lang ar');
    expect(await fill(mission, { q_findings: 'Second constat : affichage des horaires fait.' })).toMatch(
      /^قُدِّم التقرير « .+ » باسم .+ وثيقته: \/report مهمة؛ ويُملأ التقرير التالي على حدة/,
    );
    // /status on the report just submitted gives its document, not the diagnostic's scores and report.
    const status = async () =>
      (await say('/status'))
        .map((m) => ('text' in m ? m.text : '').replace(/[\u200e\u200f\u2066-\u2069]/g, ''))
        .join('\n');
    const statusAr = await status();
    expect(statusAr).toMatch(/✅ قُدِّم يوم \d\d\/\d\d\/\d{4}: هذا التقرير نهائي .+ وثيقته: \/report مهمة؛/);
    expect(statusAr).not.toContain('/results');
    await say('/lang fr');
    const statusFr = await status();
    expect(statusFr).toMatch(
      /✅ Soumis le \d\d\/\d\d\/\d{4} : ce rapport est définitif .+ Son document : \/report mission ;/,
    );
    expect(statusFr).not.toContain('/results');
    const runs = await app.db.questionnaireRun.findMany({ where: { questionnaireId: 'compte-rendu-mission' } });
    expect(runs.map((r) => [r.ownerKey, r.status]).sort()).toEqual([
      ['team:1', 'submitted'],
      ['team:2', 'submitted'],
    ]);
    const doc = await documentOf('/report mission');
    expect(doc.fileName).toMatch(/^jawda-compte-rendu-mission-bizerte-.+\.docx$/);
    const { words } = await wordsOf(doc.data);
    expect(words).toContain('Second constat : affichage des horaires fait.');
    expect(words).not.toContain('Premier constat');
    expect(words).toContain(mission.title.fr);
  });

  it('labels each answer with a few words, not the question asked in the chat (FR and AR)', async () => {
    const labelled = async (lang: 'fr' | 'ar') => {
      await say(`/lang ${lang}`);
      return (await wordsOf((await documentOf('/report mission')).data)).words;
    };
    const fr = await labelled('fr');
    expect(fr).toMatch(/Principaux constats\s?:\s?Second constat/);
    expect(fr).toMatch(/Participants\s?:/);
    expect(fr).not.toContain('Quels sont les principaux constats');
    expect(fr).not.toContain('Qui a participé');
    const ar = await labelled('ar');
    expect(ar).toMatch(/أهم الملاحظات\s?:\s?Second constat/);
    expect(ar).toContain('المشاركون');
    expect(ar).not.toContain('ما هي أهم الملاحظات');
    await say('/lang fr');
  });
});

describe('the guide draft, for coordinators', () => {
  it('holds the methods with their sources, then the case of each commune', async () => {
    const doc = await documentOf('/guide');
    const { words, files } = await wordsOf(doc.data);
    expect(words).toContain('Management et amélioration de la qualité des services municipaux');
    expect(words).toContain('Le Lean management appliqué aux services municipaux');
    expect(words).toContain('Sources');
    expect(words).toContain('Étude de cas — Bizerte');
    // The level's label keeps its capital: in brackets, not after a comma mid-sentence.
    expect(words).toMatch(/Niveau d'ensemble : \d+\/100 \((Initial|En développement|Maîtrisé|Exemplaire)\)\./);
    expect(words).toContain('Propreté');
    // The case shows the plan and the missions; its chart is embedded.
    expect(words).toContain("Le plan d'amélioration et son avancement");
    expect(words).toContain('Second constat : affichage des horaires fait.');
    expect(files.some((f) => /^word\/media\/.+\.png$/.test(f))).toBe(true);
  });

  it('hides communes and people in the anonymous version', async () => {
    const { words: all, files } = await wordsOf((await documentOf('/guide anonyme')).data);
    // The cases (the methods of part 1 may name communes in their examples).
    const words = all.slice(all.indexOf('Seconde partie'));
    expect(words).toContain('Étude de cas — Commune A');
    // The demo team is named after its commune: one name, replaced once.
    expect(words).toContain('(Commune A)');
    expect(words).not.toContain('Bizerte');
    expect(words).not.toContain('Hajer');
    expect(files.some((f) => /^word\/media\//.test(f))).toBe(false);
  });

  it("names a drafted owner's function in Arabic in the Arabic guide of a team that works in French", async () => {
    const roles = await app.db.actionItem.findMany({ where: { ownerRole: true } });
    expect(roles.length).toBeGreaterThan(0);
    // A name the team typed stays as typed.
    await app.db.actionItem.update({
      where: { id: roles[0]?.id },
      data: { owner: 'Mme Sonia Ben Ali', ownerRole: false },
    });
    const levers = app.questionnaires.flatMap((q) => q.dimensions.flatMap((d) => d.levers));
    const { xml } = await wordsOf((await documentOf('/guide ar')).data);
    const cells = [...xml.matchAll(/<w:tc>.*?<\/w:tc>/g)].map((m) =>
      m[0].replace(/<[^>]+>/g, '').replace(/[\u200e\u200f\u2066-\u2069]/g, ''),
    );
    expect(cells).toContain('Mme Sonia Ben Ali');
    for (const item of roles.slice(1)) {
      const lever = levers.find((l) => l.id === item.leverId);
      // Stored in French, as the team submitted in French.
      expect(item.owner).toBe(lever?.owner.fr);
      expect(cells).toContain(`${lever?.owner.ar} (يُحدَّد الاسم)`);
      expect(cells.some((c) => c.includes(item.owner ?? '-'))).toBe(false);
    }
  });

  it('leads from each problem to its action in the reading direction', async () => {
    // The walk gave the same text to each problem and its action.
    const arrow = "Service de l'état civil ← Service de l'état civil";
    expect((await wordsOf((await documentOf('/guide ar')).data)).words).toContain(arrow);
    expect((await wordsOf((await documentOf('/guide fr')).data)).words).toContain(arrow.replace('←', '→'));
  });

  it('in French, keeps the number of a legal reference on the line of « n° »', async () => {
    const { words, xml } = await wordsOf((await documentOf('/guide fr')).data);
    expect(words).toContain('n°\u00a02018-29');
    // Nor does a line end at its hyphen: a word joiner follows it (bind.ts).
    expect(xml).toContain('n°\u00a02018-\u206029');
    expect(words).not.toMatch(/\bn° \d/u);
  });

  it('in Arabic, glues no word to a number: LibreOffice would end a line between « بـ » or « و » and « 50 »', async () => {
    const { xml, words } = await wordsOf((await documentOf('/guide ar')).data);
    // An Arabic run ending with a letter or a tatweel (« و », « بـ », « الـ ») followed by a run starting
    // with a number: LibreOffice breaks a line there whatever joiner (WJ, ZWJ, no-break spaces) comes between.
    const glued = [
      ...xml.matchAll(
        /([^<>\s]*[\p{Script=Arabic}ـ])<\/w:t><\/w:r><w:r>(?:<w:rPr>(?:(?!<\/w:rPr>).)*<\/w:rPr>)?<w:t[^>]*>([^<]*)/gu,
      ),
    ]
      .map((m) => `${m[1]}${(m[2] ?? '').replace(/[\u200e\u200f]/g, '')}`)
      .filter((text) => /[\p{Script=Arabic}ـ]\**\d/u.test(text));
    expect(glued).toEqual([]);
    expect(xml).toContain('بنسبة');
    // Each number bound to the word announcing it, in that word's run (bind.ts, bidi.ts).
    expect(words).toContain('الفصل\u00a068 والفصل\u00a069');
  });

  it('is written right to left in Arabic, and for coordinators only', async () => {
    const { words, xml } = await wordsOf((await documentOf('/guide ar')).data);
    expect(words).toContain('التصرف في جودة الخدمات البلدية وتحسينها');
    expect(words).toContain('دراسة حالة — Bizerte');
    expect(xml).toContain('<w:bidi/>');
    // Without a language word, the guide comes in the language of the conversation.
    await say('/lang ar');
    expect((await documentOf('/guide')).fileName).toMatch(/^jawda-guide-ar-/);
    expect((await documentOf('/guide fr')).fileName).toMatch(/^jawda-guide-fr-/);
    // The Arabic usage gives the Arabic word for the anonymous version, and the word is read.
    const usage = (await say('/guide latin')).map((r) => ('text' in r ? r.text : '')).join();
    expect(usage.replace(/[\u2066-\u2069\u200f]/g, '')).toContain('/guide مجهول (');
    const { words: hidden } = await wordsOf((await documentOf('/guide مجهول')).data);
    expect(hidden).not.toContain('دراسة حالة — Bizerte');
    await say('/lang fr');
    expect((await documentOf('/guide')).fileName).toMatch(/^jawda-guide-fr-/);
    expect((await say('/guide latin')).map((r) => ('text' in r ? r.text : '')).join()).toContain('Usage');
    const participant = { channel: 'telegram' as const, externalId: 'p1', displayName: 'P' };
    const refused = await app.handle(text(participant, '/guide'));
    expect(refused.replies.some((r) => r.kind === 'document')).toBe(false);
  });
});
