import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sender } from '../../../src/core/messages.ts';
import { loadQuestionnaires } from '../../../src/features/questionnaires/definitions.ts';
import { createQuestionnaireFeature } from '../../../src/features/questionnaires/index.ts';
import { createQuestionnaireRepository } from '../../../src/features/questionnaires/repository.ts';
import { buildConversation, type ReplyHandler } from '../../helpers/conversation.ts';
import { captureLogger } from '../../helpers/logger.ts';
import { createTestDb, type TestDb } from '../../helpers/db.ts';
import { choice, plain, sender, text } from '../../helpers/messages.ts';

const questionnaires = loadQuestionnaires(resolve(import.meta.dirname, '../../fixtures/questionnaires'));

describe('team work on one run (real core, real SQLite)', () => {
  let t: TestDb;
  let handle: ReplyHandler;
  const planChanges: string[] = [];
  const amel = sender({ externalId: 'amel', displayName: 'Amel' });
  const sami = sender({ externalId: 'sami', displayName: 'Sami' });
  const outsider = sender({ externalId: 'olfa', displayName: 'Olfa' });
  const coordinator = sender({ externalId: 'coord', displayName: 'Coordinatrice' });
  let teamId = '';

  async function enrol(who: Sender, team: string | null, role = 'participant') {
    await handle(text(who, '/start'));
    const identity = await t.db.identity.findUniqueOrThrow({
      where: { channel_externalId: { channel: who.channel, externalId: who.externalId } },
    });
    await t.db.personRole.create({ data: { personId: identity.personId, role } });
    if (team) await t.db.teamMember.create({ data: { teamId: team, personId: identity.personId } });
  }

  beforeAll(async () => {
    t = await createTestDb();
    const feature = createQuestionnaireFeature({
      db: t.db,
      questionnaires,
      timeZone: 'Africa/Tunis',
      logger: captureLogger().logger,
      onPlanChanged: async (id) => void planChanges.push(id),
    });
    handle = buildConversation(t.db, [feature]);
    const cohort = await t.db.cohort.create({ data: { name: 'C1' } });
    teamId = (
      await t.db.team.create({ data: { cohortId: cohort.id, slug: 'sfax', name: 'Équipe Sfax', commune: 'Sfax' } })
    ).id;
    const other = await t.db.team.create({
      data: { cohortId: cohort.id, slug: 'gabes', name: 'Équipe Gabès', commune: 'Gabès' },
    });
    await enrol(amel, teamId);
    await enrol(sami, teamId);
    await enrol(outsider, other.id);
    await enrol(coordinator, null, 'coordinator');
  });
  afterAll(() => t.cleanup());

  it('two members answering the same question at the same time both succeed; the later stands, both are in the history', async () => {
    await handle(text(amel, '/diagnostic 1'));
    await handle(text(sami, '/diagnostic 1'));
    const [a, s] = await Promise.all([handle(text(amel, 'Voirie')), handle(text(sami, 'Propreté'))]);
    // Handled at once (SQLite), both are saved. Handled one after the other (PostgreSQL may), the later
    // is held back with a warning and is saved when sent again, as the warning says.
    const held = [plain(a), plain(s)].filter((r) => r.includes('⚠️'));
    expect(held.length).toBeLessThanOrEqual(1);
    if (plain(a).includes('⚠️')) await handle(text(amel, 'Voirie'));
    if (plain(s).includes('⚠️')) await handle(text(sami, 'Propreté'));
    const run = await t.db.questionnaireRun.findFirstOrThrow({ where: { teamId } });
    const repo = createQuestionnaireRepository(t.db);
    const events = await t.db.answer.findMany({
      where: { runId: run.id, questionId: 'q_name' },
      orderBy: { seq: 'asc' },
    });
    expect(events.map((e) => JSON.parse(e.value ?? 'null') as string).sort()).toEqual(['Propreté', 'Voirie']);
    const current = (await repo.answers(run.id, true)).get('q_name');
    expect(JSON.stringify(current?.value)).toBe(events.at(-1)?.value);
    expect(current?.authorName).toBe(events.at(-1)?.authorId === current?.authorId ? current?.authorName : 'mismatch');
    expect(new Set(events.map((e) => e.authorId)).size).toBe(2);
  });

  it('every member sees the team answers and who gave each', async () => {
    await handle(text(amel, '1'));
    const seen = plain(await handle(text(sami, '/back')));
    expect(seen).toMatch(/Réponse actuelle : (Voirie|Propreté) — par (Amel|Sami)/);
    // Whichever of the two answers above came last, Sami's answer now stands for question 1.
    await handle(text(sami, 'Propreté'));
    const status = plain(await handle(text(sami, '/status')));
    expect(status).toContain('Amel');
    expect(status).toContain('Sami');
  });

  it('a member of two teams picks the team first, or names it: /diagnostic sfax 1', async () => {
    const nadia = sender({ externalId: 'nadia', displayName: 'Nadia' });
    await enrol(nadia, teamId);
    const gabes = await t.db.team.findUniqueOrThrow({ where: { slug: 'gabes' } });
    const identity = await t.db.identity.findUniqueOrThrow({
      where: { channel_externalId: { channel: nadia.channel, externalId: nadia.externalId } },
    });
    // Teams are listed in the order joined: Gabès a second after Sfax (the same millisecond would
    // leave the order to the slugs, Gabès first).
    const sfax = await t.db.teamMember.findFirstOrThrow({ where: { teamId, personId: identity.personId } });
    const joinedAt = new Date(sfax.joinedAt.getTime() + 1000);
    await t.db.teamMember.create({ data: { teamId: gabes.id, personId: identity.personId, joinedAt } });
    const [ask] = await handle(text(nadia, '/diagnostic'));
    expect(ask?.kind === 'choices' && ask.choices.map((c) => c.label)).toEqual([
      'Équipe Sfax (Sfax)',
      'Équipe Gabès (Gabès)',
    ]);
    const listing = plain(await handle(choice(nadia, 'qn:team', [gabes.id])));
    expect(listing).toContain('Équipe Gabès');
    const started = plain(await handle(text(nadia, '/diagnostic sfax 1')));
    expect(started).toMatch(/Vous reprenez|C'est parti/);
    expect(started).toContain('Sfax');
  });

  it('a person outside the team can neither see nor change the run', async () => {
    const run = await t.db.questionnaireRun.findFirstOrThrow({ where: { teamId } });
    const before = await t.db.answer.count({ where: { runId: run.id } });
    expect(before).toBeGreaterThan(0);
    const reply = plain(await handle(choice(outsider, `q:${run.id}:1`, ['concession'])));
    expect(reply).toContain('question précédente');
    const listing = plain(await handle(text(outsider, '/diagnostic')));
    expect(listing).toContain('Équipe Gabès');
    expect(listing).not.toContain('en cours');
    expect(await t.db.answer.count({ where: { runId: run.id } })).toBe(before);
    expect(await t.db.questionnaireRun.count({ where: { teamId: { not: teamId } } })).toBe(0);
  });

  it('a stale button records nothing and answers with a notice', async () => {
    const run = await t.db.questionnaireRun.findFirstOrThrow({ where: { teamId } });
    const replies = await handle(choice(amel, `q:${run.id}:0`, ['x']));
    expect(replies[0]?.kind).toBe('notice');
    expect(plain(replies)).toContain("rien n'a été enregistré");
  });

  it('submit is refused while required answers are missing, then works; answers become read-only; a coordinator reopens', async () => {
    expect(plain(await handle(text(amel, '/submit')))).toContain(
      "2 questions obligatoires n'ont pas de réponse (3, 4)",
    );
    const run = await t.db.questionnaireRun.findFirstOrThrow({ where: { teamId } });
    // From the review: a number opens that open question, and its answer carries on to the next open one (4).
    expect(plain(await handle(text(amel, '3')))).not.toMatch(/^⚠️/m);
    expect(plain(await handle(text(amel, '2')))).toMatch(/Question 4\/\d+/);
    expect(plain(await handle(text(amel, '2')))).not.toMatch(/^⚠️/m);
    const summary = plain(await handle(text(amel, '/submit')));
    expect(summary).toContain("Soumettre « Mini diagnostic » au nom de l'Équipe Sfax ?");
    expect((await t.db.questionnaireRun.findUniqueOrThrow({ where: { id: run.id } })).status).toBe('open');
    const submitted = plain(await handle(choice(amel, `q:${run.id}:confirm`, ['confirm'])));
    expect(submitted).toContain('Questionnaire soumis');
    expect(submitted).toContain('1. Planification : 50 — En développement');
    expect((await t.db.questionnaireRun.findUniqueOrThrow({ where: { id: run.id } })).status).toBe('submitted');
    expect(await t.db.actionItem.count({ where: { runId: run.id } })).toBeGreaterThan(0);
    expect(planChanges).toContain(teamId);
    expect(plain(await handle(text(amel, '/results')))).toContain('1. Planification : 50 — En développement');
    expect(plain(await handle(text(outsider, '/results')))).not.toContain('Planification');

    // A teammate still in the run is told who submitted it, typing or tapping an old question button.
    expect(plain(await handle(text(sami, 'Autre service')))).toContain(
      'Ce questionnaire a été soumis par Amel : les réponses sont en lecture seule.',
    );
    const tapped = await handle(choice(amel, `q:${run.id}:0`, ['x']));
    expect(tapped.map((r) => r.kind)).toEqual(['notice']);
    expect(plain(tapped)).toContain('Ce questionnaire est soumis : les réponses sont en lecture seule.');
    await handle(text(sami, '/lang ar'));
    const notice = await handle(choice(sami, `q:${run.id}:0`, ['x']));
    expect(notice.map((r) => r.kind)).toEqual(['notice']);
    expect(plain(notice)).toContain('قدّم Amel هذا الاستبيان: الإجابات للاطلاع فقط.');
    await handle(text(sami, '/lang fr'));
    expect(plain(await handle(text(sami, '/submit')))).toContain('Ce questionnaire a été soumis par Amel');
    expect(plain(await handle(text(sami, '/reopen sfax 1')))).toContain('réservée aux coordinateurs');
    expect(plain(await handle(text(coordinator, '/reopen sfax 1')))).toContain('est rouvert');
    expect((await t.db.questionnaireRun.findUniqueOrThrow({ where: { id: run.id } })).status).toBe('open');
    expect(await t.db.auditEntry.count({ where: { action: 'questionnaire.reopen' } })).toBe(1);
  });

  it('the team edits its plan: list, add, edit, remove', async () => {
    const list = plain(await handle(text(sami, '/plan')));
    expect(list).toContain("Plan d'amélioration — Équipe Sfax");
    expect(plain(await handle(text(sami, "/plan add Former les agents d'accueil")))).toMatch(/Action \d+ ajoutée/);
    const items = await t.db.actionItem.findMany({ where: { teamId }, orderBy: { position: 'asc' } });
    const n = items.length;
    expect(plain(await handle(text(sami, `/plan edit ${n} responsable Mme Ben Ali`)))).toContain(
      `Action ${n} modifiée`,
    );
    expect(plain(await handle(text(sami, `/plan edit ${n} echeance 15/01/2027`)))).toContain('modifiée');
    expect(plain(await handle(text(sami, `/plan edit ${n} priorite urgente`)))).toContain('Priorité inconnue');
    expect(plain(await handle(text(sami, `/plan edit ${n} echeance bientôt`)))).toContain('Date non reconnue');
    const edited = await t.db.actionItem.findFirstOrThrow({ where: { teamId, position: items.at(-1)?.position } });
    expect(edited.owner).toBe('Mme Ben Ali');
    expect(edited.dueDate?.toISOString().slice(0, 10)).toBe('2027-01-15');
    const ask = (await handle(text(sami, '/plan remove 1'))).find((r) => r.kind === 'choices');
    expect(await t.db.actionItem.count({ where: { teamId } })).toBe(n);
    const removed = await handle(choice(sami, ask?.kind === 'choices' ? ask.promptId : '', ['yes']));
    expect(plain(removed)).toContain('retirée');
    expect(await t.db.actionItem.count({ where: { teamId } })).toBe(n - 1);
    expect(plain(await handle(text(outsider, '/plan')))).not.toContain('Équipe Sfax');
  });

  it('a long title in French keeps its « (fr) » marker in an Arabic reader’s /plan', async () => {
    const title =
      'Réorganiser les tournées de collecte des déchets ménagers quartier par quartier avec les chefs de secteur';
    expect(plain(await handle(text(amel, `/plan add ${title}`)))).toMatch(/Action \d+ ajoutée/);
    const { personId } = await t.db.identity.findUniqueOrThrow({
      where: { channel_externalId: { channel: amel.channel, externalId: amel.externalId } },
    });
    await t.db.person.update({ where: { id: personId }, data: { locale: 'ar' } });
    const line = plain(await handle(text(amel, '/plan تفاصيل')))
      .split('\n')
      .find((l) => l.includes('Réorganiser'));
    expect(line).toContain('Réorganiser les tournées de collecte des déchets ménagers quarti… (fr) — 👤');
    // On a phone, the line is cut after a word, its marker kept.
    const short = plain(await handle(text(amel, '/plan')))
      .split('\n')
      .find((l) => l.includes('Réorganiser'));
    expect(short).toMatch(/^\d+\. • Réorganiser les tournées… \(fr\)$/);
    await t.db.person.update({ where: { id: personId }, data: { locale: 'fr' } });
    const french = plain(await handle(text(amel, '/plan détail')))
      .split('\n')
      .find((l) => l.includes('Réorganiser'));
    expect(french).toContain('Réorganiser les tournées de collecte des déchets ménagers quartier pa… — 👤');
  });
});

describe('personal questionnaires (scope: person)', () => {
  it('each member answers alone; teammates do not see each other’s run', async () => {
    const t = await createTestDb();
    try {
      const handle = buildConversation(t.db, [
        createQuestionnaireFeature({
          db: t.db,
          questionnaires,
          timeZone: 'Africa/Tunis',
          logger: captureLogger().logger,
        }),
      ]);
      const cohort = await t.db.cohort.create({ data: { name: 'C' } });
      const team = await t.db.team.create({
        data: { cohortId: cohort.id, slug: 'tozeur', name: 'Équipe Tozeur', commune: 'Tozeur' },
      });
      const a = sender({ externalId: 'a', displayName: 'Anis' });
      const b = sender({ externalId: 'b', displayName: 'Bochra' });
      for (const who of [a, b]) {
        await handle(text(who, '/start'));
        const identity = await t.db.identity.findUniqueOrThrow({
          where: { channel_externalId: { channel: 'console', externalId: who.externalId } },
        });
        await t.db.teamMember.create({ data: { teamId: team.id, personId: identity.personId } });
      }
      await handle(text(a, '/diagnostic 2'));
      expect(plain(await handle(text(a, '1')))).toContain('Pourquoi ?');
      const started = plain(await handle(text(b, '/diagnostic 2')));
      expect(started).toContain("C'est parti");
      expect(started).not.toContain('Réponse actuelle');
      await handle(text(b, '5'));
      expect(await t.db.questionnaireRun.count({ where: { teamId: team.id, questionnaireId: 'mini-eval' } })).toBe(2);
      expect(plain(await handle(text(b, '/submit')))).toContain('Envoyer vos réponses à « Mini évaluation » ?');
      expect(plain(await handle(text(b, 'oui')))).toContain('Vos réponses sont enregistrées');
      expect(plain(await handle(text(a, '/skip')))).not.toContain('⚠️');
      const runs = await t.db.questionnaireRun.findMany({ where: { teamId: team.id }, orderBy: { status: 'asc' } });
      expect(runs.map((r) => r.status)).toEqual(['open', 'submitted']);
    } finally {
      await t.cleanup();
    }
  });
});
