// The day a questionnaire was submitted is the commune's day (Africa/Tunis, UTC+1), everywhere it is
// said. Submitted at 00:30 in Tunis, /status said the 7th while the report's cover, the list of
// /diagnostic and the reply to a submitted questionnaire said the 6th (the day in UTC).
import { describe, expect, it } from 'vitest';
import type { App } from '../../../src/app.ts';
import type { Locale } from '../../../src/core/i18n.ts';
import type { OutboundMessage } from '../../../src/core/messages.ts';
import { localDay } from '../../../src/core/time.ts';
import type { Questionnaire } from '../../../src/features/questionnaires/definitions.ts';
import { appForTests } from '../../helpers/app.ts';
import { documentIn, docxText } from '../../helpers/docx.ts';
import { enrolInNewTeam } from '../../helpers/enrol.ts';
import { text } from '../../helpers/messages.ts';
import { planWalk } from '../../helpers/walk.ts';

let app: App;
let q: Questionnaire;
appForTests((made, diagnostic) => ((app = made), (q = diagnostic)));

/** Half past midnight in Tunis on 7 December 2026: still the 6th in UTC. */
const lateAtNight = new Date('2026-12-06T23:30:00Z');

const words = (replies: OutboundMessage[]) =>
  replies
    .flatMap((r) => ['text' in r ? r.text : '', ...(r.kind === 'choices' ? r.choices.map((c) => c.label) : [])])
    .join('\n')
    .replace(/[\u2066-\u2069]/g, '');

const docText = (replies: OutboundMessage[]) => docxText(documentIn(replies).data);

describe.each(['fr', 'ar'] as const)('a diagnostic submitted at 00:30 in Tunis (%s)', (locale: Locale) => {
  it('is said submitted on the 7th in the report, /diagnostic and /status alike', async () => {
    const slug = `late-${locale}`;
    const { who, teamId } = await enrolInNewTeam(app, { slug, team: { name: slug } });
    const say = async (line: string) => (await app.handle(text(who, line))).replies;
    if (locale === 'ar') await say('/lang ar');
    await say('/diagnostic 1');
    for (const s of planWalk(q, locale, localDay(new Date(), 'Africa/Tunis'))) await say(s.line);
    await say('/submit');
    await say('oui');
    await app.db.questionnaireRun.updateMany({ where: { teamId }, data: { submittedAt: lateAtNight } });

    const submittedOn = /(?:soumis le|قُدِّم يوم|بتاريخ) (\d\d\/\d\d\/\d{4})/giu;
    const daysIn = (said: string) => [...said.matchAll(submittedOn)].map((m) => m[1]);
    const cover = await docText(await say('/report'));
    expect(daysIn(cover)).toEqual(['07/12/2026']);
    expect(daysIn(words(await say('/status')))).toContain('07/12/2026');
    expect(daysIn(words(await say('/diagnostic')))).toContain('07/12/2026');
    const again = words(await say('/diagnostic 1'));
    expect(daysIn(again)).toEqual(['07/12/2026']);
  });
});
