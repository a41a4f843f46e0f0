import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadQuestionnaires } from '../../../src/features/questionnaires/definitions.ts';
import { csvField } from '../../../src/features/reports/csv.ts';
import { markDone } from '../../../src/features/reminders/deadlines.ts';
import { projectRoot } from '../../helpers/console.ts';
import { unnamedOperator } from '../../../src/core/person-name.ts';
import { addPerson, createHarness, ensureTeam, type Harness } from '../reminders/harness.ts';

const questionnaires = loadQuestionnaires(join(projectRoot, 'knowledge', 'questionnaires'));

describe('progress report', () => {
  let h: Harness;
  beforeEach(async () => {
    // Deadlines are set in June; the report is read on 10 July.
    h = await createHarness({ start: '2025-06-20T10:00:00Z', questionnaires });
    const alice = await addPerson(h.db, { channel: 'console', externalId: 'alice', name: 'Alice', team: 'sfax' });
    const rania = await addPerson(h.db, { channel: 'console', externalId: 'rania', name: 'Rania', team: 'sfax' });
    await addPerson(h.db, { channel: 'console', externalId: 'tarek', name: '=Tarek', team: 'tunis' });
    const sfax = await ensureTeam(h.db, 'sfax');
    const run = await h.db.questionnaireRun.create({
      data: { teamId: sfax, questionnaireId: 'diagnostic-service', questionnaireVersion: 1 },
    });
    // The answer log: a replaced answer, a service domain that makes its measures and the
    // management-mode section apply, one of those measures skipped, an answer to the commune the
    // diagnostic no longer asks (its team has one), and one to a question the definition no longer has.
    const log: [string, string | null][] = [
      ['q_service_name', '"État civil"'],
      ['q_service_name', '"Propreté"'],
      ['q_commune', '"Sfax"'],
      ['q_service_domain', '"waste_cleaning"'],
      ['q_wc_coverage', null],
      ['q_removed_since', '"x"'],
    ];
    for (const [questionId, value] of log)
      await h.db.answer.create({ data: { runId: run.id, questionId, value, authorId: alice } });
    // The session evaluation is personal: Alice submitted hers, Rania started hers.
    await h.db.questionnaireRun.create({
      data: {
        teamId: sfax,
        questionnaireId: 'evaluation-session',
        ownerKey: alice,
        questionnaireVersion: 1,
        status: 'submitted',
      },
    });
    await h.db.questionnaireRun.create({
      data: { teamId: sfax, questionnaireId: 'evaluation-session', ownerKey: rania, questionnaireVersion: 1 },
    });
    // A run of a questionnaire that is not loaded any more.
    const old = await h.db.questionnaireRun.create({
      data: { teamId: sfax, questionnaireId: 'old-grid', questionnaireVersion: 1, status: 'submitted' },
    });
    await h.db.answer.create({ data: { runId: old.id, questionId: 'o1', value: '1', authorId: alice } });

    await h.say('boss', '/deadline 2025-07-01 17:00 Note de cadrage team=sfax');
    await h.say('boss', '/deadline 2025-07-05 17:00 Compte rendu');
    await h.say('boss', '/deadline 2025-08-01 17:00 Guide');
    await h.say('boss', '/deadline 2025-07-02 17:00 Annulée');
    await h.say(
      'boss',
      `/deadline cancel ${(await h.db.deadline.findFirstOrThrow({ where: { titleFr: 'Annulée' } })).id.slice(-6)}`,
    );
    h.clock.set('2025-07-10T10:00:00Z');
    const cadrage = await h.db.deadline.findFirstOrThrow({ where: { titleFr: 'Note de cadrage' } });
    await markDone(h.db, cadrage, alice, h.clock.now());
  });
  afterEach(() => h.cleanup());

  it('shows one team in short (/progress sfax): what is under way, the others counted, and every one on « détail »', async () => {
    const sfax = await h.say('boss', '/progress sfax');
    expect(sfax).toContain(
      "• Diagnostic de performance d'un service municipal : en cours — 5 %, 2/62 réponses, une passée",
    );
    expect(sfax).toContain('• Évaluation de la session de formation (individuel) : soumis par 1/2 membres (50 %)');
    expect(sfax).not.toContain("Dispositif d'amélioration continue");
    expect(sfax).toContain('○ 3 questionnaires pas encore commencés');
    expect(sfax).toContain('En retard : Alice, Rania');
    expect(sfax).toContain('Chaque questionnaire et partie facultative : /progress sfax détail');
  });

  it('shows each team: questionnaire completion, deadlines done, late and to come, and who is late', async () => {
    const report = await h.say('boss', '/progress détail');
    expect(report).toContain('▶ sfax — Équipe sfax, commune de Commune sfax (2 membres)');
    // 2 answered of the 62 questions that apply or may still apply to waste collection (its 5
    // measures, the sources of the values not given yet, the follow-up of the channels); the skip
    // is not an answer but is dealt with (3/62: 5 %), the replaced answer counts once, and the
    // answers to questions no longer asked count for nothing.
    expect(report).toContain(
      "• Diagnostic de performance d'un service municipal : en cours — 5 %, 2/62 réponses, une passée",
    );
    expect(report).toContain("• Dispositif d'amélioration continue de la qualité : pas commencé — 0 %, 0/47 réponses");
    expect(report).toContain('• Évaluation de la session de formation (individuel) : soumis par 1/2 membres (50 %)');
    expect(report).toContain('• old-grid : soumis, une réponse');
    // sfax: cadrage (Alice done, Rania late), compte rendu (both late), guide (both to come): each counted once.
    expect(report).toContain('Échéances : 3 — aucune faite, 2 en retard, 1 à venir');
    expect(report).toContain('En retard : Alice, Rania');
    const tunis = report.slice(report.indexOf('▶ tunis'));
    // Not started: the service domain is still to choose, so the count is the range the team's
    // start message and header give (not the 54 questions that apply before any domain).
    expect(tunis).toContain(
      "• Diagnostic de performance d'un service municipal : pas commencé — 0 %, 0/57–63 réponses",
    );
    expect(tunis).toContain('(individuel) : soumis par 0/1 membre');
    expect(tunis).toContain('Échéances : 2 — aucune faite, 1 en retard, 1 à venir');
  });

  it('says a team without members has no one to fill a personal questionnaire, not « 0/0 membre (0 %) »', async () => {
    await h.say('boss', '/team add nabeul Nabeul | نابل');
    const empty = (report: string) => report.slice(report.search(/[▶◀] nabeul/)).split('\n\n')[0] ?? '';
    const fr = empty(await h.say('boss', '/progress détail'));
    expect(fr).toContain('(individuel) : aucun membre pour le remplir');
    expect(fr).not.toContain('0/0');
    await h.say('boss', '/lang ar');
    const ar = empty(await h.say('boss', '/progress تفاصيل'));
    expect(ar).toContain('(فردي): لا عضو لتعميره بعد');
    expect(ar).not.toContain('0/0');
  });

  it('speaks Arabic to an Arabic-speaking coordinator', async () => {
    await h.say('boss', '/lang ar');
    const report = await h.say('boss', '/progress تفاصيل');
    expect(await h.say('boss', '/progress sfax')).toContain('○ استبيانات لم تنطلق بعد: 3');
    expect(report).toContain('• تشخيص أداء مرفق بلدي: جارٍ — 5 %، الإجابات 2/62، تم تخطي 1');
    expect(report).toContain('• تشخيص أداء مرفق بلدي: لم يبدأ — 0 %، الإجابات 0/57–63');
    expect(report).toContain('قدّمه 1/2 من الأعضاء (50 %)');
  });

  it('exports the same as a CSV document that a spreadsheet reads safely', async () => {
    const [doc] = await h.send('boss', '/export progress');
    expect(doc?.kind).toBe('document');
    if (doc?.kind !== 'document') return;
    expect(doc.mimeType).toBe('text/csv');
    expect(doc.fileName).toBe('jawda-avancement-2025-07-10.csv');
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(doc.data);
    // Semicolons and headers in the coordinator's language: French Excel splits the columns.
    expect(
      text.startsWith(
        '\uFEFFÉquipe;Commune;Membres;Questionnaire;État;Réponses;Passées;Questions applicables;Avancement (%);Parties facultatives ouvertes;Échéances faites;Échéances en retard;Échéances à venir;Personnes en retard;Actions du plan;Actions faites\r\n',
      ),
    ).toBe(true);
    expect(text).toContain(
      "sfax;Commune sfax;2;Diagnostic de performance d'un service municipal;en cours;2;1;62;5;;0;2;1;Alice, Rania",
    );
    expect(text).toContain(
      "sfax;Commune sfax;2;Dispositif d'amélioration continue de la qualité;pas commencé;0;0;47;0;;0;2;1;Alice, Rania",
    );
    expect(text).toContain(
      'sfax;Commune sfax;2;Évaluation de la session de formation;individuel : soumis par 1/2;;;;50;;0;2;1;Alice, Rania',
    );
    expect(text).toContain('sfax;Commune sfax;2;old-grid;soumis;1;0;;;;0;2;1;Alice, Rania');
    // A name starting with "=" is not a formula.
    expect(text).toContain(
      "tunis;Commune tunis;1;Diagnostic de performance d'un service municipal;pas commencé;0;0;57–63;0;;0;1;1;'=Tarek",
    );
    // In Arabic, the headers and the statuses are Arabic.
    await h.say('boss', '/lang ar');
    const [ar] = await h.send('boss', '/export progress');
    const arText = ar?.kind === 'document' ? new TextDecoder().decode(ar.data) : '';
    expect(ar?.kind === 'document' && ar.fileName).toBe('jawda-تقدم-2025-07-10.csv');
    expect(arText.split('\r\n')[0]).toBe(
      'الفريق;البلدية;الأعضاء;الاستبيان;الحالة;الإجابات;المتجاوَزة;الأسئلة المنطبقة;نسبة التقدّم (%);الأجزاء الاختيارية المفتوحة;آجال منجزة;آجال متأخرة;آجال قادمة;المتأخرون;إجراءات الخطة;إجراءات منجزة',
    );
    expect(arText).toContain('sfax;Commune sfax;2;تشخيص أداء مرفق بلدي;جارٍ;2;1;62;5;;0;2;1;Alice، Rania');
    await h.say('boss', '/lang fr');
    // A member with no name of their own (the console operator) is named as the reader reads them.
    await h.db.person.updateMany({ where: { displayName: 'Rania' }, data: { displayName: unnamedOperator } });
    const [renamed] = await h.send('boss', '/export progress');
    const renamedText = renamed?.kind === 'document' ? new TextDecoder().decode(renamed.data) : '';
    expect(renamedText).toContain(';0;2;1;Alice, Opérateur local;0;0\r\n');
    expect(renamedText).not.toContain(unnamedOperator);
    expect(await h.say('boss', '/export')).toContain('Usage');
    expect(await h.db.auditEntry.count({ where: { action: 'export.progress' } })).toBe(3);
  });

  it('is for coordinators only', async () => {
    expect(await h.say('alice', '/progress')).toContain('réservée aux coordinateurs');
    expect(await h.say('alice', '/export progress')).toContain('réservée aux coordinateurs');
  });

  it('quotes CSV fields when needed', () => {
    expect(csvField('a;b')).toBe('"a;b"');
    expect(csvField('a,b')).toBe('a,b');
    expect(csvField('soumis par \u20681\u2069/\u20682\u2069')).toBe('soumis par 1/2');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('+216')).toBe("'+216");
    expect(csvField(12)).toBe('12');
  });

  it("names the CSV by the commune's day: at 00:30 in Tunis it is already the next day", async () => {
    h.clock.set('2025-07-10T23:30:00Z');
    const [doc] = await h.send('boss', '/export progress');
    expect(doc?.kind === 'document' && doc.fileName).toBe('jawda-avancement-2025-07-11.csv');
  });
});
