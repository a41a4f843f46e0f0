// The team's report names its areas for improvement, not only its strengths: after « Points forts »,
// « Axes d'amélioration » gives each weakest dimension below the level of a strength with its score
// and the answers that pull it down (what is missing), in French and in Arabic, through the real application.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
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
    heading: "Axes d'amélioration",
    strengths: 'Points forts',
    problems: 'Problèmes prioritaires et causes',
    planning: /^Planification stratégique du service — \d+\/100 \(Initial\)$/,
    noObjectives: "Objectifs écrits : Pas d'objectifs écrits",
    strong: 'Coûts et ressources du service',
  },
  ar: {
    yes: 'نعم',
    heading: 'محاور التحسين',
    strengths: 'نقاط القوة',
    problems: 'المشاكل ذات الأولوية وأسبابها',
    planning: /^التخطيط الاستراتيجي للمرفق — \d+\/100 \(أولي\)$/,
    noObjectives: 'أهداف مكتوبة: لا توجد أهداف مكتوبة',
    strong: 'تكاليف المرفق وموارده',
  },
} as const;

describe.each(['fr', 'ar'] as const)("the team's report's areas for improvement, in %s", (locale) => {
  const w = words[locale];
  let who: Sender;
  const say = async (line: string) => (await app.handle(text(who, line))).replies;
  let lines: string[] = [];

  beforeAll(async () => {
    ({ who } = await enrolInNewTeam(app, { slug: `weak-${locale}`, team: { commune: 'Béja' } }));
    if (locale === 'ar') await say('/lang ar');
    // Weak planning and listening to residents; the rest answered well.
    const q = app.questionnaires[0] as Questionnaire;
    await say(`/diagnostic ${q.id}`);
    const preset = {
      q_objectives: pick(q, 'q_objectives', 'none'),
      q_plan_link: pick(q, 'q_plan_link', 'budget_only'),
      q_participatory_planning: pick(q, 'q_participatory_planning', 'not_involved'),
      q_indicator_sheets: pick(q, 'q_indicator_sheets', 'none'),
      q_last_survey: pick(q, 'q_last_survey', 'never'),
    };
    for (const s of planWalk(q, locale, today, Infinity, preset)) await say(s.line);
    await say('/submit');
    await say(w.yes);
    const doc = documentIn(await say('/report'));
    if (process.env.SHOW) writeFileSync(join('/tmp', doc.fileName), doc.data);
    lines = (await docxText(doc.data))
      .replace(/[\u00a0\u202f\u2060]/g, ' ')
      .replace(/&apos;/g, "'")
      .split('\n')
      .filter((l) => l.trim());
  });

  it('follows the strengths with the areas for improvement, before the priority problems', () => {
    const at = lines.indexOf(w.heading);
    expect(at).toBeGreaterThan(lines.indexOf(w.strengths));
    expect(at).toBeLessThan(lines.indexOf(w.problems));
  });

  it('gives each weak dimension its score and the answers that pull it down, and leaves strong ones out', () => {
    const part = lines.slice(lines.indexOf(w.heading), lines.indexOf(w.problems));
    const planning = part.findIndex((l) => w.planning.test(l));
    expect(planning).toBeGreaterThan(0);
    // Its answers follow it, before the next dimension's heading.
    const next = part.findIndex((l, i) => i > planning && / — \d+\/100 /.test(l));
    const answers = part.slice(planning + 1, next === -1 ? undefined : next);
    expect(answers).toContain(w.noObjectives);
    expect(part.join('\n')).not.toContain(w.strong);
  });
});
