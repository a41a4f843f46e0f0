// A measured value reads with the form of its unit its number asks for, in French and in Arabic:
// under the question answered (« ✅ 1 minute ») and in the results (the real application,
// questionnaires and SQLite database).
import { describe, expect, it } from 'vitest';
import type { App } from '../../../src/app.ts';
import type { Locale } from '../../../src/core/i18n.ts';
import { localDay } from '../../../src/core/time.ts';
import type { Questionnaire } from '../../../src/features/questionnaires/definitions.ts';
import { appForTests } from '../../helpers/app.ts';
import { enrolInNewTeam } from '../../helpers/enrol.ts';
import { plain, text } from '../../helpers/messages.ts';
import { planWalk } from '../../helpers/walk.ts';

let app: App;
let q: Questionnaire;
appForTests((made, diagnostic) => ((app = made), (q = diagnostic)));
const today = localDay(new Date(), 'Africa/Tunis');

const bare = (text: string | undefined) => text?.replace(/[\u200e\u200f\u2066-\u2069]/g, '');

async function enrol(slug: string, locale: Locale) {
  const lang = locale === 'ar' ? locale : undefined;
  const { who } = await enrolInNewTeam(app, { slug, lang, team: { commune: 'Sfax' } });
  return (line: string) => app.handle(text(who, line));
}

describe.each([
  ['fr', { one: '1 minute', two: '2 actes en attente', measures: '/results mesures' }],
  // The Arabic summary names its screen with the Arabic word the command reads (« mesures » was French).
  // One and two in Arabic are said by the word, without the figure (« رسمان », never « 2 رسمان »).
  ['ar', { one: 'دقيقة واحدة', two: 'رسمان في الانتظار', measures: '/results القيم' }],
] as const)('measured values in %s', (locale, expected) => {
  it('are said with the form of their unit, once answered and in the results', async () => {
    const handle = await enrol(`units-${locale}`, locale);
    const preset = { q_cr_wait_minutes: '1', q_cr_transcription_backlog: '2' };
    const shown = new Map<string, string | undefined>();
    await handle('/diagnostic 1');
    for (const s of planWalk(q, locale, today, Infinity, preset))
      shown.set(s.questionId, (await handle(s.line)).answered?.shown);
    // « ✅ 1 minute » under the question answered (Telegram), not « 1 minutes » nor « 1 (دقيقة) ».
    expect(bare(shown.get('q_cr_wait_minutes'))).toBe(expected.one);
    expect(bare(shown.get('q_cr_transcription_backlog'))).toBe(expected.two);
    await handle('/submit');
    await handle('oui');
    expect(plain((await handle('/results')).replies)).toContain(expected.measures);
    const measures = plain((await handle(expected.measures)).replies);
    expect(measures).toContain(`: ${expected.one}`);
    expect(measures).toContain(`: ${expected.two}`);
  });
});
