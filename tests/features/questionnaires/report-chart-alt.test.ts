// The report's chart draws its own title (« Scores par dimension — … »); the same words printed
// again under it were read twice. They stay the image's alt text, for a reader who cannot see it.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { App } from '../../../src/app.ts';
import { createI18n, type Locale } from '../../../src/core/i18n.ts';
import { localDay } from '../../../src/core/time.ts';
import type { Questionnaire } from '../../../src/features/questionnaires/definitions.ts';
import { documentIn, docxText } from '../../helpers/docx.ts';
import { appForTests } from '../../helpers/app.ts';
import { enrolInNewTeam } from '../../helpers/enrol.ts';
import { text } from '../../helpers/messages.ts';
import { planWalk } from '../../helpers/walk.ts';

let app: App;
let q: Questionnaire;
appForTests((made, diagnostic) => ((app = made), (q = diagnostic)));
const today = localDay(new Date(), 'Africa/Tunis');
const i18n = createI18n();
const unescape = (xml: string) =>
  xml
    .replace(/&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** A team submits the diagnostic and asks for /report: the DOCX's visible text and its images' alt texts. */
async function report(slug: string, locale: Locale): Promise<{ words: string; alts: string[] }> {
  const { who } = await enrolInNewTeam(app, { slug, lang: locale });
  const say = async (line: string) => (await app.handle(text(who, line))).replies;
  await say(`/diagnostic ${app.questionnaires.indexOf(q) + 1}`);
  for (const s of planWalk(q, locale, today)) await say(s.line);
  await say('/submit');
  await say('oui');
  const doc = documentIn(await say('/report'));
  if (process.env.SHOW) writeFileSync(join('/tmp', doc.fileName), doc.data);
  const xml = (await (await JSZip.loadAsync(doc.data)).file('word/document.xml')?.async('string')) ?? '';
  const alts = [...xml.matchAll(/<wp:docPr [^>]*descr="([^"]*)"/g)].map((m) => unescape(m[1] ?? ''));
  return { words: unescape(await docxText(doc.data)), alts };
}

describe.each(['fr', 'ar'] as const)('the chart of /report (%s)', (locale) => {
  it('has its title as alt text, not printed again under it', async () => {
    const title = i18n.t(locale, 'qn-chart-title', { title: q.title[locale] }).replace(/[\u2066-\u2069]/g, '');
    const { words, alts } = await report(`chart-${locale}`, locale);
    expect(alts.map((a) => a.replace(/[\u2066-\u2069]/g, ''))).toEqual([title]);
    expect(words).not.toContain(title);
  });
});
