// The team's report ends its plan with its follow-up (the outline's « Suivi »): how many actions are
// done, how many are past their due date, the next deadline, and when the plan is reviewed (set by
// the quality system; before immersion 2, still to be set), in French and in Arabic, through the real application.
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
    heading: 'Suivi',
    plan: "Plan d'amélioration",
    done: /^Actions faites : 1 sur \d+$/,
    late: 'Échéance passée, non faites : 0',
    next: /^Prochaine échéance, le \d\d\/\d\d\/\d{4} : \S/,
    pending: 'Revues du plan : à fixer avec le dispositif qualité (immersion 2)',
    reviews: /^Revues du plan : Chaque mois, la première le \d\d\/\d\d\/\d{4}$/,
  },
  ar: {
    yes: 'نعم',
    heading: 'المتابعة',
    plan: 'خطة التحسين',
    done: /^الإجراءات المنجزة: 1 من \d+$/,
    late: 'انقضى أجلها ولم تُنجز: 0',
    next: /^الأجل القادم، يوم \d\d\/\d\d\/\d{4}: \S/,
    pending: 'مراجعات الخطة: تُضبط مع منظومة الجودة (المعايشة الثانية)',
    reviews: /^مراجعات الخطة: كل شهر، أولاها يوم \d\d\/\d\d\/\d{4}$/,
  },
} as const;

describe.each(['fr', 'ar'] as const)("the team's report's follow-up, in %s", (locale) => {
  const w = words[locale];
  let before: string[] = [];
  let after: string[] = [];
  /** The lines of the part « Suivi » (its heading first) up to the next first-level part. */
  const followUp = (lines: string[]) => lines.slice(lines.indexOf(w.heading), lines.indexOf(w.heading) + 6);

  beforeAll(async () => {
    const { who } = await enrolInNewTeam(app, { slug: `follow-${locale}`, team: { commune: 'Béja' } });
    const say = async (line: string) => (await app.handle(text(who, line))).replies;
    const fill = async (q: Questionnaire) => {
      await say(`/diagnostic ${q.id}`);
      for (const s of planWalk(q, locale, today)) await say(s.line);
      await say('/submit');
      await say(w.yes);
    };
    const report = async () => {
      const doc = documentIn(await say('/report'));
      if (process.env.SHOW) writeFileSync(join('/tmp', `follow-${doc.fileName}`), doc.data);
      return (await docxText(doc.data))
        .replace(/[\u00a0\u202f\u2060]/g, ' ')
        .replace(/&apos;/g, "'")
        .split('\n')
        .filter((l) => l.trim());
    };
    if (locale === 'ar') await say('/lang ar');
    await fill(app.questionnaires[0] as Questionnaire);
    await say('/plan done 1');
    before = await report();
    await fill(app.questionnaires.find((q) => q.id === 'dispositif-qualite') as Questionnaire);
    after = await report();
  });

  it('follows the plan with where it stands: actions done, past due, the next deadline', () => {
    expect(before.indexOf(w.heading)).toBeGreaterThan(before.indexOf(w.plan));
    const part = followUp(before);
    expect(part.some((l) => w.done.test(l))).toBe(true);
    expect(part).toContain(w.late);
    expect(part.some((l) => w.next.test(l))).toBe(true);
  });

  it('says the plan’s reviews are still to be set before immersion 2, then when they are held', () => {
    expect(followUp(before)).toContain(w.pending);
    expect(followUp(after).some((l) => w.reviews.test(l))).toBe(true);
  });
});
