// The mission report's cover names who ordered the mission (the « mandant » of the outline's title
// page: mandant, équipe, objet, dates), in French and in Arabic, through the real application; a
// report without one (skipped, or filled before the question was asked) keeps its cover as it was.
// A part's heading is not said again as its answer's label (« Difficultés », then « Difficultés
// rencontrées : … »): the answer stands alone under it, as in Arabic.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../../src/app.ts';
import { localDay } from '../../../src/core/time.ts';
import type { Questionnaire } from '../../../src/features/questionnaires/definitions.ts';
import { appForTests } from '../../helpers/app.ts';
import { documentIn, docxText } from '../../helpers/docx.ts';
import { enrolInNewTeam } from '../../helpers/enrol.ts';
import { text } from '../../helpers/messages.ts';
import { planWalk } from '../../helpers/walk.ts';

let app: App;
appForTests((made) => (app = made));
const today = localDay(new Date(), 'Africa/Tunis');

const words = {
  fr: {
    yes: 'oui',
    report: '/report mission',
    mandator: 'FNCT — coordination du module qualité',
    mandant: 'Mandant : FNCT — coordination du module qualité',
    key: 'Mandant',
    difficulties: 'Difficultés',
    said: 'Le registre des réclamations était au bureau du maire',
    subject: /^Objet : /,
    team: /^Équipe : /,
  },
  ar: {
    yes: 'نعم',
    report: '/report مهمة',
    mandator: 'الجامعة الوطنية للبلديات التونسية — تنسيق وحدة الجودة',
    mandant: 'الجهة المكلِّفة: الجامعة الوطنية للبلديات التونسية — تنسيق وحدة الجودة',
    key: 'الجهة المكلِّفة',
    difficulties: 'الصعوبات',
    said: 'كان سجل الشكايات بمكتب رئيس البلدية',
    subject: /^الموضوع: /,
    team: /^الفريق: /,
  },
} as const;

describe.each(['fr', 'ar'] as const)('the mandant on a mission report’s cover, in %s', (locale) => {
  const w = words[locale];
  /** The mission report's lines after a team filled it, answering `mandator` (or skipping it). */
  const reportOf = async (slug: string, mandator: string) => {
    const { who } = await enrolInNewTeam(app, { slug, team: { commune: 'Béja' } });
    const say = async (line: string) => (await app.handle(text(who, line))).replies;
    if (locale === 'ar') await say('/lang ar');
    const q = app.questionnaires.find((x) => x.id === 'compte-rendu-mission') as Questionnaire;
    await say(`/diagnostic ${q.id}`);
    for (const s of planWalk(q, locale, today, Infinity, { q_mission_mandator: mandator, q_difficulties: w.said }))
      await say(s.line);
    await say('/submit');
    await say(w.yes);
    const doc = documentIn(await say(w.report));
    if (process.env.SHOW) writeFileSync(join('/tmp', `${slug}-${doc.fileName}`), doc.data);
    return (await docxText(doc.data))
      .replace(/[\u00a0\u202f\u2060]/g, ' ')
      .replace(/&apos;/g, "'")
      .split('\n')
      .filter((l) => l.trim());
  };
  let named: string[] = [];
  let unnamed: string[] = [];

  beforeAll(async () => {
    named = await reportOf(`mandant-${locale}`, w.mandator);
    unnamed = await reportOf(`nomandant-${locale}`, '/skip');
  });

  it('names who ordered the mission first on the cover, before its object and the team', () => {
    const at = named.indexOf(w.mandant);
    expect(at).toBeGreaterThan(0);
    expect(at).toBeLessThan(named.findIndex((l) => w.subject.test(l)));
    expect(at).toBeLessThan(named.findIndex((l) => w.team.test(l)));
  });

  it('keeps the cover of a report without a mandant as it was: its object and team, no empty line', () => {
    expect(unnamed.some((l) => l.startsWith(w.key))).toBe(false);
    expect(unnamed.findIndex((l) => w.subject.test(l))).toBeGreaterThan(0);
    expect(unnamed.findIndex((l) => w.team.test(l))).toBeGreaterThan(0);
  });

  it('says the difficulties under their heading alone, the heading not repeated as a label', () => {
    expect(named[named.indexOf(w.difficulties) + 1]).toBe(w.said);
  });
});
