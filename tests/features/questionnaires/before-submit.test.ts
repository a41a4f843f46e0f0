// What a team reads before its diagnostic is submitted and its plan filled: /results says how to
// get there (/diagnostic, then /submit), and /plan 1, /plan done 1, /plan edit 1 … on an empty
// plan say how to fill it, not « no action numbered « 1 » (1 to 0) ». Real application, real
// database, French and Arabic.
import { describe, expect, it } from 'vitest';
import type { App } from '../../../src/app.ts';
import { bidiProblems } from '../../helpers/bidi.ts';
import { appForTests } from '../../helpers/app.ts';
import { enrolInNewTeam } from '../../helpers/enrol.ts';
import { plain, text } from '../../helpers/messages.ts';
import { sundayInTunis } from '../../helpers/questionnaire-team.ts';

let app: App;
appForTests((made) => (app = made), { now: sundayInTunis });

const cases = {
  fr: {
    results:
      "Pas encore de résultats : le questionnaire n'est pas soumis. /diagnostic pour le commencer ou le continuer, puis /submit.",
    empty: "Le plan d'amélioration de l'équipe est vide.",
  },
  ar: {
    results: 'لا توجد نتائج بعد: الاستبيان غير مقدَّم. /diagnostic لبدئه أو مواصلته، ثم /submit.',
    empty: 'خطة تحسين الفريق فارغة.',
  },
} as const;

describe('before the diagnostic is submitted', () => {
  it.each(['fr', 'ar'] as const)('/results and an empty /plan say what to do next, in %s', async (lang) => {
    const { who } = await enrolInNewTeam(app, { slug: `early-${lang}`, lang });
    const say = async (line: string) => plain((await app.handle(text(who, line))).replies);
    expect(await say('/results')).toBe(cases[lang].results);
    const raw = (await app.handle(text(who, '/results'))).replies.map((r) => ('text' in r ? r.text : '')).join('\n');
    if (lang === 'ar') expect(bidiProblems(raw)).toEqual([]);
    await say('/diagnostic 1');
    await say('/pause');
    expect(await say('/results')).toBe(cases[lang].results);
    for (const line of ['/plan 1', '/plan done 1', '/plan edit 1 responsable Sami', '/plan remove 1']) {
      const reply = await say(line);
      expect(reply, line).toContain(cases[lang].empty);
      expect(reply, line).not.toMatch(/\(1 à 0\)|من 1 إلى 0/);
    }
    expect(await say('/plan add Afficher les horaires')).toContain(
      lang === 'fr' ? 'Action 1 ajoutée' : 'أُضيف الإجراء 1',
    );
  });
});
