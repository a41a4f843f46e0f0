// `/plan done 2` as a team types it: an action is marked done through its deadline, and the command
// showed the whole usage. It now says, for that action, where it is ticked (with its date), that it
// needs a date first, or that it is done already. « due » names the due date as « owner » names the
// pilot, and « تاريخ » in Arabic. Real application, SQLite database, the clock on 6 December 2026.
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../../src/app.ts';
import { createConfig } from '../../../src/config.ts';
import type { Sender } from '../../../src/core/messages.ts';
import { freshDatabase, type FreshDatabase } from '../../helpers/db.ts';
import { enrolInNewTeam } from '../../helpers/enrol.ts';
import { choice, plain, text } from '../../helpers/messages.ts';
import { sundayInTunis } from '../../helpers/questionnaire-team.ts';

let fresh: FreshDatabase;
let app: App;
beforeAll(async () => {
  fresh = await freshDatabase();
  const config = createConfig({ DATABASE_URL: fresh.url, LOG_LEVEL: 'silent' });
  app = await createApp(config, pino({ level: 'silent' }), { now: sundayInTunis });
});
afterAll(async () => {
  await app.close();
  await fresh.drop();
});

async function member(slug: string, lang: 'fr' | 'ar') {
  const { who } = await enrolInNewTeam(app, { slug, lang });
  const say = async (line: string) => plain((await app.handle(text(who, line))).replies);
  return { who, say };
}

/** Ticks the first deadline of `who`'s /deadlines list, as a tap on it. */
async function tickFirstDeadline(who: Sender) {
  const list = (await app.handle(text(who, '/deadlines'))).replies.find((r) => r.kind === 'choices');
  if (list?.kind !== 'choices') throw new Error('no deadline to tick');
  await app.handle(choice(who, list.promptId, [list.choices[0]?.value ?? '']));
}

describe('in French', () => {
  it('« /plan done » says where each action is ticked, and « due » sets the date', async () => {
    const { who, say } = await member('done-fr', 'fr');
    await say('/plan add Afficher les horaires au guichet');
    const undated = await say('/plan done 1');
    expect(undated).toContain("L'action 1 n'a pas d'échéance, donc rien à cocher encore.");
    expect(undated).toContain('/plan edit 1 echeance <jj/mm/aaaa>), puis cochez-la dans /deadlines.');
    expect(undated).not.toContain('Modifier le plan :');

    expect(await say('/plan edit 1 due 31/12/2026')).toContain('📅 Échéance : 31/12/2026.');
    expect(await say('/plan fait 1')).toContain(
      "Une action se coche dans /deadlines : l'action 1 y est, à son échéance du 31/12/2026.",
    );
    await tickFirstDeadline(who);
    expect(await say('/plan done 1')).toContain("✅ L'action 1 est déjà faite (cochée dans /deadlines).");
    expect(await say('/plan done 4')).toContain("Il n'y a pas d'action numéro « 4 » (1 à 1).");
  });
});

describe('in Arabic', () => {
  it('« /plan done » says where each action is ticked, and « تاريخ » sets the date', async () => {
    const { who, say } = await member('done-ar', 'ar');
    await say('/plan add تكوين الأعوان في الاستقبال');
    expect(await say('/plan done 1')).toContain('الإجراء 1 ليس له أجل، فلا شيء يُؤشَّر عليه بعد.');
    expect(await say('/plan edit 1 تاريخ 31/12/2026')).toContain('📅 الأجل: 31/12/2026.');
    expect(await say('/plan أنجز 1')).toContain(
      'يُؤشَّر على الإجراء المنجز في /deadlines: الإجراء 1 موجود فيها، بأجل 31/12/2026.',
    );
    await tickFirstDeadline(who);
    expect(await say('/plan done 1')).toContain('✅ الإجراء 1 أُنجز من قبل (مؤشَّر عليه في /deadlines).');
  });
});
