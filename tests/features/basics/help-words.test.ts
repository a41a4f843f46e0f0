// /help names the commands' words in the reader's language, and each of them runs its command.
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../../src/app.ts';
import { createConfig } from '../../../src/config.ts';
import type { Sender } from '../../../src/core/messages.ts';
import { freshDatabase, type FreshDatabase } from '../../helpers/db.ts';
import { enrolInNewTeam } from '../../helpers/enrol.ts';
import { plain, text } from '../../helpers/messages.ts';

describe('/help lists the commands in the reader’s own words', () => {
  let app: App;
  let fresh: FreshDatabase;
  const say = async (who: Sender, line: string) => plain((await app.handle(text(who, line))).replies);
  const member = (id: string): Sender => ({ channel: 'whatsapp', externalId: id, displayName: 'Amel' });
  /** The paragraph of /help that starts with `title`: the title, then the words a few a line. */
  const paragraph = (help: string, title: string) => {
    const lines = help.split('\n');
    const start = lines.findIndex((l) => l.includes(title));
    const end = lines.indexOf('', start);
    return lines.slice(start, end === -1 ? undefined : end).join('\n');
  };

  beforeAll(async () => {
    fresh = await freshDatabase();
    app = await createApp(createConfig({ DATABASE_URL: fresh.url, LOG_LEVEL: 'silent' }), pino({ level: 'silent' }));
    for (const id of ['help-fr', 'help-ar']) {
      const team = { name: 'Équipe Tozeur', commune: 'Tozeur', cohort: `Pilote ${id}` };
      await enrolInNewTeam(app, { slug: id, sender: member(id), team, role: null });
    }
    await say(member('help-ar'), '/lang ar');
  });
  afterAll(async () => {
    await app.close();
    await fresh.drop();
  });

  it('in Arabic: the Arabic words of a member’s commands, not the coordinators’', async () => {
    const help = await say(member('help-ar'), '/help');
    const line = paragraph(help, 'يمكنك أيضًا كتابة الأوامر بالعربية');
    for (const word of ['/مساعدة', '/آجال', '/تشخيص', '/خطة', '/سؤال']) expect(line).toContain(word);
    expect(line).not.toContain('/بث');
    expect(line).not.toMatch(/\/[a-z]/);
    // Each word listed runs its command: /آجال is /deadlines.
    expect(await say(member('help-ar'), '/آجال')).toBe(await say(member('help-ar'), '/deadlines'));
  });

  it('in French: the French words, none in Arabic letters', async () => {
    const help = await say(member('help-fr'), '/help');
    const line = paragraph(help, 'Les commandes ont aussi un nom français');
    for (const word of ['/aide', '/echeances', '/questionnaire', '/rapport']) expect(line).toContain(word);
    expect(line).not.toMatch(/\p{Script=Arabic}/u);
    expect(line).not.toContain('/diffuser');
  });
});
