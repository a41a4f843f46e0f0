// The team's report as it is handed to the mayor, in French and in Arabic: a summary first (the
// overall level as /results says it, the dimensions to improve, the indicators measured, the plan
// and how much of it is done); the quality system's starting actions read as actions (title, kind,
// the gap each closes, its owner), not as the questions asked in the chat, in the report and in the
// programme's guide; the chart stays with its heading, not pulled to the next page by the table under it.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../../src/app.ts';
import type { Sender } from '../../../src/core/messages.ts';
import { localDay } from '../../../src/core/time.ts';
import type { Questionnaire } from '../../../src/features/questionnaires/definitions.ts';
import { appForTests } from '../../helpers/app.ts';
import { documentIn, docxText } from '../../helpers/docx.ts';
import { enrolInNewTeam } from '../../helpers/enrol.ts';
import { text } from '../../helpers/messages.ts';
import { pick, planWalk } from '../../helpers/walk.ts';

let app: App;
appForTests((made) => (app = made));
const today = localDay(new Date(), 'Africa/Tunis');

const words = {
  fr: {
    yes: 'oui',
    no: 'non',
    need: 'Les usagers ne connaissent pas les délais',
    action: 'Afficher les délais de chaque acte au guichet',
    owner: 'Mme Ben Salah',
    expected: [
      'Action de démarrage 1 : Afficher les délais de chaque acte au guichet (action rapide)',
      'Manque corrigé : Les usagers ne connaissent pas les délais',
      'Pilote : Mme Ben Salah',
    ],
    asked: ['Qui la pilote', 'quel manque du dispositif', 'Deuxième action', "Quelle est l'action"],
    summary: [
      'Synthèse',
      /^Niveau d'ensemble : \d+\/100 — \S/,
      /^À améliorer en priorité : [^(]+ \(\d+\)(, [^(]+ \(\d+\))*$/,
      /^Indicateurs mesurés : \d+ sur \d+$/,
      /^Encore loin de la cible du plan : \S/,
      /^Plan d'amélioration : \d+ actions, dont 2 faites$/,
    ],
  },
  ar: {
    yes: 'نعم',
    no: 'لا',
    need: 'المنتفعون لا يعرفون الآجال',
    action: 'نشر آجال كل وثيقة عند الشباك',
    owner: 'السيدة بن صالح',
    expected: [
      'إجراء الانطلاق 1: نشر آجال كل وثيقة عند الشباك (إجراء سريع)',
      'النقص الذي يعالجه: المنتفعون لا يعرفون الآجال',
      'من يقوده: السيدة بن صالح',
    ],
    asked: ['من يقوده؟', 'أي نقص في المنظومة', 'إجراء ثانٍ', 'ما هو الإجراء'],
    summary: [
      'الخلاصة',
      /^المستوى العام: \d+\/100 — \S/,
      /^أولويات التحسين: [^(]+ \(\d+\)(، [^(]+ \(\d+\))*$/,
      /^المؤشرات المقيسة: \d+ من \d+$/,
      /^ما زال بعيدًا عن هدف الخطة: \S/,
      /^خطة التحسين: \d+ (إجراءات|إجراءً)، أُنجز منها اثنان$/,
    ],
  },
} as const;

describe.each(['fr', 'ar'] as const)("the team's report, in %s", (locale) => {
  const w = words[locale];
  let who: Sender;
  const say = async (line: string) => (await app.handle(text(who, line))).replies;
  const fill = async (q: Questionnaire, preset: Record<string, string>) => {
    await say(`/diagnostic ${q.id}`);
    for (const s of planWalk(q, locale, today, Infinity, preset)) await say(s.line);
    await say('/submit');
    return (await say(w.yes))
      .map((m) => ('text' in m ? m.text : ''))
      .join('\n')
      .replace(/[\u200e\u200f\u2066-\u2069]/g, '');
  };
  /** What the chat said of the diagnostic's results when it was submitted. */
  let results = '';

  beforeAll(async () => {
    let personId: string;
    ({ who, personId } = await enrolInNewTeam(app, { slug: `report-${locale}`, team: { commune: 'Béja' } }));
    // Also a coordinator, who writes the programme's guide with the communes' cases.
    await app.db.personRole.create({ data: { personId, role: 'coordinator' } });
    if (locale === 'ar') await say('/lang ar');
    // Weak planning and listening to residents: dimensions to improve first.
    const q = app.questionnaires[0] as Questionnaire;
    results = await fill(q, {
      q_objectives: pick(q, 'q_objectives', 'none'),
      q_plan_link: pick(q, 'q_plan_link', 'budget_only'),
      q_participatory_planning: pick(q, 'q_participatory_planning', 'not_involved'),
      q_indicator_sheets: pick(q, 'q_indicator_sheets', 'none'),
      q_needs_sources: pick(q, 'q_needs_sources', 'complaints_register'),
      q_last_survey: pick(q, 'q_last_survey', 'never'),
    });
    const quality = app.questionnaires.find((q) => q.id === 'dispositif-qualite') as Questionnaire;
    await fill(quality, {
      q_first_action_1_need: w.need,
      q_first_action_1: w.action,
      q_first_action_1_owner: w.owner,
      q_first_action_1_kind: pick(quality, 'q_first_action_1_kind', 'quick_win'),
      q_more_actions_1: w.no,
    });
    await say('/plan done 1 2');
  });

  /** The document's lines, one paragraph a line, without direction marks and no-break spaces. */
  const reportLines = async (command = '/report') => {
    const doc = documentIn(await say(command));
    if (process.env.SHOW) writeFileSync(join('/tmp', doc.fileName), doc.data);
    return (await docxText(doc.data))
      .replace(/[\u00a0\u202f\u2060]/g, ' ')
      .replace(/&apos;/g, "'")
      .split('\n');
  };

  it('opens on a summary: the overall level as /results gives it, what to improve, what was measured, the plan', async () => {
    const lines = await reportLines();
    const at = lines.indexOf(w.summary[0]);
    expect(at).toBeGreaterThan(0);
    const summary = lines.slice(at, at + w.summary.length);
    w.summary.forEach((expected, i) => expect(summary[i]).toMatch(expected));
    // The same overall level as the chat's results.
    const level = summary[1]?.split(locale === 'ar' ? ': ' : ' : ')[1] ?? 'none';
    expect(results).toContain(level);
  });

  it('keeps the chart with its heading and introduction, not with the table under it', async () => {
    // Kept with the table, the chart went with its heading to the next page and left most of a page blank.
    const xml =
      (await (
        await JSZip.loadAsync(documentIn(await say('/report')).data)
      )
        .file('word/document.xml')
        ?.async('string')) ?? '';
    const paragraphs = xml.split('</w:p>');
    const chart = paragraphs.findIndex((p) => p.includes('<w:drawing>'));
    expect(chart).toBeGreaterThan(0);
    expect(paragraphs[chart]).not.toContain('<w:keepNext/>');
    expect(paragraphs[chart - 1]).toContain('<w:keepNext/>');
  });

  it.each(['/report', `/guide ${locale}`])(
    '%s tells each starting action with its kind, the gap it closes and its owner, not the questions',
    async (command) => {
      const lines = await reportLines(command);
      const at = lines.indexOf(w.expected[0]);
      expect(at).toBeGreaterThan(0);
      expect(lines.slice(at, at + 3)).toEqual(w.expected);
      for (const question of w.asked) expect(lines.join('\n')).not.toContain(question);
    },
  );
});
