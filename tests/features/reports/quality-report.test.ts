// The quality system in the team's report: its starting actions read as actions (title, kind, the
// gap each closes, its owner), not as the questions asked in the chat, in French and in Arabic.
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
  },
} as const;

describe.each(['fr', 'ar'] as const)("the quality system's starting actions in the team's report, in %s", (locale) => {
  const w = words[locale];
  let who: Sender;
  const say = async (line: string) => (await app.handle(text(who, line))).replies;
  const fill = async (q: Questionnaire, preset: Record<string, string>) => {
    await say(`/diagnostic ${q.id}`);
    for (const s of planWalk(q, locale, today, Infinity, preset)) await say(s.line);
    await say('/submit');
    await say(w.yes);
  };

  beforeAll(async () => {
    ({ who } = await enrolInNewTeam(app, { slug: `quality-${locale}`, team: { commune: 'Béja' } }));
    if (locale === 'ar') await say('/lang ar');
    await fill(app.questionnaires[0] as Questionnaire, {});
    const quality = app.questionnaires.find((q) => q.id === 'dispositif-qualite') as Questionnaire;
    await fill(quality, {
      q_first_action_1_need: w.need,
      q_first_action_1: w.action,
      q_first_action_1_owner: w.owner,
      q_first_action_1_kind: pick(quality, 'q_first_action_1_kind', 'quick_win'),
      q_more_actions_1: w.no,
    });
  });

  it('tells each starting action with its kind, the gap it closes and its owner, not the questions', async () => {
    const doc = documentIn(await say('/report'));
    if (process.env.SHOW) writeFileSync(join('/tmp', doc.fileName), doc.data);
    const lines = (await docxText(doc.data))
      .replace(/[\u00a0\u202f\u2060]/g, ' ')
      .replace(/&apos;/g, "'")
      .split('\n');
    const at = lines.indexOf(w.expected[0]);
    expect(at).toBeGreaterThan(0);
    expect(lines.slice(at, at + 3)).toEqual(w.expected);
    for (const question of w.asked) expect(lines.join('\n')).not.toContain(question);
  });
});
