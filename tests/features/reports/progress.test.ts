import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadQuestionnaires } from '../../../src/features/questionnaires/definitions.ts';
import { csvField } from '../../../src/features/reports/csv.ts';
import { markDone } from '../../../src/features/reminders/deadlines.ts';
import { projectRoot } from '../../helpers/console.ts';
import { addPerson, createHarness, ensureTeam, type Harness } from '../reminders/harness.ts';

const questionnaires = loadQuestionnaires(join(projectRoot, 'knowledge', 'questionnaires'));

describe('progress report', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await createHarness({ start: '2025-07-10T10:00:00Z', questionnaires });
    const alice = await addPerson(h.db, { channel: 'console', externalId: 'alice', name: 'Alice', team: 'sfax' });
    const rania = await addPerson(h.db, { channel: 'console', externalId: 'rania', name: 'Rania', team: 'sfax' });
    await addPerson(h.db, { channel: 'console', externalId: 'tarek', name: '=Tarek', team: 'tunis' });
    const sfax = await ensureTeam(h.db, 'sfax');
    const run = await h.db.questionnaireRun.create({
      data: { teamId: sfax, questionnaireId: 'diagnostic-service', questionnaireVersion: 1 },
    });
    // The answer log: a replaced answer, a "yes" that makes a follow-up question apply, that
    // follow-up skipped, and an answer to a question the definition no longer has.
    const log: [string, string | null][] = [
      ['q_service_name', '"État civil"'],
      ['q_service_name', '"Bureau d\'ordre"'],
      ['q_commune', '"Sfax"'],
      ['q_written_objectives', '"yes"'],
      ['q_objectives_smart', null],
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
    const cadrage = await h.db.deadline.findFirstOrThrow({ where: { titleFr: 'Note de cadrage' } });
    await markDone(h.db, cadrage.id, alice, h.clock.now());
  });
  afterEach(() => h.cleanup());

  it('shows each team: questionnaire completion, deadlines done, late and to come, and who is late', async () => {
    const report = await h.say('boss', '/progress');
    expect(report).toContain('▶ sfax — Commune sfax (2 membre(s))');
    // 3 answered of the 58 questions that apply once "yes" is answered; the skip is not an answer.
    expect(report).toContain(
      "• Diagnostic de performance d'un service municipal : en cours — 3/58 questions (5 %), 1 passée(s)",
    );
    expect(report).toContain(
      "• Dispositif d'amélioration continue de la qualité : pas commencé — 0/40 questions (0 %)",
    );
    expect(report).toContain(
      "• Évaluation de la session de formation (individuel) : 1/2 membre(s) l'ont soumis (50 %)",
    );
    expect(report).toContain('• old-grid : soumis, 1 réponse(s)');
    // sfax: cadrage (Alice done, Rania late), compte rendu (both late), guide (both to come).
    expect(report).toContain('échéances : 1 faite(s), 3 en retard, 2 à venir');
    expect(report).toContain('en retard : Alice, Rania');
    const tunis = report.slice(report.indexOf('▶ tunis'));
    expect(tunis).toContain("• Diagnostic de performance d'un service municipal : pas commencé — 0/57 questions (0 %)");
    expect(tunis).toContain('(individuel) : 0/1 membre(s)');
    expect(tunis).toContain('échéances : 0 faite(s), 1 en retard, 1 à venir');
  });

  it('speaks Arabic to an Arabic-speaking coordinator', async () => {
    await h.say('boss', '/lang ar');
    const report = await h.say('boss', '/progress');
    expect(report).toContain('• تشخيص أداء مرفق بلدي: جارٍ — 3/58 سؤالًا (5 %)، تم تخطي 1');
    expect(report).toContain('قدّمه 1/2 من الأعضاء (50 %)');
  });

  it('exports the same as a CSV document that a spreadsheet reads safely', async () => {
    const [doc] = await h.send('boss', '/export progress');
    expect(doc?.kind).toBe('document');
    if (doc?.kind !== 'document') return;
    expect(doc.mimeType).toBe('text/csv');
    expect(doc.fileName).toBe('jawda-progress-2025-07-10.csv');
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(doc.data);
    expect(
      text.startsWith(
        '\uFEFFteam,commune,members,questionnaire,run_status,answered,skipped,questions,completion_pct,deadlines_done,deadlines_late,deadlines_open,late_people\r\n',
      ),
    ).toBe(true);
    expect(text).toContain('sfax,Commune sfax,2,diagnostic-service,open,3,1,58,5,1,3,2,"Alice; Rania"');
    expect(text).toContain('sfax,Commune sfax,2,dispositif-qualite,new,0,0,40,0,1,3,2,"Alice; Rania"');
    expect(text).toContain('sfax,Commune sfax,2,evaluation-session,personal: 1/2 submitted,,,,50,1,3,2,"Alice; Rania"');
    expect(text).toContain('sfax,Commune sfax,2,old-grid,submitted,1,0,,,1,3,2,"Alice; Rania"');
    // A name starting with "=" is not a formula.
    expect(text).toContain("tunis,Commune tunis,1,diagnostic-service,new,0,0,57,0,0,1,1,'=Tarek");
    expect(await h.say('boss', '/export')).toContain('Usage');
    expect(await h.db.auditEntry.count({ where: { action: 'export.progress' } })).toBe(1);
  });

  it('is for coordinators only', async () => {
    expect(await h.say('alice', '/progress')).toContain('réservée aux coordinateurs');
    expect(await h.say('alice', '/export progress')).toContain('réservée aux coordinateurs');
  });

  it('quotes CSV fields when needed', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('+216')).toBe("'+216");
    expect(csvField(12)).toBe('12');
  });
});
