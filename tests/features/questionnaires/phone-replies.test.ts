// /status, /results, /plan and /progress on a phone: a team of two walks questionnaire 1, in French
// and in Arabic. Each reply fits about one screen (20 lines of a 360-pixel chat bubble), opens on
// what the reader needs now (what is left, the score, the next due date), and says how to see the
// rest; « détail » / « تفاصيل » shows every part, dimension, action and questionnaire, as before.
// Real application, questionnaire and SQLite database.
import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../../src/app.ts';
import type { Locale } from '../../../src/core/i18n.ts';
import type { OutboundMessage, Sender } from '../../../src/core/messages.ts';
import { phoneLines } from '../../../src/core/phone-screen.ts';
import { localDay } from '../../../src/core/time.ts';
import type { Questionnaire } from '../../../src/features/questionnaires/definitions.ts';
import { appForTests } from '../../helpers/app.ts';
import { enrolInNewTeam, startPerson } from '../../helpers/enrol.ts';
import { plain, text } from '../../helpers/messages.ts';
import { planWalk } from '../../helpers/walk.ts';

/** Lines of a phone screen a reply may take. */
const screen = 20;

let app: App;
let q: Questionnaire;
appForTests((ready, diagnostic) => {
  app = ready;
  q = diagnostic;
});

const words = {
  fr: {
    detail: 'détail',
    left: 'Reste à remplir :',
    weakest: "À renforcer d'abord :",
    overall: /^Niveau d'ensemble : \d+\/100 — /m,
    due: /^📅 Pour le (\d\d\/\d\d\/\d{4}) :$/m,
    unnamed: '👤 Pilote à nommer : actions',
    ownerRole: '(nom à donner)',
    notStarted: 'pas encore commencé',
    french: 'Afficher les horaires au guichet',
  },
  ar: {
    detail: 'تفاصيل',
    left: 'بقي للإجابة:',
    weakest: 'محاور تُعزَّز أوّلًا:',
    overall: /^المستوى العام: \d+\/100 — /m,
    due: /^📅 الأجل (\d\d\/\d\d\/\d{4}):$/m,
    unnamed: '👤 يُسمّى من يقود الإجراءات',
    ownerRole: '(يُحدَّد الاسم)',
    notStarted: 'لم تنطلق بعد',
    french: 'Afficher les horaires au guichet',
  },
} as const;

/** The text of the first reply (the one the command writes; the question shown again comes after it). */
const first = (replies: OutboundMessage[]) => plain(replies.slice(0, 1));

describe.each(['fr', 'ar'] as const)('long replies on a phone, in %s', (locale: Locale) => {
  const w = words[locale];
  const raw: Record<string, OutboundMessage[]> = {};
  const shown: Record<string, string> = {};

  beforeAll(async () => {
    const slug = `phone-${locale}`;
    const { who, teamId } = await enrolInNewTeam(app, {
      slug,
      lang: locale,
      team: { commune: 'Sfax', communeAr: 'صفاقس' },
    });
    const mate: Sender = { channel: 'telegram', externalId: `mate-${locale}`, displayName: 'Amel Ben Salah' };
    await app.db.teamMember.create({ data: { teamId, personId: await startPerson(app, mate, locale) } });
    const coordinator: Sender = { channel: 'telegram', externalId: `coordinator-${locale}`, displayName: 'Coord' };
    const coordinatorId = await startPerson(app, coordinator, locale);
    await app.db.personRole.create({ data: { personId: coordinatorId, role: 'coordinator' } });
    const say = async (from: Sender, line: string) => (await app.handle(text(from, line))).replies;
    const keep = async (name: string, from: Sender, line: string) => {
      raw[name] = await say(from, line);
      shown[name] = first(raw[name]);
    };

    const steps = planWalk(q, locale, localDay(new Date(), 'Africa/Tunis'));
    const half = Math.floor(steps.length / 2);
    await say(who, '/diagnostic 1');
    for (const s of steps.slice(0, half)) await say(who, s.line);
    await keep('status', who, '/status');
    await keep('statusFull', who, `/status ${w.detail}`);
    await say(who, '/pause');
    await say(mate, '/diagnostic 1');
    for (const s of steps.slice(half)) await say(mate, s.line);
    await say(mate, '/submit');
    const submitted = await say(mate, 'oui');
    shown.submitted = plain(submitted.slice(1, 2));
    await say(who, `/plan add ${w.french}`);
    await keep('results', who, '/results');
    await keep('resultsFull', who, `/results ${w.detail}`);
    await keep('plan', who, '/plan');
    await keep('planFull', who, `/plan ${w.detail}`);
    await keep('progress', coordinator, `/progress phone-${locale}`);
    await keep('progressFull', coordinator, `/progress ${w.detail}`);
  }, 120_000);

  it('fits each reply on one phone screen', () => {
    for (const name of ['status', 'submitted', 'results', 'plan'])
      expect(phoneLines(shown[name] ?? ''), `${name}:\n${shown[name]}`).toBeLessThanOrEqual(screen);
    // /progress lists the teams a line each; one team's block (« /progress phone-fr ») fits a screen.
    expect(phoneLines(shown.progress ?? ''), shown.progress).toBeLessThanOrEqual(screen);
  });

  it('/status leads with the count and what is left, and lists every part on « détail »', () => {
    const status = shown.status ?? '';
    expect(status.split('\n')[0]).toMatch(/ 61 % — 34\/57 |: 61 % — /);
    expect(status).toContain(w.left);
    expect(status).toContain('SG phone-');
    expect(status).toContain(`/status ${w.detail}`);
    const full = shown.statusFull ?? '';
    // Every numbered part, answered or not, as the reply listed them before.
    for (const section of q.sections.filter((s) => !/^2\. /.test(s.title.fr)))
      expect(full, section.id).toContain(section.title[locale]);
    expect(phoneLines(full)).toBeGreaterThan(screen);
  });

  it('/results leads with the score and the weakest dimensions, and lists every dimension on « détail »', () => {
    for (const reply of [shown.results ?? '', shown.submitted ?? '']) {
      expect(reply).toMatch(w.overall);
      expect(reply).toContain(w.weakest);
      expect(reply).toContain(`/results ${w.detail}`);
      expect(reply).toContain('/plan');
    }
    const full = shown.resultsFull ?? '';
    for (const [i, d] of q.dimensions.entries()) expect(full).toContain(`${i + 1}. ${d.label[locale]}`);
    expect(full).toContain('/results 1');
  });

  it('/plan leads with the next due date, names the actions waiting for a pilot, and gives each in full on « détail »', async () => {
    const plan = shown.plan ?? '';
    const team = await app.db.team.findUniqueOrThrow({ where: { slug: `phone-${locale}` } });
    const items = await app.db.actionItem.findMany({ where: { teamId: team.id } });
    const next = items
      .flatMap((i) => (i.dueDate ? [i.dueDate.toISOString().slice(0, 10)] : []))
      .sort()[0]
      ?.split('-')
      .reverse()
      .join('/');
    expect(w.due.exec(plan)?.[1]).toBe(next);
    expect(plan.split('\n').findIndex((l) => w.due.test(l))).toBeLessThanOrEqual(2);
    expect(plan).toContain(w.unnamed);
    expect(plan).toContain(`/plan ${w.detail}`);
    const full = shown.planFull ?? '';
    expect(full).toContain(w.ownerRole);
    for (const item of items) expect(full).toContain(((locale === 'ar' && item.titleAr) || item.title).slice(0, 40));
  });

  it('/progress counts the questionnaires not started, and names them on « détail »', () => {
    const progress = shown.progress ?? '';
    expect(progress).toContain(w.notStarted);
    expect(progress).toContain(`/progress phone-${locale} ${w.detail}`);
    const full = shown.progressFull ?? '';
    for (const each of app.questionnaires) expect(full).toContain(each.title[locale]);
  });

  it.runIf(locale === 'ar')('reads right to left on every line, a French title and figures inside', () => {
    for (const name of ['status', 'results', 'plan', 'progress']) {
      const reply = raw[name]?.[0];
      const body = reply && 'text' in reply ? reply.text : '';
      for (const line of body.split('\n').filter((l) => l.trim()))
        expect(line.startsWith('\u200f'), `${name}: ${line}`).toBe(true);
    }
    expect(shown.plan).toContain('Afficher les horaires');
  });
});
