import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OutboundMessage } from '../../../src/core/messages.ts';
import { pageWidth } from '../../../src/documents/xlsx-layout.ts';
import { loadQuestionnaires } from '../../../src/features/questionnaires/definitions.ts';
import { markDone } from '../../../src/features/reminders/deadlines.ts';
import { projectRoot } from '../../helpers/console.ts';
import { addPerson, createHarness, ensureTeam, type Harness } from '../reminders/harness.ts';

const questionnaires = loadQuestionnaires(join(projectRoot, 'knowledge', 'questionnaires'));
const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function workbookOf(replies: OutboundMessage[]): Promise<{ fileName: string; book: ExcelJS.Workbook }> {
  const doc = replies.find((r) => r.kind === 'document');
  if (doc?.kind !== 'document') throw new Error(`no document in ${JSON.stringify(replies)}`);
  expect(doc.mimeType).toBe(xlsxType);
  const book = new ExcelJS.Workbook();
  // A copy of the bytes in an ArrayBuffer of their own, as exceljs reads them.
  await book.xlsx.load(new Uint8Array(doc.data).buffer);
  return { fileName: doc.fileName, book };
}

/** A sheet's rows as plain values (row 1 is the header). */
function rowsOf(book: ExcelJS.Workbook, name: string): ExcelJS.CellValue[][] {
  const sheet = book.getWorksheet(name);
  if (!sheet) throw new Error(`no sheet "${name}" in ${book.worksheets.map((w) => w.name).join(', ')}`);
  const rows: ExcelJS.CellValue[][] = [];
  sheet.eachRow((row) => rows.push((row.values as ExcelJS.CellValue[]).slice(1)));
  return rows;
}

const rowOf = (rows: ExcelJS.CellValue[][], questionId: string) => rows.filter((r) => r[1] === questionId);

describe('/export answers', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await createHarness({ start: '2025-06-20T10:00:00Z', questionnaires });
    const alice = await addPerson(h.db, { channel: 'console', externalId: 'alice', name: 'Alice', team: 'sfax' });
    const rania = await addPerson(h.db, { channel: 'console', externalId: 'rania', name: 'Rania', team: 'sfax' });
    const tarek = await addPerson(h.db, { channel: 'console', externalId: 'tarek', name: 'Tarek', team: 'tunis' });
    const sfax = await ensureTeam(h.db, 'sfax');
    const tunis = await ensureTeam(h.db, 'tunis');
    const run = await h.db.questionnaireRun.create({
      data: { teamId: sfax, questionnaireId: 'diagnostic-service', questionnaireVersion: 1 },
    });
    // The service name changed twice, by two people; a measure skipped on purpose.
    const log: [string, string | null, string, string][] = [
      ['q_service_name', '"État civil"', alice, '2025-06-10T08:00:00Z'],
      ['q_service_domain', '"civil_registry"', alice, '2025-06-10T08:05:00Z'],
      ['q_service_name', `"Bureau d'ordre"`, rania, '2025-06-11T09:30:00Z'],
      ['q_cr_wait_minutes', '25', rania, '2025-06-11T09:40:00Z'],
      ['q_cr_rework_rate', null, rania, '2025-06-11T09:45:00Z'],
      ['q_service_name', '"Guichet unique"', alice, '2025-06-12T14:15:00Z'],
    ];
    for (const [questionId, value, authorId, at] of log)
      await h.db.answer.create({ data: { runId: run.id, questionId, value, authorId, answeredAt: new Date(at) } });
    // Each member's own session evaluation.
    for (const [owner, value] of [
      [alice, '4'],
      [rania, '2'],
    ] as const) {
      const own = await h.db.questionnaireRun.create({
        data: { teamId: sfax, questionnaireId: 'evaluation-session', ownerKey: owner, questionnaireVersion: 1 },
      });
      await h.db.answer.create({ data: { runId: own.id, questionId: 'q_satisfaction', value, authorId: owner } });
    }
    await h.db.actionItem.create({
      data: {
        runId: run.id,
        teamId: sfax,
        position: 1,
        title: 'Afficher les délais au guichet',
        titleAr: 'تعليق الآجال بالشباك',
        owner: 'Rania',
        dueDate: new Date(Date.UTC(2025, 6, 15)),
        indicator: "Temps d'attente médian",
        indicatorAr: 'المدة الوسيطة للانتظار',
        baselineQuestion: 'q_cr_wait_minutes',
        baselineValue: 25,
        target: '15 minutes',
        targetAr: '15 دقيقة',
        kind: 'quick_win',
        priority: 'high',
      },
    });
    const tunisRun = await h.db.questionnaireRun.create({
      data: { teamId: tunis, questionnaireId: 'diagnostic-service', questionnaireVersion: 1 },
    });
    await h.db.answer.create({
      data: { runId: tunisRun.id, questionId: 'q_service_name', value: '"Voirie"', authorId: tarek },
    });
    await h.say('boss', '/deadline 2025-07-01 17:00 Note de cadrage | مذكرة التأطير team=sfax');
    await h.say('boss', '/deadline 2025-07-03 17:00 Rapport Tunis team=tunis');
    const cadrage = await h.db.deadline.findFirstOrThrow({ where: { titleFr: 'Note de cadrage' } });
    await markDone(h.db, cadrage, alice, h.clock.now());
  });
  afterEach(() => h.cleanup());

  it("gives a member their team's answers, history, plan and deadlines as a workbook", async () => {
    const replies = await h.send('alice', '/export answers');
    const { fileName, book } = await workbookOf(replies);
    expect(fileName).toBe('jawda-reponses-commune-sfax-2025-06-20.xlsx');
    const caption = replies.find((r) => r.kind === 'document');
    expect(caption?.kind === 'document' && caption.caption?.replace(/[\u2068\u2069]/g, '')).toBe(
      "Réponses de l'Équipe sfax : 4 réponses, une action du plan, une échéance (fichier Excel).",
    );
    expect(book.worksheets.map((w) => w.name)).toEqual([
      "Diagnostic de performance d'un",
      'Évaluation de la session de',
      "Plan d'amélioration",
      'Échéances',
    ]);
    expect(book.worksheets.every((w) => w.views[0]?.rightToLeft !== true)).toBe(true);

    const answers = rowsOf(book, "Diagnostic de performance d'un");
    expect(answers[0]).toEqual([
      'Section',
      'Question (code)',
      'Intitulé en français',
      'Intitulé en arabe',
      'Valeur enregistrée',
      'Réponse',
      'Auteur',
      'Date et heure',
      'Réponses précédentes',
    ]);
    // One row per question, in the questionnaire's order.
    expect(answers.slice(1).map((r) => r[1])).toEqual([
      'q_service_name',
      'q_service_domain',
      'q_cr_wait_minutes',
      'q_cr_rework_rate',
    ]);
    const [name] = rowOf(answers, 'q_service_name');
    expect(name?.slice(0, 8)).toEqual([
      '1. Identification du service',
      'q_service_name',
      'Quel est le nom du service diagnostiqué ?',
      'ما هو اسم المرفق موضوع التشخيص؟',
      'Guichet unique',
      'Guichet unique',
      'Alice',
      // 15:15 in Tunis, written as the wall-clock time.
      new Date(Date.UTC(2025, 5, 12, 15, 15)),
    ]);
    expect(name?.[8]).toBe("État civil — Alice — 10/06/2025 09:00 | Bureau d'ordre — Rania — 11/06/2025 10:30");
    expect(rowOf(answers, 'q_service_domain')[0]?.slice(4, 6)).toEqual([
      'civil_registry',
      'État civil et légalisation de signature',
    ]);
    expect(rowOf(answers, 'q_cr_wait_minutes')[0]?.slice(4, 7)).toEqual(['25', '25 minutes', 'Rania']);
    const skipped = rowOf(answers, 'q_cr_rework_rate')[0];
    expect(skipped?.[4] ?? null).toBeNull();
    expect(skipped?.[5]).toBe('(passée)');
    expect(skipped?.[8] ?? null).toBeNull();

    // A personal questionnaire: a participant sees their own answers only.
    const evaluation = rowsOf(book, 'Évaluation de la session de');
    expect(evaluation.slice(1).map((r) => [r[1], r[4], r[6]])).toEqual([['q_satisfaction', '4', 'Alice']]);

    const plan = rowsOf(book, "Plan d'amélioration");
    expect(plan[0]).toEqual([
      'N°',
      'Action',
      'Type',
      'Responsable',
      'Échéance',
      'Indicateur',
      'Valeur de départ',
      'Cible',
      'Priorité',
      'Faite',
    ]);
    expect(plan[1]).toEqual([
      1,
      'Afficher les délais au guichet',
      'Action rapide',
      'Rania',
      new Date(Date.UTC(2025, 6, 15)),
      "Temps d'attente médian",
      '25 minutes',
      '15 minutes',
      'haute',
      'pas fait',
    ]);

    const deadlines = rowsOf(book, 'Échéances');
    expect(deadlines[0]).toEqual(['Échéance', 'Date limite', 'Alice', 'Rania']);
    expect(deadlines.slice(1)).toEqual([['Note de cadrage', new Date(Date.UTC(2025, 6, 1, 17)), 'fait', 'pas fait']]);
    expect(await h.db.auditEntry.count({ where: { action: 'export.answers', target: 'sfax' } })).toBe(1);
  });

  it('speaks Arabic, right to left, to an Arabic-speaking member', async () => {
    await h.say('rania', '/lang ar');
    const replies = await h.send('rania', '/export réponses');
    const { fileName, book } = await workbookOf(replies);
    // Named in her language, as the report is.
    expect(fileName).toBe('jawda-إجابات-commune-sfax-2025-06-20.xlsx');
    // The team by its name, and the skipped measure not counted among the answers.
    const caption = replies.find((r) => r.kind === 'document');
    expect(caption?.kind === 'document' && caption.caption?.replace(/[\u200e\u200f\u2068\u2069]/g, '')).toMatch(
      /^إجابات Équipe sfax: 4 إجابات، /,
    );
    expect(book.worksheets.map((w) => w.name)).toEqual([
      'تشخيص أداء مرفق بلدي',
      'تقييم الدورة التكوينية',
      'خطة التحسين',
      'الآجال',
    ]);
    expect(book.worksheets.every((w) => w.views[0]?.rightToLeft === true)).toBe(true);
    const answers = rowsOf(book, 'تشخيص أداء مرفق بلدي');
    expect(answers[0]?.[0]).toBe('القسم');
    const [domain] = rowOf(answers, 'q_service_domain');
    expect(domain?.[0]).toBe('1. التعريف بالمرفق');
    expect(domain?.[3]).toBe('إلى أي مجال ينتمي هذا المرفق؟');
    expect(domain?.[5]).toBe('الحالة المدنية والتعريف بالإمضاء');
    // The number and its unit on one line, as in the documents.
    expect(rowOf(answers, 'q_cr_wait_minutes')[0]?.[5]).toBe('25\u202fدقيقة');
    expect(rowsOf(book, 'خطة التحسين')[1]?.slice(1, 4)).toEqual(['تعليق الآجال بالشباك', 'إجراء سريع', 'Rania']);
    expect(rowsOf(book, 'الآجال')[1]?.[0]).toBe('مذكرة التأطير');
    expect(rowsOf(book, 'الآجال')[1]?.slice(2)).toEqual(['أُنجز', 'لم يُنجز']);
  });

  it.each(['fr', 'ar'] as const)(
    'prints the answers of a run in the columns a reader needs, one page wide at full size (%s)',
    async (locale) => {
      if (locale === 'ar') await h.say('alice', '/lang ar');
      const { book } = await workbookOf(await h.send('alice', '/export answers'));
      const sheet = book.worksheets[0];
      if (!sheet) throw new Error('no sheet');
      // The code, the value as stored and the label in the other language are folded away.
      const folded = locale === 'fr' ? [2, 4, 5] : [2, 3, 5];
      const shown = [1, 2, 3, 4, 5, 6, 7, 8, 9].filter((n) => !folded.includes(n));
      expect(shown.filter((n) => sheet.getColumn(n).hidden)).toEqual([]);
      expect(folded.filter((n) => sheet.getColumn(n).hidden && sheet.getColumn(n).outlineLevel === 1)).toEqual(folded);
      expect(shown.reduce((sum, n) => sum + (sheet.getColumn(n).width ?? 0), 0)).toBeLessThanOrEqual(pageWidth);
      // The earlier answers of the service's name wrap onto several lines of a taller row.
      const row = sheet.getRow(2);
      expect(row.getCell(2).value).toBe('q_service_name');
      expect(row.getCell(9).alignment?.wrapText).toBe(true);
      expect(row.height).toBeGreaterThanOrEqual(3 * 15);
      expect(sheet.pageSetup).toMatchObject({ orientation: 'landscape', fitToWidth: 1, fitToHeight: 0 });
      expect(sheet.views[0]?.rightToLeft === true).toBe(locale === 'ar');
      // The tab's name is cut to 31 characters; the printed footer names the questionnaire whole,
      // and the team's commune (no Arabic name given: the French one).
      const title = (questionnaires[0] as (typeof questionnaires)[number]).title[locale];
      if (locale === 'fr') expect(title.startsWith(sheet.name) && title !== sheet.name).toBe(true);
      expect(sheet.headerFooter.oddFooter).toBe(`&C${title} — Commune sfax — &P / &N`);
    },
  );

  it('exports every team for a coordinator only', async () => {
    expect(await h.say('alice', '/export answers all')).toContain('réservée aux coordinateurs');
    expect(await h.say('alice', '/export answers tunis')).toContain("Pas d'équipe « tunis » parmi les vôtres");
    expect(await h.say('alice', '/export progress')).toContain('réservée aux coordinateurs');
    expect(await h.say('boss', '/export answers')).toContain('/export answers all');

    const { fileName, book } = await workbookOf(await h.send('boss', '/export إجابات all'));
    expect(fileName).toBe('jawda-reponses-toutes-equipes-2025-06-20.xlsx');
    expect(book.worksheets.map((w) => w.name)).toEqual([
      'sfax Diagnostic de performance',
      'sfax Évaluation de la session',
      "sfax Plan d'amélioration",
      'sfax Échéances',
      'tunis Diagnostic de performance',
      "tunis Plan d'amélioration",
      'tunis Échéances',
    ]);
    // A coordinator sees every member's personal answers, but not who gave them: the session
    // evaluation is anonymous.
    const evaluation = rowsOf(book, 'sfax Évaluation de la session');
    expect(evaluation.slice(1).map((r) => [r[4], r[6]])).toEqual([
      ['4', 'Participant 1'],
      ['2', 'Participant 2'],
    ]);
    expect(rowOf(rowsOf(book, 'tunis Diagnostic de performance'), 'q_service_name')[0]?.slice(4, 7)).toEqual([
      'Voirie',
      'Voirie',
      'Tarek',
    ]);
    expect(
      rowsOf(book, 'tunis Échéances')
        .slice(1)
        .map((r) => r[0]),
    ).toEqual(['Rapport Tunis']);
    expect(rowsOf(book, "tunis Plan d'amélioration")).toHaveLength(1);
    // A coordinator may name any team.
    expect((await workbookOf(await h.send('boss', '/export answers tunis'))).fileName).toBe(
      'jawda-reponses-commune-tunis-2025-06-20.xlsx',
    );
    expect(await h.db.auditEntry.count({ where: { action: 'export.answers' } })).toBe(2);
  });

  it('numbers the sheets of a repeated questionnaire', async () => {
    const sfax = await ensureTeam(h.db, 'sfax');
    await h.db.questionnaireRun.createMany({
      data: [1, 2].map((n) => ({
        teamId: sfax,
        questionnaireId: 'rapport-mission',
        ownerKey: `team:${n}`,
        questionnaireVersion: 1,
      })),
    });
    const { book } = await workbookOf(await h.send('alice', '/export answers'));
    expect(book.worksheets.map((w) => w.name)).toContain('rapport-mission n° 2');
  });

  it('takes what to export as typed: Arabic words with their article, French words in the singular', async () => {
    await h.say('rania', '/lang ar');
    // « /تصدير الإجابات » was answered with the usage, again and again.
    expect((await workbookOf(await h.send('rania', '/تصدير الإجابات'))).fileName).toBe(
      'jawda-إجابات-commune-sfax-2025-06-20.xlsx',
    );
    expect((await workbookOf(await h.send('alice', '/exporter réponse'))).fileName).toBe(
      'jawda-reponses-commune-sfax-2025-06-20.xlsx',
    );
    for (const line of ['/تصدير التقدم', '/export avancement']) {
      const doc = (await h.send('boss', line)).find((r) => r.kind === 'document');
      expect(doc?.kind === 'document' && doc.fileName).toMatch(/^jawda-avancement-/);
    }
  });

  it('starts an owner cell without a pilot with a capital, in French and Arabic', async () => {
    // An action added without a pilot (as /plan add leaves it).
    const item = await h.db.actionItem.findFirstOrThrow({ where: { title: 'Afficher les délais au guichet' } });
    await h.db.actionItem.create({
      data: { runId: item.runId, teamId: item.teamId, position: 2, title: 'Former un agent d’accueil', language: 'fr' },
    });
    const french = rowsOf((await workbookOf(await h.send('alice', '/export answers'))).book, "Plan d'amélioration");
    expect(french.find((r) => r[1] === 'Former un agent d’accueil')?.[3]).toBe('Pilote à nommer');
    await h.say('alice', '/lang ar');
    const arabic = rowsOf((await workbookOf(await h.send('alice', '/export answers'))).book, 'خطة التحسين');
    expect(arabic.find((r) => typeof r[1] === 'string' && r[1].startsWith('Former un agent'))?.[3]).toBe(
      'يُسمّى من يقوده',
    );
  });

  it('explains its usage', async () => {
    expect(await h.say('alice', '/export answers sfax tunis')).toContain('Usage');
    // A coordinator in no team has no answers of their own: alone, /export says what it exports.
    expect(await h.say('boss', '/export')).toContain('/export answers all');
  });

  it("alone, gives a member their team's answers, and a coordinator in a team the other exports too", async () => {
    const captionOf = (replies: OutboundMessage[]) => {
      const doc = replies.find((r) => r.kind === 'document');
      return doc?.kind === 'document' ? (doc.caption ?? '').replace(/[\u200e\u200f\u2066-\u2069]/g, '') : '';
    };
    const alone = await h.send('alice', '/export');
    expect((await workbookOf(alone)).fileName).toBe('jawda-reponses-commune-sfax-2025-06-20.xlsx');
    // Nothing else for her to export: the caption of /export answers, as is.
    expect(captionOf(alone)).toBe(
      "Réponses de l'Équipe sfax : 4 réponses, une action du plan, une échéance (fichier Excel).",
    );
    await h.say('rania', '/lang ar');
    expect((await workbookOf(await h.send('rania', '/تصدير'))).fileName).toBe(
      'jawda-إجابات-commune-sfax-2025-06-20.xlsx',
    );

    await h.say('boss', '/start');
    const boss = await h.db.identity.findFirstOrThrow({ where: { externalId: 'boss' } });
    await h.db.teamMember.create({ data: { teamId: await ensureTeam(h.db, 'sfax'), personId: boss.personId } });
    const coordinator = await h.send('boss', '/export');
    expect((await workbookOf(coordinator)).fileName).toBe('jawda-reponses-commune-sfax-2025-06-20.xlsx');
    // A coordinator also sees each member's own evaluation: one answer more than Alice.
    const [file, more] = captionOf(coordinator).split('\n');
    expect(file).toMatch(/^Réponses de l'Équipe sfax : \d+ réponses, /);
    expect(more).toBe(
      'Autres exports : /export answers all (toutes les équipes), /export progress (avancement en CSV).',
    );
    await h.say('boss', '/lang ar');
    expect(captionOf(await h.send('boss', '/تصدير')).split('\n')[1]).toBe(
      'تصديرات أخرى: /export الإجابات الكل (كل الفرق)، /export التقدم (التقدم في ملف CSV).',
    );
    // The words suggested in Arabic are read as written.
    expect((await workbookOf(await h.send('boss', '/export الإجابات الكل'))).fileName).toBe(
      'jawda-إجابات-كل-الفرق-2025-06-20.xlsx',
    );
    const progress = (await h.send('boss', '/export التقدم')).find((r) => r.kind === 'document');
    expect(progress?.kind === 'document' && progress.fileName).toBe('jawda-تقدم-2025-06-20.csv');
  });
});
