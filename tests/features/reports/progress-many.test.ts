// /progress for a cohort of 12 teams, on a phone: one line per team (name, commune, the diagnostic's
// share, plan actions late, last activity), the teams needing attention first, six a page; a team's
// number, code or name opens its block, in French and Arabic.
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OutboundMessage } from '../../../src/core/messages.ts';
import { phoneLines } from '../../../src/core/phone-screen.ts';
import { loadQuestionnaires } from '../../../src/features/questionnaires/definitions.ts';
import { bidiProblems } from '../../helpers/bidi.ts';
import { projectRoot } from '../../helpers/console.ts';
import { plain } from '../../helpers/messages.ts';
import { addPerson, createHarness, ensureTeam, type Harness } from '../reminders/harness.ts';

const questionnaires = loadQuestionnaires(join(projectRoot, 'knowledge', 'questionnaires'));
type Choices = Extract<OutboundMessage, { kind: 'choices' }>;
const choicesOf = (replies: OutboundMessage[]) => replies.find((r): r is Choices => r.kind === 'choices');
/** What a phone shows of a list: its text, its numbered choices, its footer (as WhatsApp and the console render it). */
const screen = (list: Choices) =>
  [list.text, ...list.choices.map((c, i) => `${i + 1}. ${c.label}`), list.footer ?? ''].join('\n');

const communes = [
  ['ariana', 'Ariana'],
  ['beja', 'Béja'],
  ['bizerte', 'Bizerte'],
  ['gabes', 'Gabès'],
  ['jendouba', 'Jendouba'],
  ['kairouan', 'Kairouan'],
  ['kef', 'Le Kef'],
  ['medenine', 'Médenine'],
  ['monastir', 'Monastir'],
  ['nabeul', 'Nabeul'],
  ['sfax', 'Sfax'],
  ['tozeur', 'Tozeur'],
] as const;

describe('/progress with many teams', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await createHarness({ start: '2025-07-10T10:00:00Z', questionnaires });
    for (const [slug, commune] of communes) {
      await addPerson(h.db, { externalId: `sg-${slug}`, name: `SG ${slug}`, team: slug });
      // Named after their commune, as teams created in the chat are.
      await h.db.team.update({ where: { slug }, data: { name: commune, commune } });
    }
    // Kairouan is behind on its plan: two actions due in June, not done; a third done.
    const late = await ensureTeam(h.db, 'kairouan');
    const run = await h.db.questionnaireRun.create({
      data: {
        teamId: late,
        questionnaireId: 'diagnostic-service',
        questionnaireVersion: 1,
        createdAt: new Date('2025-07-10T08:00:00Z'),
      },
    });
    for (const [position, due, doneAt] of [
      [1, '2025-06-01', null],
      [2, '2025-06-15', null],
      [3, '2025-06-15', new Date('2025-06-14T09:00:00Z')],
    ] as const)
      await h.db.actionItem.create({
        data: { runId: run.id, teamId: late, position, title: `Action ${position}`, dueDate: new Date(due), doneAt },
      });
    // Béja answered its diagnostic yesterday: the most advanced, it comes last.
    const busy = await ensureTeam(h.db, 'beja');
    const diag = await h.db.questionnaireRun.create({
      data: {
        teamId: busy,
        questionnaireId: 'diagnostic-service',
        questionnaireVersion: 1,
        createdAt: new Date('2025-07-01T08:00:00Z'),
      },
    });
    const author = (await h.db.person.findFirstOrThrow({ where: { displayName: 'SG beja' } })).id;
    for (const [questionId, value] of [
      ['q_service_name', '"État civil"'],
      ['q_service_domain', '"waste_cleaning"'],
    ] as const)
      await h.db.answer.create({
        data: { runId: diag.id, questionId, value, authorId: author, answeredAt: new Date('2025-07-09T15:00:00Z') },
      });
    await h.db.team.update({ where: { slug: 'beja' }, data: { communeAr: 'باجة' } });
  });
  afterEach(() => h.cleanup());

  it('lists one line per team, the team late on its plan first, six a page that fits a phone screen', async () => {
    const first = choicesOf(await h.send('boss', '/progress'));
    expect(plain([{ kind: 'text', text: first?.text ?? '' }])).toBe(
      "Équipes (12), à suivre d'abord en tête — page 1/2 :",
    );
    expect(first?.choices.map((c) => c.value)).toEqual([
      'kairouan',
      'ariana',
      'bizerte',
      'gabes',
      'jendouba',
      'kef',
      'page:1',
    ]);
    expect(plain([first as Choices])).toContain("Kairouan : diagnostic 0 %, 2 actions en retard, actif aujourd'hui");
    expect(plain([{ kind: 'text', text: first?.footer ?? '' }])).toContain('/progress kairouan');
    expect(phoneLines(screen(first as Choices))).toBeLessThanOrEqual(20);

    const second = choicesOf(await h.tap('boss', first?.promptId ?? '', ['page:1']));
    expect(plain([second as Choices])).toContain('page 2/2');
    expect(second?.replaces).toBe(first?.promptId);
    expect(second?.choices.map((c) => c.value)).toEqual([
      'medenine',
      'monastir',
      'nabeul',
      'sfax',
      'tozeur',
      'beja',
      'page:0',
    ]);
    expect(plain([second as Choices])).toContain('Béja : diagnostic 3 %, aucune action en retard, actif hier');
    expect(plain([second as Choices])).toContain('Tozeur : diagnostic 0 %, aucune action en retard, aucune activité');
  });

  it("opens one team's block by its number, its code, its name or by a tap", async () => {
    const byNumber = await h.say('boss', '/progress 1');
    expect(byNumber).toContain('▶ kairouan — Kairouan (un membre)');
    expect(byNumber).toContain('Actions du plan en retard : 2');
    expect(byNumber).toContain("Plan d'amélioration : 3 actions, une faite");
    expect(byNumber).not.toContain('ariana');
    expect(await h.say('boss', '/progress Kairouan')).toContain('Actions du plan en retard : 2');
    expect(phoneLines(byNumber)).toBeLessThanOrEqual(20);
    expect(await h.say('boss', '/progress beja')).toContain('Dernière activité : actif hier');
    expect(await h.say('boss', '/progress béja')).toContain('▶ beja — Béja (un membre)');
    expect(await h.say('boss', '/progress beja détail')).toContain(
      "• Dispositif d'amélioration continue de la qualité : pas commencé",
    );
    const list = choicesOf(await h.send('boss', '/progress'));
    expect(plain(await h.tap('boss', list?.promptId ?? '', ['kairouan']))).toContain('Actions du plan en retard : 2');
    expect(await h.say('boss', '/progress 13')).toContain('Aucune équipe « 13 »');
    expect(await h.say('boss', '/progress zarzis')).toContain('Tapez /progress pour la liste des équipes');
  });

  it('in Arabic: the same list and blocks, read right to left', async () => {
    await h.say('boss', '/lang ar');
    const first = choicesOf(await h.send('boss', '/تقدم'));
    expect(plain([{ kind: 'text', text: first?.text ?? '' }])).toBe(
      'الفرق (12)، التي تحتاج إلى متابعة أولًا — الصفحة 1/2:',
    );
    expect(plain([first as Choices])).toContain('Kairouan: التشخيص 0 %، إجراءان متأخران، نشِط اليوم');
    expect(bidiProblems(screen(first as Choices))).toEqual([]);
    const second = choicesOf(await h.tap('boss', first?.promptId ?? '', ['page:1']));
    expect(plain([second as Choices])).toContain('باجة: التشخيص 3 %، لا إجراء متأخر، نشِط أمس');
    const block = await h.say('boss', '/تقدم ١');
    expect(block).toContain('إجراءات الخطة المتأخرة: 2');
    expect(block).toContain('آخر نشاط: نشِط اليوم');
    expect(await h.say('boss', '/تقدم باجة')).toContain('آخر نشاط: نشِط أمس');
    expect(await h.say('boss', '/تقدم توزر')).toContain('لا يوجد فريق « توزر »');
  });

  it("keeps « détail » for every team in full, and the overview's choices for coordinators", async () => {
    const all = await h.say('boss', '/progress détail');
    for (const slug of ['ariana', 'kairouan', 'tozeur']) expect(all).toContain(`▶ ${slug} —`);
    const list = choicesOf(await h.send('boss', '/progress'));
    expect(await h.say('sg-ariana', '/progress')).toContain('réservée aux coordinateurs');
    expect(plain(await h.tap('sg-ariana', list?.promptId ?? '', ['kairouan']))).not.toContain('Actions du plan');
  });
});
