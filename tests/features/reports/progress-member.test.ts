// A team member who types /progress (« تقدم », as the questionnaire's footer says « /status
// التقدم ») is told what it is and where their own team's progress is (/diagnostic, /plan),
// instead of a bare « reserved to coordinators »; someone in no team gets the bare refusal, a
// coordinator the progress of the teams. Real application and database, in French and Arabic.
import { describe, expect, it } from 'vitest';
import type { App } from '../../../src/app.ts';
import type { Locale } from '../../../src/core/i18n.ts';
import type { Sender } from '../../../src/core/messages.ts';
import { appForTests } from '../../helpers/app.ts';
import { enrolInNewTeam, startPerson } from '../../helpers/enrol.ts';
import { plain, text } from '../../helpers/messages.ts';

let app: App;
appForTests((ready) => {
  app = ready;
});

const words = {
  fr: {
    member:
      "Cette commande est réservée aux coordinateurs : elle montre l'avancement de toutes les équipes. Celui de votre équipe : /diagnostic pour les questionnaires, /plan pour les actions.",
    refused: 'Cette commande est réservée aux coordinateurs.',
    title: "à suivre d'abord en tête",
  },
  ar: {
    member:
      'هذا الأمر مخصص للمنسقين: يعرض تقدّم كل الفرق. ولمتابعة تقدّم فريقك: /diagnostic للاستبيانات، و /plan للإجراءات.',
    refused: 'هذا الأمر مخصص للمنسقين.',
    title: 'التي تحتاج إلى متابعة أولًا',
  },
} as const;

describe.each(['fr', 'ar'] as const)('/progress typed by someone who is not a coordinator, in %s', (locale: Locale) => {
  const w = words[locale];

  it("names the team member's own ways, and only to a team member", async () => {
    const { who } = await enrolInNewTeam(app, { slug: `member-${locale}`, lang: locale });
    const say = async (from: Sender, line: string) => plain((await app.handle(text(from, line))).replies);
    for (const line of ['/progress', locale === 'ar' ? '/تقدم' : '/progression'])
      expect(await say(who, line), line).toBe(w.member);

    const stranger: Sender = { channel: 'telegram', externalId: `stranger-${locale}`, displayName: 'X' };
    await startPerson(app, stranger, locale);
    expect(await say(stranger, '/progress')).toBe(w.refused);

    const { who: coordinator } = await enrolInNewTeam(app, {
      slug: `coord-${locale}`,
      lang: locale,
      role: 'coordinator',
    });
    expect(await say(coordinator, '/progress')).toContain(w.title);
  });
});
