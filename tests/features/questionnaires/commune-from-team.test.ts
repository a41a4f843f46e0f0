// The diagnostic no longer asks « Dans quelle commune ? »: every run belongs to a team, and the
// team has its commune, which the report and the printed answers name in the reader's language.
// Runs started when it was asked keep their answer in the database, out of the review, the report
// and the export.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { App } from '../../../src/app.ts';
import type { Locale } from '../../../src/core/i18n.ts';
import type { OutboundMessage, Sender } from '../../../src/core/messages.ts';
import { localDay } from '../../../src/core/time.ts';
import type { Questionnaire } from '../../../src/features/questionnaires/definitions.ts';
import { appForTests } from '../../helpers/app.ts';
import { enrolInNewTeam } from '../../helpers/enrol.ts';
import { plain, text } from '../../helpers/messages.ts';
import { planWalk } from '../../helpers/walk.ts';

let app: App;
let q: Questionnaire;
appForTests((made, diagnostic) => ((app = made), (q = diagnostic)));
const today = localDay(new Date(), 'Africa/Tunis');

const team = { name: 'Équipe Nord-Ouest', commune: 'Béja', communeAr: 'باجة' };
const asked = /Dans quelle commune|في أي بلدية|q_commune/;
/** What a person reads, without the marks that isolate names and numbers. */
const shown = (replies: OutboundMessage[]) => plain(replies).replace(/[\u200e\u200f\u2066-\u2069]/g, '');
const yes = (locale: Locale) => (locale === 'ar' ? 'نعم' : 'oui');

function talk(who: Sender) {
  return async (line: string) => (await app.handle(text(who, line))).replies;
}

/** The words of the Word report the person asks for with /report. */
async function reportWords(say: (line: string) => Promise<OutboundMessage[]>): Promise<string> {
  const doc = (await say('/report')).find((r) => r.kind === 'document');
  if (doc?.kind !== 'document') throw new Error('no report');
  const xml = (await (await JSZip.loadAsync(doc.data)).file('word/document.xml')?.async('string')) ?? '';
  return xml.replace(/<[^>]+>/g, '').replace(/[\u200e\u200f\u2066-\u2069]/g, '');
}

/** Every cell of the workbook `/export answers` sends, and its sheets' printed footers. */
async function exportCells(
  say: (line: string) => Promise<OutboundMessage[]>,
): Promise<{ cells: string[]; footers: string[] }> {
  const doc = (await say('/export answers')).find((r) => r.kind === 'document');
  if (doc?.kind !== 'document') throw new Error('no export');
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(new Uint8Array(doc.data).buffer);
  const cells: string[] = [];
  book.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => cells.push(cell.text))));
  return { cells, footers: book.worksheets.map((sheet) => sheet.headerFooter.oddFooter ?? '') };
}

describe.each(['fr', 'ar'] as const)('the diagnostic walked in %s', (locale) => {
  it("never asks for the commune, numbers the domain question 2, and the report names the team's commune", async () => {
    const { who, teamId } = await enrolInNewTeam(app, { slug: `nord-ouest-${locale}`, team, lang: locale });
    const say = talk(who);
    const replies = await say('/diagnostic 1');
    const steps = planWalk(q, locale, today);
    for (const s of steps) replies.push(...(await say(s.line)));
    expect(shown(replies)).not.toMatch(asked);
    // Right after the service's name comes its domain, as question 2.
    const domain = q.byId.get('q_service_domain')?.label[locale] ?? '?';
    const second = replies.find((r) => r.kind === 'choices' && r.text.includes(domain));
    expect(shown(second ? [second] : [])).toMatch(locale === 'fr' ? /Question 2\/\d+–\d+/ : /السؤال 2\/\d+–\d+/);
    expect(shown(await say('/submit'))).toContain(locale === 'fr' ? 'Confirmer la soumission' : 'تأكيد التقديم');
    expect(shown(await say(yes(locale)))).toContain(locale === 'fr' ? 'Questionnaire soumis' : 'قُدِّم الاستبيان');
    const run = await app.db.questionnaireRun.findFirstOrThrow({ where: { teamId } });
    expect(run).toMatchObject({ status: 'submitted', questionnaireVersion: q.version });
    expect(await app.db.answer.count({ where: { runId: run.id, questionId: 'q_commune' } })).toBe(0);
    // The cover and the context name the team's commune, in the reader's language.
    const words = await reportWords(say);
    expect(words).toContain(locale === 'fr' ? 'Béja' : 'باجة');
    if (locale === 'ar') expect(words).not.toContain('Béja');
  });
});

describe.each(['fr', 'ar'] as const)('a run started when the commune was asked, in %s', (locale) => {
  it('resumes at the domain, and its review, status, report and export leave the old answer out', async () => {
    const { who, personId, teamId } = await enrolInNewTeam(app, { slug: `ancien-${locale}`, team, lang: locale });
    const say = talk(who);
    // Version 2 asked for the commune; the team typed another one than the team's (Tabarka).
    const run = await app.db.questionnaireRun.create({
      data: { teamId, questionnaireId: q.id, questionnaireVersion: 2 },
    });
    for (const [questionId, value] of [
      ['q_service_name', 'État civil'],
      ['q_commune', 'Tabarka'],
    ] as const)
      await app.db.answer.create({
        data: { runId: run.id, questionId, value: JSON.stringify(value), authorId: personId },
      });

    // Its last answer was the commune: it goes on with the first question still open.
    const resumed = shown(await say('/diagnostic 1'));
    expect(resumed).toContain(locale === 'fr' ? 'à la question 2 (1/' : 'من السؤال 2 (إجابات الفريق: 1/');
    expect(resumed).toContain(q.byId.get('q_service_domain')?.label[locale]);
    const status = shown(await say('/status'));
    const review = shown(await say('/review'));
    for (const screen of [resumed, status, review]) {
      expect(screen).not.toMatch(asked);
      expect(screen).not.toContain('Tabarka');
    }
    expect(review).toContain('État civil');

    // Back to the questions (at the first one open), and the rest of the walk after the service's name.
    await say('/diagnostic 1');
    for (const s of planWalk(q, locale, today).slice(1)) await say(s.line);
    await say('/submit');
    expect(shown(await say(yes(locale)))).toContain(locale === 'fr' ? 'Questionnaire soumis' : 'قُدِّم الاستبيان');

    const words = await reportWords(say);
    expect(words).toContain(locale === 'fr' ? 'Béja' : 'باجة');
    expect(words).not.toContain('Tabarka');
    expect(words).not.toMatch(asked);
    const { cells, footers } = await exportCells(say);
    expect(cells).toContain('État civil');
    expect(cells.join('\n')).not.toMatch(/Tabarka|q_commune/);
    // Printed, the diagnostic's answers name the team's commune, in the reader's language.
    expect(footers[0]).toContain(`— ${locale === 'fr' ? 'Béja' : 'باجة'} —`);
    // Still in the database, as given.
    expect(await app.db.answer.count({ where: { runId: run.id, questionId: 'q_commune' } })).toBe(1);
  });
});
