// A share typed as a spreadsheet writes it (« 0,65 » for 65 %) is not saved as less than 1 %: the
// team is asked which it is. Typed with its « % », or as a whole number, it is taken as it is.
// Real application, questionnaire and database, in French and Arabic.
import { describe, expect, it } from 'vitest';
import type { App } from '../../../src/app.ts';
import type { Locale } from '../../../src/core/i18n.ts';
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

const words = {
  fr: {
    typed: '0,65',
    asked:
      "« 0,65 » : ici, une part s'écrit en pour cent. Si c'est 65 %, envoyez 65 ; si c'est bien moins de 1 %, envoyez « 0,65 % ».",
  },
  ar: {
    typed: '٠٫٦٥',
    asked: '« ٠٫٦٥ »: تُكتب النسبة هنا بالمائة. إن كانت 65 %، أرسل 65؛ وإن كانت فعلًا أقل من 1 %، أرسل « ٠٫٦٥ % ».',
  },
} as const;

describe.each(['fr', 'ar'] as const)('a share typed as a fraction, in %s', (locale: Locale) => {
  const w = words[locale];

  it('is asked about, not saved as less than 1 %', async () => {
    const { who, teamId } = await enrolInNewTeam(app, {
      slug: `share-${locale}`,
      sender: { externalId: `share-${locale}` },
    });
    const say = async (line: string) => plain((await app.handle(text(who, line))).replies);
    await say(`/lang ${locale}`);
    await say('/diagnostic 1');
    await say('Bureau d’ordre');
    await say(pick(service, 'q_service_domain', 'other'));
    for (const line of ['4000', '6', '/skip', '01/12/2026', '/skip', '12', '1', '3', '1']) await say(line);
    const share = service.byId.get('q_ot_on_time_share')?.label[locale] ?? '?';
    const source = service.byId.get('q_ot_on_time_share_source')?.label[locale] ?? '?';

    const asked = await say(w.typed);
    expect(asked).toContain(w.asked);
    expect(asked).toContain(share);
    expect(await say('/status')).toContain(share);
    // With its « % », a share below 1 % is taken; a whole number too.
    expect(await say(`${w.typed} %`)).toContain(source);
    await say('/back');
    expect(await say('65')).toContain(source);
    const saved = await app.db.answer.findMany({
      where: { questionId: 'q_ot_on_time_share', run: { teamId } },
      orderBy: { seq: 'asc' },
    });
    expect(saved.slice(-2).map((a) => a.value)).toEqual(['0.65', '65']);
  });
});
