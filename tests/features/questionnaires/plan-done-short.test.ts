// « /plan done 2 » and « /plan undo 2 » on an action of three phone lines name it as /plan's list
// does, cut with « … », so the confirmation reads in a glance instead of ten phone lines; /plan 2
// still gives it whole. Real application, real database, in French and Arabic.
import { describe, expect, it } from 'vitest';
import type { App } from '../../../src/app.ts';
import type { Locale } from '../../../src/core/i18n.ts';
import { appForTests } from '../../helpers/app.ts';
import { teamWithMate } from '../../helpers/plan-team.ts';
import { sundayInTunis } from '../../helpers/questionnaire-team.ts';

let app: App;
appForTests((made) => (app = made), { now: sundayInTunis });

const titles = {
  fr: 'Fixer un calendrier annuel des séances de la commission technique (au moins deux par mois), envoyer les dossiers complets aux membres une semaine avant, et suivre pour chaque dossier le décompte du délai légal',
  ar: 'ضبط رزنامة سنوية لجلسات اللجنة الفنية (جلستان في الشهر على الأقل)، وإرسال الملفات المكتملة إلى الأعضاء قبل أسبوع، ومتابعة احتساب الأجل القانوني لكل ملف',
} as const;

describe.each(['fr', 'ar'] as const)('a long action marked done, in %s', (locale: Locale) => {
  it('is named in a few words, and whole in /plan <n>', async () => {
    const { say } = await teamWithMate(app, `long-${locale}`, locale);
    const title = titles[locale];
    await say(`/plan add ${title}`);
    for (const line of ['/plan done 1', '/plan undo 1']) {
      const reply = await say(line);
      expect(reply, line).not.toContain(title);
      // The beginning of the title, cut with « … », on the confirmation's line.
      expect(reply, line).toContain(`${title.slice(0, 40)}`);
      expect(reply, line).toMatch(/…/);
      const first = reply.split('\n')[0] ?? '';
      expect([...first].length, line).toBeLessThan(140);
    }
    expect(await say('/plan 1')).toContain(title);
  });
});
