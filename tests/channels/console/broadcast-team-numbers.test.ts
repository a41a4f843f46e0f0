// A broadcast to one team among 25 in the console (three pages of teams): the teams are numbered
// on from page to page as in /progress (11 to 20 on the second), « + » and « - » turn the pages, a
// number typed picks that team on whatever page it is (Arabic digits too), a number no team has is
// said and the page comes again, and after a restart the number still answers the page that was open.
import { describe, expect, it } from 'vitest';
import { phoneLines } from '../../../src/core/phone-screen.ts';
import { useConsoleHarness, type ConsoleHarness } from './app-harness.ts';

let h: ConsoleHarness | undefined;
const openConsole = useConsoleHarness();

const words = {
  fr: {
    message: 'Réunion lundi à 9 h',
    team: 'Une équipe',
    page2: 'Quelle équipe ? (page 2 sur 3)',
    next: '« + » 🔽 Équipes suivantes',
    previous: '« - » 🔼 Équipes précédentes',
    gabes: 'Équipe Gabès (c14)',
    tozeur: 'Équipe Tozeur (c24)',
    none: 'Aucune équipe n° 40 : les équipes vont de 1 à 25.',
  },
  ar: {
    message: 'اجتماع يوم الاثنين على الساعة التاسعة',
    team: 'فريق',
    page2: 'أي فريق؟ (الصفحة 2 من 3)',
    next: '« + » 🔽 الفرق التالية',
    previous: '« - » 🔼 الفرق السابقة',
    gabes: 'فريق قابس (c14)',
    tozeur: 'فريق توزر (c24)',
    none: 'لا يوجد فريق رقم 40: أرقام الفرق من 1 إلى 25.',
  },
} as const;

/** 24 teams c01…c24 beside the operator's demo team; Gabès (c14) and Tozeur (c24) have a member. */
async function teams(harness: ConsoleHarness) {
  const named: Record<number, [string, string]> = { 14: ['Gabès', 'قابس'], 24: ['Tozeur', 'توزر'] };
  const { cohortId } = await harness.app.db.team.findUniqueOrThrow({ where: { id: harness.teamId } });
  for (let n = 1; n <= 24; n++) {
    const [name, nameAr] = named[n] ?? [`Ville ${n}`, null];
    await harness.app.db.team.create({
      data: {
        slug: `c${String(n).padStart(2, '0')}`,
        name,
        nameAr,
        commune: name,
        communeAr: nameAr,
        cohortId,
        ...(named[n] ? { members: { create: { person: { create: { displayName: `M${n}` } } } } } : {}),
      },
    });
  }
}

describe.each(['fr', 'ar'] as const)('the team list of a broadcast in the console, in %s', (locale) => {
  const w = words[locale];

  /** The message written, « Une équipe », then « + »: the second page of teams. */
  async function secondPage(harness: ConsoleHarness) {
    await harness.say('/broadcast');
    await harness.say(w.message);
    const audience = await harness.say('-');
    const number = /(\d+)\. (?:Une équipe|فريق)\n/.exec(audience)?.[1] ?? '';
    const first = await harness.say(number);
    expect(first).toContain('\n1. ');
    expect(first).toContain('\n10. ');
    expect(first).toContain(w.next);
    return harness.say('+');
  }

  it('numbers on across the pages, and a typed number picks that team overall', { timeout: 60_000 }, async () => {
    h = await openConsole();
    if (locale === 'ar') await h.say('/lang ar');
    await teams(h);
    const page = await secondPage(h);
    expect(page).toContain(w.page2);
    for (const n of [11, 14, 20]) expect(page).toMatch(new RegExp(`\\n${n}\\. `));
    expect(page).not.toMatch(/\n1\. /);
    expect(page).toContain(w.previous);
    expect(page).toContain(w.next);
    // It fits a phone's screen.
    expect(phoneLines(page.replace(/\n> $/, ''))).toBeLessThanOrEqual(20);

    // A number no team has: said in the reader's language, then the same page.
    const none = await h.say('40');
    expect(none).toContain(w.none);
    expect(none).toContain(w.page2);
    expect(none).toMatch(/\n14\. /);

    // « 14 » on the second page: its 14th team, Gabès.
    expect(await h.say('14')).toContain(w.gabes);
    await h.say('/cancel');
    // « ٢٤ » in Arabic digits, under the second page: the 24th team, on the third.
    await secondPage(h);
    expect(await h.say('٢٤')).toContain(w.tozeur);
    await h.say('/cancel');
  });

  it('after a restart, a number typed answers the page that was open', { timeout: 60_000 }, async () => {
    h = await openConsole();
    if (locale === 'ar') await h.say('/lang ar');
    await teams(h);
    await secondPage(h);
    await h.restart();
    expect(await h.say('١٤')).toContain(w.gabes);
  });
});
