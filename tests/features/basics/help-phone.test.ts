// A coordinator reads /help on a phone: /team's forms, once one line of 9 to 12 phone lines, are
// one form a line, each a line or two of the screen, and every form is still there. So is every
// other line of /help, a participant's or a coordinator's, in French and Arabic: /deadline's and
// /guide's forms one a line, and the commands' own names a phone line at a time.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { phoneLines } from '../../../src/core/phone-screen.ts';
import type { App } from '../../../src/app.ts';
import type { Locale } from '../../../src/core/i18n.ts';
import type { Role } from '../../../src/core/identity.ts';
import { appForTests } from '../../helpers/app.ts';
import { bidiProblems } from '../../helpers/bidi.ts';
import { enrolInNewTeam } from '../../helpers/enrol.ts';
import { text } from '../../helpers/messages.ts';
import { createHarness, type Harness } from '../reminders/harness.ts';

describe('/help on a phone, for a coordinator', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await createHarness();
  });
  afterEach(() => h.cleanup());

  /** The lines of /help that give a form of /team, as sent. */
  const teamLines = async () => {
    const help = (await h.send('boss', '/help coordinateur')).map((r) => ('text' in r ? r.text : '')).join('\n');
    return help.split('\n').filter((line) => /\/team (add|arabe|nom)/.test(line));
  };
  const plain = (line: string) => line.replace(/[\u200e\u200f\u2066-\u2069]/g, '');
  /** Each form of /team, in the order /help gives them. */
  const forms = [
    /^\/team add <\S+> <\S+> —/u,
    /^\/team add <\S+> <\S+> \| <[^>]+> —/u,
    /^\/team arabe <\S+> <[^>]+> —/u,
    /^\/team arabe <\S+> - /u,
    /^\/team nom <\S+> <\S+> \| <[^>]+> —/u,
    /^\/team nom <\S+> - /u,
  ];

  it.each(['fr', 'ar'])('%s: /team gives one form a line, none longer than two lines of a phone', async (locale) => {
    await h.say('boss', `/lang ${locale}`);
    const lines = await teamLines();
    expect(lines).toHaveLength(forms.length);
    lines.forEach((line, i) => expect(plain(line)).toMatch(forms[i] as RegExp));
    for (const line of lines) expect(phoneLines(line), plain(line)).toBeLessThanOrEqual(2);
    // Arabic lines read right to left, each command left to right inside them.
    if (locale === 'ar') expect(bidiProblems(lines.join('\n'))).toEqual([]);
  });
});

describe('/help on a phone, every line of it', () => {
  let app: App;
  appForTests((made) => (app = made));

  /** /help's replies, and for a coordinator `/help coordinateur`'s (their commands are listed there). */
  const helpOf = async (locale: Locale, role: Role) => {
    const { who } = await enrolInNewTeam(app, { slug: `help-${locale}-${role}`, lang: locale, role });
    const ask = async (line: string) =>
      (await app.handle(text(who, line))).replies.map((r) => ('text' in r ? r.text : '')).join('\n');
    return role === 'coordinator'
      ? [await ask('/help'), await ask(`/help ${locale === 'fr' ? 'coordinateur' : 'منسق'}`)]
      : [await ask('/help')];
  };
  const plain = (line: string) => line.replace(/[\u200e\u200f\u2066-\u2069]/g, '');
  /** The forms a coordinator's /help still gives, once a line each (command first). */
  const forms = {
    fr: [
      '/deadline <JJ/MM/AAAA HH:MM>',
      'options : [team=…] [role=…] [offsets=',
      '/guide anonyme',
      '/guide fr, /guide ar',
    ],
    ar: [
      '/deadline <يوم/شهر/سنة ساعة:دقيقة>',
      'خيارات: [team=…] [role=…] [offsets=',
      '/guide مجهول',
      '/guide fr، /guide ar',
    ],
  };
  const both = [
    '/deadline list',
    '/deadline edit <',
    '/deadline cancel <',
    '/guide —',
    '/plan add <',
    '/plan edit | remove | done <n>',
  ];

  it.each([
    ['fr', 'participant'],
    ['ar', 'participant'],
    ['fr', 'coordinator'],
    ['ar', 'coordinator'],
  ] as const)('%s, %s: no line of /help is longer than two lines of a phone', async (locale, role) => {
    const helps = await helpOf(locale, role);
    const lines = helps.join('\n').split('\n');
    const long = lines.filter((line) => phoneLines(line) > 2).map(plain);
    expect(long).toEqual([]);
    if (locale === 'ar') for (const help of helps) expect(bidiProblems(help)).toEqual([]);
    // The commands' own names follow their title, a phone line at a time, every one still there.
    const own: string[] = [];
    for (const help of helps) {
      const paragraph = help.split('\n');
      const title = paragraph.findIndex((line) => /nom français|الأوامر بالعربية/.test(line));
      const end = paragraph.indexOf('', title);
      const names = paragraph.slice(title + 1, end === -1 ? undefined : end);
      for (const row of names) expect(phoneLines(row), plain(row)).toBe(1);
      own.push(...(names.join(' ').match(/\/[^\s,،.]+/gu) ?? []));
    }
    expect(own).toContain(locale === 'fr' ? '/aide' : '/مساعدة');
    expect(own).toHaveLength(role === 'participant' ? (locale === 'fr' ? 10 : 12) : locale === 'fr' ? 22 : 24);
    if (role !== 'coordinator') return;
    const starts = lines.map(plain);
    for (const form of [...forms[locale], ...both])
      expect(
        starts.some((l) => l.startsWith(form)),
        form,
      ).toBe(true);
  });
});
