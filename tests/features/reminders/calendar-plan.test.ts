import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importCalendar } from '../../../src/features/reminders/calendar.ts';
import { syncPlanDeadlines } from '../../../src/features/reminders/index.ts';
import { projectRoot } from '../../helpers/console.ts';
import { createHarness, ensureTeam, type Harness } from './harness.ts';

const calendar = (dueOfSecond = '2025-09-15 12:00') => `
deadlines:
  - id: note-cadrage-1
    title: { fr: "Note de cadrage de l'immersion 1", ar: "مذكرة إطار المعايشة الأولى" }
    due: "2025-06-25 17:00"
    audience: everyone
    offsets: ["7d", "3d", "1d", "0", "-1d"]
    description: { fr: "Une page par commune", ar: "صفحة لكل بلدية" }
  - id: compte-rendu-sfax
    title: { fr: "Compte rendu synthétique", ar: "التقرير التأليفي" }
    due: "${dueOfSecond}"
    audience: team:sfax
    offsets: ["3d", "0"]
  - id: grilles
    title: { fr: "Grilles de travail", ar: "شبكات العمل" }
    due: "2025-07-10 09:00"
    audience: coordinators
  - id: broken
    title: { fr: "Sans équipe", ar: "بلا فريق" }
    due: "2025-07-10 09:00"
    audience: team:nowhere
`;

describe('calendar import', () => {
  let h: Harness;
  let dir: string;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'jawda-calendar-'));
    h = await createHarness({ calendarDir: dir });
    await ensureTeam(h.db, 'sfax');
  });
  afterEach(() => h.cleanup());

  it('creates deadlines once; importing again changes nothing; an edited entry is updated', async () => {
    writeFileSync(join(dir, 'calendar.example.yaml'), calendar());
    const first = await h.say('boss', '/calendar import');
    expect(first).toContain('créées : 3, modifiées : 0, inchangées : 0');
    expect(first).toContain('broken: unknown team "nowhere"');
    expect(await h.say('boss', '/calendar import')).toContain('créées : 0, modifiées : 0, inchangées : 3');
    writeFileSync(join(dir, 'calendar.example.yaml'), calendar('2025-09-16 12:00'));
    expect(await h.say('boss', '/calendar import')).toContain('créées : 0, modifiées : 1, inchangées : 2');

    const rows = await h.db.deadline.findMany({ orderBy: { dueAt: 'asc' } });
    expect(rows.map((r) => [r.sourceRef, r.audience, r.audienceRole])).toEqual([
      ['calendar:note-cadrage-1', 'everyone', null],
      ['calendar:grilles', 'role', 'coordinator'],
      ['calendar:compte-rendu-sfax', 'team', null],
    ]);
    expect(rows[0]?.dueAt.toISOString()).toBe('2025-06-25T16:00:00.000Z');
    expect(rows[2]?.offsets).toEqual([4320, 0]);
    expect(rows[1]?.offsets).toEqual([10080, 4320, 1440, 0, -1440]);
    expect(await h.db.auditEntry.count({ where: { action: 'calendar.import' } })).toBe(3);
  });

  it('refuses a path outside the knowledge folder and explains a missing or broken file', async () => {
    expect(await h.say('boss', '/calendar import ../../etc/passwd')).toContain('Usage');
    expect(await h.say('boss', '/calendar import absent.yaml')).toContain(
      'Je ne trouve pas le fichier « absent.yaml »',
    );
    writeFileSync(join(dir, 'bad.yaml'), '- id: x\n  title: nope\n');
    expect(await h.say('boss', '/calendar import bad.yaml')).toContain("n'est pas un calendrier valide");
    expect(await h.say('alice', '/calendar import')).toContain('réservée aux coordinateurs');
  });

  const example = join(projectRoot, 'knowledge', 'calendar.example.yaml');
  it.skipIf(!existsSync(example))('imports the example calendar of the knowledge folder without error', async () => {
    for (const slug of new Set(
      [...readFileSync(example, 'utf8').matchAll(/team:([a-z0-9-]+)/g)].map((m) => m[1] ?? ''),
    ))
      await ensureTeam(h.db, slug);
    const result = await importCalendar(h.db, readFileSync(example, 'utf8'), {
      timeZone: 'Africa/Tunis',
      actorId: null,
      now: new Date(),
    });
    expect(result.errors).toEqual([]);
    expect(result.created).toBeGreaterThan(0);
  });
});

describe('syncPlanDeadlines', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await createHarness();
  });
  afterEach(() => h.cleanup());

  it('mirrors dated action items as team deadlines, idempotently, and cancels those that lost their date', async () => {
    const teamId = await ensureTeam(h.db, 'sfax');
    const run = await h.db.questionnaireRun.create({
      data: { teamId, questionnaireId: 'diagnostic-service', questionnaireVersion: 1 },
    });
    const item = (position: number, title: string, dueDate: Date | null) =>
      h.db.actionItem.create({ data: { runId: run.id, teamId, position, title, dueDate } });
    const a = await item(1, 'Afficher les horaires', new Date('2025-07-15T00:00:00Z'));
    await item(2, 'Former les agents', null);
    const c = await item(3, 'Enquête de satisfaction', new Date('2025-08-01T00:00:00Z'));

    expect(await syncPlanDeadlines(h.db, teamId, { timeZone: 'Africa/Tunis' })).toEqual({
      created: 2,
      updated: 0,
      cancelled: 0,
    });
    expect(await syncPlanDeadlines(h.db, teamId, { timeZone: 'Africa/Tunis' })).toEqual({
      created: 0,
      updated: 0,
      cancelled: 0,
    });
    const deadline = await h.db.deadline.findUniqueOrThrow({ where: { sourceRef: `action:${a.id}` } });
    expect(deadline).toMatchObject({
      source: 'plan',
      audience: 'team',
      audienceTeamId: teamId,
      titleFr: 'Afficher les horaires',
    });
    // The calendar day, at the end of the office day in Tunis (17:00 = 16:00 UTC).
    expect(deadline.dueAt.toISOString()).toBe('2025-07-15T16:00:00.000Z');

    await h.db.actionItem.update({
      where: { id: a.id },
      data: { dueDate: new Date('2025-07-20T00:00:00Z'), title: 'Afficher les horaires partout' },
    });
    await h.db.actionItem.update({ where: { id: c.id }, data: { dueDate: null } });
    expect(await syncPlanDeadlines(h.db, teamId, { timeZone: 'Africa/Tunis' })).toEqual({
      created: 0,
      updated: 1,
      cancelled: 1,
    });
    expect(
      (await h.db.deadline.findUniqueOrThrow({ where: { sourceRef: `action:${c.id}` } })).cancelledAt,
    ).not.toBeNull();

    // An item given a date again comes back; a deleted item's deadline is cancelled.
    await h.db.actionItem.update({ where: { id: c.id }, data: { dueDate: new Date('2025-08-02T00:00:00Z') } });
    await h.db.actionItem.delete({ where: { id: a.id } });
    expect(await syncPlanDeadlines(h.db, teamId, { timeZone: 'Africa/Tunis' })).toEqual({
      created: 0,
      updated: 1,
      cancelled: 1,
    });
    expect(await h.db.deadline.count({ where: { cancelledAt: null } })).toBe(1);
  });

  it("titles a drafted action's deadline in Arabic with its Arabic text, and a typed one as typed", async () => {
    const teamId = await ensureTeam(h.db, 'sfax');
    const run = await h.db.questionnaireRun.create({
      data: { teamId, questionnaireId: 'diagnostic-service', questionnaireVersion: 1 },
    });
    const due = new Date('2025-07-15T00:00:00Z');
    const drafted = await h.db.actionItem.create({
      data: {
        runId: run.id,
        teamId,
        position: 1,
        title: 'Afficher les horaires',
        titleAr: 'تعليق مواقيت العمل',
        language: 'fr',
        dueDate: due,
      },
    });
    const typed = await h.db.actionItem.create({
      data: { runId: run.id, teamId, position: 2, title: 'تكوين الأعوان', language: 'ar', dueDate: due },
    });
    await syncPlanDeadlines(h.db, teamId, { timeZone: 'Africa/Tunis' });
    const titles = async (id: string) => {
      const d = await h.db.deadline.findUniqueOrThrow({ where: { sourceRef: `action:${id}` } });
      return [d.titleFr, d.titleAr];
    };
    expect(await titles(drafted.id)).toEqual(['Afficher les horaires', 'تعليق مواقيت العمل']);
    expect(await titles(typed.id)).toEqual(['تكوين الأعوان', 'تكوين الأعوان']);
    // An edit to the team's own words drops the drafted Arabic: both titles follow it.
    await h.db.actionItem.update({
      where: { id: drafted.id },
      data: { title: 'Afficher les horaires partout', titleAr: null },
    });
    expect(await syncPlanDeadlines(h.db, teamId, { timeZone: 'Africa/Tunis' })).toMatchObject({ updated: 1 });
    expect(await titles(drafted.id)).toEqual(['Afficher les horaires partout', 'Afficher les horaires partout']);
  });
});
