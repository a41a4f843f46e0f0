// The report's « Axes d'amélioration » named only weak practice dimensions. A team whose practices
// all scored « Maîtrisé » or better read « pas d'axe d'amélioration prioritaire » above a plan of six
// actions drafted from its measures (collection coverage 10 % against a target of 90 %). The section
// now lists the measured values still short of the plan's target, with the gap.
import { describe, expect, it } from 'vitest';
import type { App } from '../../../src/app.ts';
import type { Locale } from '../../../src/core/i18n.ts';
import { localDay } from '../../../src/core/time.ts';
import type { Questionnaire } from '../../../src/features/questionnaires/definitions.ts';
import { appForTests } from '../../helpers/app.ts';
import { documentIn, docxText } from '../../helpers/docx.ts';
import { enrolInNewTeam } from '../../helpers/enrol.ts';
import { text } from '../../helpers/messages.ts';
import { pick, planWalk } from '../../helpers/walk.ts';

let app: App;
let q: Questionnaire;
appForTests((made, diagnostic) => ((app = made), (q = diagnostic)));
const today = localDay(new Date(), 'Africa/Tunis');
/** The summary of each report read, in order. */
const summaries: string[] = [];

/** Walks the waste-collection diagnostic with this coverage, submits, and gives the report's « axes » section. */
async function axes(slug: string, locale: Locale, coverage: string): Promise<string> {
  const { who } = await enrolInNewTeam(app, { slug });
  const say = async (line: string) => (await app.handle(text(who, line))).replies;
  if (locale === 'ar') await say('/lang ar');
  await say('/diagnostic 1');
  const preset = { q_service_domain: pick(q, 'q_service_domain', 'waste_cleaning'), q_wc_coverage: coverage };
  for (const s of planWalk(q, locale, today, Infinity, preset)) await say(s.line);
  await say('/submit');
  await say('oui');
  const words = (await docxText(documentIn(await say('/report')).data))
    .replace(/[\u00a0\u202f\u2060]/g, ' ')
    .replace(/&apos;/g, "'");
  const [from, to] =
    locale === 'fr' ? ["Axes d'amélioration", 'Problèmes prioritaires'] : ['محاور التحسين', 'المشاكل ذات الأولوية'];
  summaries.push(words.slice(0, words.indexOf(locale === 'fr' ? '\nContexte et méthode' : '\nالسياق والمنهجية')));
  const start = words.indexOf(`\n${from}\n`);
  expect(start).toBeGreaterThan(0);
  return words.slice(start, words.indexOf(`\n${to}`, start));
}

describe("the report's areas for improvement include measured gaps", () => {
  it('French: coverage at 10 % against a plan target of 90 % is listed with its gap', async () => {
    const section = await axes('kef', 'fr', '10');
    expect(section).toContain('Valeurs mesurées encore loin de leur cible');
    expect(section).toMatch(
      /^Taux de couverture de la collecte.* : 10 % .*— Cible du plan : ≥ 90 % .*— Écart à combler : 80 points$/m,
    );
    expect(section).not.toContain("pas d'axe d'amélioration prioritaire");
    // The summary names them too, without their brackets.
    expect(summaries.at(-1)).toMatch(/^Encore loin de la cible du plan : Taux de couverture de la collecte(, |$)/m);
  });

  it('Arabic: the same gap, in Arabic', async () => {
    const section = await axes('siliana', 'ar', '10');
    expect(section).toContain('قيم مقيسة ما زالت بعيدة عن هدفها');
    expect(section).toMatch(
      /^نسبة التغطية بخدمة رفع الفضلات.*: .*10.* — هدف الخطة: .*90.* — الفارق المتبقّي: .*80.* نقطة$/m,
    );
    expect(section).not.toContain('لا يوجد محور تحسين ذو أولوية');
    expect(summaries.at(-1)).toMatch(/^ما زال بعيدًا عن هدف الخطة: نسبة التغطية بخدمة رفع الفضلات(، |$)/m);
  });

  it('a coverage at its reference (95 %) is not listed: the plan sets no target on it', async () => {
    const section = await axes('tozeur', 'fr', '95');
    expect(section).not.toMatch(/^Taux de couverture de la collecte/m);
    expect(summaries.at(-1)).not.toMatch(/Taux de couverture/);
  });
});
