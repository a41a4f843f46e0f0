// The review read on a phone, in French and Arabic, with two people answering: each page fits a
// screen, every answer is on exactly one page, the author is named once per run of answers by the
// same person, and "next page" points the reading way (left in Arabic). Real application,
// questionnaire and database; the page buttons as the Telegram channel lays them out.
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../../src/app.ts';
import { renderOutbound } from '../../../src/channels/telegram/render.ts';
import { createConfig } from '../../../src/config.ts';
import type { Locale } from '../../../src/core/i18n.ts';
import type { OutboundMessage, Sender } from '../../../src/core/messages.ts';
import { phoneLines } from '../../../src/core/phone-screen.ts';
import { localDay } from '../../../src/core/time.ts';
import type { Questionnaire } from '../../../src/features/questionnaires/definitions.ts';
import { completion } from '../../../src/features/questionnaires/completion.ts';
import { createQuestionnaireRepository } from '../../../src/features/questionnaires/repository.ts';
import { reviewPageLines } from '../../../src/features/questionnaires/review.ts';
import { bidiProblems, paragraphDirection } from '../../helpers/bidi.ts';
import { freshDatabase, type FreshDatabase } from '../../helpers/db.ts';
import { plain, text } from '../../helpers/messages.ts';
import { planWalk } from '../../helpers/walk.ts';

let app: App;
let fresh: FreshDatabase;
const at = new Date();
const today = localDay(at, 'Africa/Tunis');

beforeAll(async () => {
  fresh = await freshDatabase();
  app = await createApp(createConfig({ DATABASE_URL: fresh.url, LOG_LEVEL: 'silent' }), pino({ level: 'silent' }), {
    now: () => at,
  });
});
afterAll(async () => {
  await app.close();
  await fresh.drop();
});

const marks = /[\u200e\u200f\u2066-\u2069]/g;
const names = { amel: 'Amel Ben Salah', karim: 'Karim Trabelsi' };
const authorLine = { fr: /^✍️ Répondu par (.+)$/, ar: /^✍️ أجاب (.+)$/ };
const pageLine = { fr: /^Revue — page (\d+)\/(\d+)$/, ar: /^مراجعة — الصفحة (\d+)\/(\d+)$/ };
const answerLine = /^(\d+)\. /;

/** A team of two in `locale`: what each member says, the replies as the core gives them. */
async function team(locale: Locale) {
  const cohort = await app.db.cohort.upsert({ where: { name: 'Pilote' }, update: {}, create: { name: 'Pilote' } });
  const created = await app.db.team.create({
    data: { slug: `phone-${locale}`, name: `Équipe ${locale}`, commune: 'Sfax', cohortId: cohort.id },
  });
  const member = async (key: keyof typeof names) => {
    const who: Sender = { channel: 'telegram', externalId: `${locale}-${key}`, displayName: names[key] };
    const say = async (line: string) => (await app.handle(text(who, line))).replies;
    await say('/start');
    const identity = await app.db.identity.findUniqueOrThrow({
      where: { channel_externalId: { channel: 'telegram', externalId: who.externalId } },
    });
    await app.db.teamMember.create({ data: { teamId: created.id, personId: identity.personId } });
    await app.db.personRole.create({ data: { personId: identity.personId, role: 'participant' } });
    await say(`/lang ${locale}`);
    return Object.assign(say, { personId: identity.personId });
  };
  return { teamId: created.id, amel: await member('amel'), karim: await member('karim') };
}

/** The review's page among replies: the message headed « Revue — page n/N ». */
function reviewOf(replies: OutboundMessage[], locale: Locale) {
  const page = replies.find(
    (r) =>
      (r.kind === 'choices' || r.kind === 'text') &&
      pageLine[locale].test(r.text.split('\n')[0]?.replace(marks, '') ?? ''),
  );
  if (!page || (page.kind !== 'choices' && page.kind !== 'text')) throw new Error('no review page');
  return page;
}

describe.each(['fr', 'ar'] as const)('the review on a phone in %s, two people answering', (locale) => {
  it('fits each page on a screen, shows every answer once, names authors by run, turns pages the reading way', async () => {
    const q = app.questionnaires[0] as Questionnaire;
    const { teamId, amel, karim } = await team(locale);
    const walk = planWalk(q, locale, today);
    // Amel starts, Karim takes over for a while, Amel finishes.
    await amel('/diagnostic 1');
    for (const s of walk.slice(0, 20)) await amel(s.line);
    await amel('/pause');
    await karim('/diagnostic 1');
    for (const s of walk.slice(20, 35)) await karim(s.line);
    await karim('/pause');
    await amel('/diagnostic 1');
    for (const s of walk.slice(35)) await amel(s.line);

    const run = await app.db.questionnaireRun.findFirstOrThrow({ where: { teamId } });
    const loaded = await createQuestionnaireRepository(app.db).load(run.id);
    if (!loaded) throw new Error('no run');
    // Every question listed in the review: the main ones, then the optional parts opened.
    const { listed: order } = completion(q, loaded.answers, today);
    const nameOf = new Map([
      [amel.personId, names.amel],
      [karim.personId, names.karim],
    ]);

    // Every page, turned with the page button (as tapped) until there is no next one.
    const pages: OutboundMessage[] = [reviewOf(await amel('/review'), locale)];
    for (let last = pages[0]; last?.kind === 'choices';) {
      const next = last.choices.find((c) => c.label.includes(locale === 'ar' ? 'التالية' : 'suivante'));
      if (!next) break;
      const replies = await app.handle({
        id: `tap-${locale}-${pages.length}`,
        from: { channel: 'telegram', externalId: `${locale}-amel`, displayName: names.amel },
        receivedAt: new Date(),
        kind: 'choice',
        promptId: last.promptId,
        values: [next.value],
      });
      last = reviewOf(replies.replies, locale);
      pages.push(last);
      if (pages.length > 40) throw new Error('the pages never end');
    }
    expect(pages.length).toBeGreaterThan(3);

    const seen: number[] = [];
    let authorRuns = 0;
    for (const [i, page] of pages.entries()) {
      const shown = plain([page]);
      const lines = shown.split('\n');
      // One screen: the page with its page choices listed, as the console and WhatsApp show them.
      expect(phoneLines(shown), `page ${i + 1}:\n${shown}`).toBeLessThanOrEqual(reviewPageLines);
      expect(lines[0]?.match(pageLine[locale])?.slice(1).map(Number)).toEqual([i + 1, pages.length]);
      if (locale === 'ar') expect(bidiProblems(page.kind === 'choices' ? page.text : '')).toEqual([]);

      // The author in force over each answer is the person who gave it; named again only on a change.
      let author: string | undefined;
      let previous: string | undefined;
      for (const line of lines) {
        const named = authorLine[locale].exec(line)?.[1];
        if (named) {
          expect(named, `author repeated on page ${i + 1}`).not.toBe(previous);
          author = named;
          previous = named;
          authorRuns++;
          continue;
        }
        const number = Number(answerLine.exec(line)?.[1] ?? NaN);
        if (Number.isNaN(number)) continue;
        seen.push(number);
        expect(phoneLines(line), line).toBeLessThanOrEqual(2);
        const stored = loaded.answers.get(order[number - 1]?.id ?? '');
        if (stored) expect(author, `author of ${number}`).toBe(nameOf.get(stored.authorId));
      }

      // Page choices in reading order: in Arabic the next page comes first (leftmost button) and
      // its arrow ends the right-to-left label, so it shows on the left, pointing left.
      if (page.kind !== 'choices') continue;
      const [operation] = renderOutbound([page], { locale, validateLabel: () => '' }).operations;
      const row = operation?.kind === 'text' ? (operation.keyboard?.inline_keyboard.at(-1) ?? []) : [];
      const texts = row.map((b) => b.text.replace(marks, ''));
      const next = texts.findIndex((t) => t.includes(locale === 'ar' ? 'التالية' : 'suivante'));
      const back = texts.findIndex((t) => t.includes(locale === 'ar' ? 'السابقة' : 'précédente'));
      if (i < pages.length - 1) expect(texts[next]?.endsWith(locale === 'ar' ? '◀' : '▶')).toBe(true);
      if (i > 0) expect(texts[back]?.startsWith(locale === 'ar' ? '▶' : '◀')).toBe(true);
      if (next >= 0 && back >= 0) expect(next < back).toBe(locale === 'ar');
      if (locale === 'ar') for (const t of texts) expect(paragraphDirection(t)).toBe('rtl');
    }
    // Each answer on exactly one page, in order, none left out.
    expect(seen).toEqual(order.map((_, i) => i + 1));
    // Three runs (Amel, Karim, Amel) and a name again at the top of each page: never once per answer.
    expect(authorRuns).toBeLessThanOrEqual(pages.length + 2);
    expect(authorRuns).toBeGreaterThanOrEqual(3);
  });
});
