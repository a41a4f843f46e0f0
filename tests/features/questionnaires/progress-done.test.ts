// A run where every question that applies is answered or skipped (the photo skipped) is at 100 %,
// not 98 %: a skip is dealt with. The bar is full only then. The coordinators' /progress gives the
// same count as the team's /status, with the optional parts opened (the real application and
// SQLite database, French and Arabic).
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../../src/app.ts';
import { createConfig } from '../../../src/config.ts';
import type { Locale } from '../../../src/core/i18n.ts';
import type { Sender } from '../../../src/core/messages.ts';
import type { Questionnaire } from '../../../src/features/questionnaires/definitions.ts';
import { completion } from '../../../src/features/questionnaires/completion.ts';
import { step } from '../../../src/features/questionnaires/engine.ts';
import type { Answers } from '../../../src/features/questionnaires/relevance.ts';
import { progressBar } from '../../../src/features/questionnaires/scoring.ts';
import { freshDatabase, type FreshDatabase } from '../../helpers/db.ts';
import { enrolInNewTeam, startPerson } from '../../helpers/enrol.ts';
import { plain, text } from '../../helpers/messages.ts';
import { pick, planWalk } from '../../helpers/walk.ts';

/** Sunday 6 December 2026, 11:00 in Tunis. */
const at = new Date('2026-12-06T10:00:00Z');
const today = '2026-12-06';
const full = '▓'.repeat(10);

let app: App;
let fresh: FreshDatabase;
let service: Questionnaire;

beforeAll(async () => {
  fresh = await freshDatabase();
  app = await createApp(createConfig({ DATABASE_URL: fresh.url, LOG_LEVEL: 'silent' }), pino({ level: 'silent' }), {
    now: () => at,
  });
  service = app.questionnaires.find((q) => q.id === 'diagnostic-service') as Questionnaire;
});
afterAll(async () => {
  await app.close();
  await fresh.drop();
});

/** Someone who says lines to the bot in their language, with a role (and a team for a participant). */
async function person(slug: string, locale: Locale, role: 'participant' | 'coordinator') {
  const who: Sender = { channel: 'telegram', externalId: `${role}-${slug}`, displayName: `${role} ${slug}` };
  const lang = locale === 'ar' ? locale : undefined;
  if (role === 'participant') await enrolInNewTeam(app, { slug, sender: who, lang, team: { commune: 'Gafsa' } });
  else await app.db.personRole.create({ data: { personId: await startPerson(app, who, lang), role } });
  return async (line: string) => plain((await app.handle(text(who, line))).replies);
}

describe('the percentage and the bar', () => {
  it('count a skipped question as dealt with, and reach 100 % only when every question is', () => {
    let answers: Answers = new Map();
    let before: Answers = answers;
    for (const s of planWalk(service, 'fr', today, Infinity, { q_more_problems_1: 'non' })) {
      const action =
        s.line === '/skip'
          ? { type: 'skip' as const }
          : { type: 'answer' as const, input: { kind: 'text' as const, text: s.line } };
      const result = step(service, answers, { at: s.questionId }, action, 'p', today);
      before = answers;
      if (result.save)
        answers = new Map(answers).set(result.save.questionId, { value: result.save.value, authorId: 'p' });
    }
    const done = completion(service, answers, today);
    expect(done.skipped).toBeGreaterThan(0);
    expect(done.answered + done.skipped).toBe(done.total);
    expect(done.percent).toBe(100);
    // One question still open: 99 % at most, however many questions there are.
    expect(completion(service, before, today).percent).toBeLessThanOrEqual(99);
  });

  it.each([
    [0, '░░░░░░░░░░'],
    [0.04, '░░░░░░░░░░'],
    [0.5, '▓▓▓▓▓░░░░░'],
    [0.95, '▓▓▓▓▓▓▓▓▓░'],
    [0.99, '▓▓▓▓▓▓▓▓▓░'],
    [1, full],
  ])('%s is drawn %s', (fraction, bar) => {
    expect(progressBar(fraction)).toBe(bar);
  });
});

describe('a service diagnostic walked to the end, the photo skipped, two more problems added', () => {
  const extras = (locale: Locale) =>
    Object.fromEntries(
      ['q_more_problems_1', 'q_more_problems_2'].map((id) => [id, locale === 'ar' ? 'نعم' : 'oui'] as const),
    );
  let status = '';
  let lastHeader = '';
  let reopened = '';
  let statusAr = '';

  beforeAll(async () => {
    const sg = await person('gafsa', 'fr', 'participant');
    await sg('/diagnostic 1');
    const preset = { ...extras('fr'), q_service_domain: pick(service, 'q_service_domain', 'civil_registry') };
    const walk = planWalk(service, 'fr', today, Infinity, preset);
    expect(walk.some((s) => s.line === '/skip')).toBe(true);
    // The last main question is shown after the line before it (the optional parts come after).
    const lastMain = walk.findLastIndex((s) => !s.part);
    for (const [i, s] of walk.entries()) {
      const reply = await sg(s.line);
      if (i === lastMain - 1) lastHeader = reply;
    }
    status = await sg('/status détail');
    reopened = await sg('1'); // from the review: question 1 again, to change its answer
    await sg('/lang ar');
    statusAr = await sg('/status');
  }, 120_000);

  it('shows 100 % on /status, with the skip said apart', () => {
    expect(status).toMatch(/^Avancement de « .+ » : 100 % — \d+\/\d+ réponses, une passée$/m);
    expect(status).toContain('Problème prioritaire n° 2 (facultatif) : 8/8');
    // The section of the skipped photo adds up too: its answers and its skip make its total.
    const section = /^(.+) : (\d+)\/(\d+), une passée$/m.exec(status);
    expect(section?.[1]).toBe(service.sections.find((x) => x.questions.some((q) => q.type === 'photo'))?.title.fr);
    expect(Number(section?.[2]) + 1).toBe(Number(section?.[3]));
    // The contract section does not apply to civil registry: named, not a gap in the numbering.
    const contract = service.sections.find((x) => x.id === 'management_model')?.title.fr;
    expect(contract).toBeTruthy();
    expect(status).toContain(`\n${contract} : sans objet d'après les réponses données\n`);
    // The other services' measures share the number 2 with the one shown: they are not listed.
    expect(status.match(/sans objet/g)).toHaveLength(1);
  });

  it('says who answered with the same count as the header, the optional parts said apart (fr, ar)', () => {
    const [, answered] = /: 100 % — (\d+)\/\d+ réponses/.exec(status) ?? [];
    // One person answered all: 8 + 7 answers in the two optional parts, the main ones as the header.
    const author = /^.+ : (\d+) réponses, dont 15 dans les parties facultatives$/m.exec(status);
    expect(Number(author?.[1])).toBe(Number(answered) + 15);
    const plainAr = statusAr.replace(/[\u200e\u200f\u2066-\u2069]/g, '');
    expect(plainAr).toContain(`الإجابات ${answered}/`);
    expect(plainAr).toMatch(
      new RegExp(`^.+: ${Number(answered) + 15} إجابة، منها 15 إجابة في الأجزاء الاختيارية$`, 'm'),
    );
  });

  it('draws the bar full only once every question is dealt with', () => {
    expect(lastHeader).toMatch(/\n(▓{9}░) 9\d %/);
    expect(lastHeader).not.toContain(full);
    expect(reopened).toContain(`${full} 100 %`);
  });

  it.each(['fr', 'ar'] as const)(
    'gives coordinators the same count on /progress, parts opened included (%s)',
    async (locale) => {
      const coordinator = await person(`coord-${locale}`, locale, 'coordinator');
      const report = await coordinator(locale === 'fr' ? '/progress détail' : '/progress تفاصيل');
      const [, answered, total] = /: 100 % — (\d+)\/(\d+) réponses/.exec(status) ?? [];
      expect(Number(total)).toBeGreaterThan(40);
      if (locale === 'fr') {
        expect(report).toContain(
          `• Diagnostic de performance d'un service municipal : en cours — 100 %, ${answered}/${total} réponses, une passée`,
        );
        expect(report).toContain('   ◦ Problème prioritaire n° 2 (facultatif) : 8/8');
        expect(report).toContain('   ◦ Problème prioritaire n° 3 (facultatif) : 7/7');
      } else {
        expect(report).toContain(`• تشخيص أداء مرفق بلدي: جارٍ — 100 %، الإجابات ${answered}/${total}، تم تخطي 1`);
        expect(report).toContain('◦ المشكل ذو الأولوية رقم 2 (اختياري): 8/8');
        expect(report).toContain('◦ المشكل ذو الأولوية رقم 3 (اختياري): 7/7');
      }
      // The CSV export says the same parts, in a column of their own.
      const sender = { channel: 'telegram', externalId: `coordinator-coord-${locale}`, displayName: 'c' } as const;
      const [doc] = (await app.handle(text(sender, '/export progress'))).replies;
      const csv = doc?.kind === 'document' ? new TextDecoder().decode(doc.data) : '';
      const [header = '', ...rows] = csv.split('\r\n');
      const column = header
        .split(';')
        .indexOf(locale === 'ar' ? 'الأجزاء الاختيارية المفتوحة' : 'Parties facultatives ouvertes');
      expect(column).toBeGreaterThan(0);
      const title = service.title[locale];
      const row = rows.map((r) => r.split(';')).find((r) => r.includes(title) && r[0] === 'gafsa');
      expect(row?.[column]).toBe(
        locale === 'ar'
          ? 'المشكل ذو الأولوية رقم 2: 8/8 | المشكل ذو الأولوية رقم 3: 7/7'
          : 'Problème prioritaire n° 2 : 8/8 | Problème prioritaire n° 3 : 7/7',
      );
    },
  );
});
