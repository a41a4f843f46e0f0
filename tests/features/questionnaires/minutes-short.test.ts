// « 12 د », as minutes are written short in Tunisia (« دق », « دقيقة » too), at a question in
// minutes: refused as another unit because « د » is also a dinar. At a question in minutes it is
// minutes; at a question in dinars, still dinars. Real application, questionnaire and database,
// in French and Arabic.
import { describe, expect, it } from 'vitest';
import type { App } from '../../../src/app.ts';
import type { Locale } from '../../../src/core/i18n.ts';
import { parseAnswer } from '../../../src/features/questionnaires/answers.ts';
import { questionWith } from '../../helpers/unit-question.ts';
import type { Questionnaire } from '../../../src/features/questionnaires/definitions.ts';
import { appForTests } from '../../helpers/app.ts';
import { enrolInNewTeam } from '../../helpers/enrol.ts';
import { plain, text } from '../../helpers/messages.ts';
import { pick } from '../../helpers/walk.ts';

let app: App;
let service: Questionnaire;
appForTests((ready, diagnostic) => {
  app = ready;
  service = diagnostic;
});

const typed = {
  fr: [
    ['12 د', 12, '12 minutes'],
    ['15 دق', 15, '15 minutes'],
  ],
  ar: [
    ['١٢ د', 12, '12 دقيقة'],
    ['20 دقيقة', 20, '20 دقيقة'],
    ['حوالي 8 د', 8, '8 دقائق'],
  ],
} as const;

const bare = (line: string | undefined) => line?.replace(/[\u200e\u200f\u2066-\u2069]/g, '');

describe.each(['fr', 'ar'] as const)('a waiting time typed « 12 د », in %s', (locale: Locale) => {
  it('is saved in minutes', async () => {
    const { who, teamId } = await enrolInNewTeam(app, {
      slug: `minutes-${locale}`,
      sender: { externalId: `minutes-${locale}` },
    });
    const handle = (line: string) => app.handle(text(who, line));
    const say = async (line: string) => plain((await handle(line)).replies);
    await say(`/lang ${locale}`);
    await say('/diagnostic 1');
    await say('Bureau d’ordre');
    await say(pick(service, 'q_service_domain', 'other'));
    for (const line of ['4000', '6', '/skip', '01/12/2026', '/skip']) await say(line);
    const wait = service.byId.get('q_ot_wait_minutes')?.label[locale] ?? '?';
    const source = service.byId.get('q_ot_wait_minutes_source')?.label[locale] ?? '?';
    expect(await say('/status')).toContain(wait);
    for (const [words, minutes, shown] of typed[locale]) {
      const outcome = await handle(words);
      expect(plain(outcome.replies), words).toContain(source);
      expect(bare(outcome.answered?.shown), words).toBe(shown);
      const saved = await app.db.answer.findFirst({
        where: { questionId: 'q_ot_wait_minutes', run: { teamId } },
        orderBy: { seq: 'desc' },
      });
      expect(saved?.value, words).toBe(String(minutes));
      await say('/back');
    }
  });
});

describe('« د » beside a number', () => {
  const read = (unit: 'minute' | 'dinar', typedText: string) =>
    parseAnswer(questionWith(unit), { kind: 'text', text: typedText }, { today: '2026-12-05' });

  it('is minutes at a question in minutes, with an hour before it too', () => {
    expect(read('minute', '12 د')).toEqual({ ok: true, value: 12 });
    expect(read('minute', 'ساعة و 20 د')).toEqual({ ok: true, value: 80 });
  });

  it('is dinars at a question in dinars, and a dinar is still refused at a question in minutes', () => {
    expect(read('dinar', '12 د')).toEqual({ ok: true, value: 12 });
    expect(read('dinar', '12 دق')).toMatchObject({ ok: false, error: 'qn-number-other-unit' });
    for (const other of ['12 DT', '12 دينار', '12 د ت'])
      expect(read('minute', other), other).toMatchObject({ ok: false, error: 'qn-number-other-unit' });
  });
});
