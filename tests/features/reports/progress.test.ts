import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { csvField } from '../../../src/features/reports/csv.ts';
import { markDone } from '../../../src/features/reminders/deadlines.ts';
import { addPerson, createHarness, ensureTeam, type Harness } from '../reminders/harness.ts';

describe('progress report', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await createHarness({ start: '2025-07-10T10:00:00Z' });
    const alice = await addPerson(h.db, { channel: 'console', externalId: 'alice', name: 'Alice', team: 'sfax' });
    await addPerson(h.db, { channel: 'console', externalId: 'rania', name: 'Rania', team: 'sfax' });
    await addPerson(h.db, { channel: 'console', externalId: 'tarek', name: '=Tarek', team: 'tunis' });
    const sfax = await ensureTeam(h.db, 'sfax');
    const run = await h.db.questionnaireRun.create({ data: { teamId: sfax, questionnaireId: 'diagnostic-service', questionnaireVersion: 1, status: 'submitted' } });
    for (const questionId of ['q1', 'q2', 'q3']) await h.db.answer.create({ data: { runId: run.id, questionId, value: 'x', authorId: alice } });
    await h.say('boss', '/deadline 2025-07-01 17:00 Note de cadrage team=sfax');
    await h.say('boss', '/deadline 2025-07-05 17:00 Compte rendu');
    await h.say('boss', '/deadline 2025-08-01 17:00 Guide');
    await h.say('boss', '/deadline 2025-07-02 17:00 Annulée');
    await h.say('boss', `/deadline cancel ${(await h.db.deadline.findFirstOrThrow({ where: { titleFr: 'Annulée' } })).id.slice(-6)}`);
    const cadrage = await h.db.deadline.findFirstOrThrow({ where: { titleFr: 'Note de cadrage' } });
    await markDone(h.db, cadrage.id, alice, h.clock.now());
  });
  afterEach(() => h.cleanup());

  it('shows each team: questionnaire runs, deadlines done, late and to come, and who is late', async () => {
    const report = await h.say('boss', '/progress');
    expect(report).toContain('▶ sfax — Commune sfax (2 membre(s))');
    expect(report).toContain('questionnaire diagnostic-service : soumis, 3 réponse(s)');
    // sfax: cadrage (Alice done, Rania late), compte rendu (both late), guide (both to come).
    expect(report).toContain('échéances : 1 faite(s), 3 en retard, 2 à venir');
    expect(report).toContain('en retard : Alice, Rania');
    expect(report).toContain('▶ tunis');
    expect(report).toContain('questionnaire : pas encore commencé');
    expect(report).toContain('échéances : 0 faite(s), 1 en retard, 1 à venir');
  });

  it('exports the same as a CSV document that a spreadsheet reads safely', async () => {
    const [doc] = await h.send('boss', '/export progress');
    expect(doc?.kind).toBe('document');
    if (doc?.kind !== 'document') return;
    expect(doc.mimeType).toBe('text/csv');
    expect(doc.fileName).toBe('jawda-progress-2025-07-10.csv');
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(doc.data);
    expect(text.startsWith('\uFEFFteam,commune,members,questionnaire,run_status,answers,deadlines_done,deadlines_late,deadlines_open,late_people\r\n')).toBe(true);
    expect(text).toContain('sfax,Commune sfax,2,diagnostic-service,submitted,3,1,3,2,"Alice; Rania"');
    // A name starting with "=" is not a formula.
    expect(text).toContain("tunis,Commune tunis,1,,,0,0,1,1,'=Tarek");
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
