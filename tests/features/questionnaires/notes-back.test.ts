// A note comes when the person arrives at its question: going /back to that question shows the
// question alone, as read before (the note once more on a phone is a screen of text to scroll past).
// Real application, questionnaire and database, in French and Arabic.
import { describe, expect, it } from 'vitest';
import type { App } from '../../../src/app.ts';
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

describe.each(['fr', 'ar'] as const)('the measures note, in %s', (locale) => {
  it('comes with the first measure, not again when /back returns to it', async () => {
    const { who } = await enrolInNewTeam(app, { slug: `notes-back-${locale}`, sender: { externalId: `nb-${locale}` } });
    const say = async (line: string) => plain((await app.handle(text(who, line))).replies);
    const note = service.byId.get('q_measures_note')?.label[locale] ?? '?';
    await say(`/lang ${locale}`);
    await say('/diagnostic 1');
    await say('Bureau d’ordre');
    await say(pick(service, 'q_service_domain', 'other'));
    let arrived = '';
    for (const line of ['4000', '6', '/skip', '01/12/2026', '/skip']) arrived = await say(line);
    const measure = service.byId.get('q_ot_wait_minutes')?.label[locale] ?? '?';
    expect(arrived).toContain(note.split('\n')[0]);
    expect(arrived).toContain(measure);
    await say('12');
    const back = await say('/back');
    expect(back).toContain(measure);
    expect(back).not.toContain(note.split('\n')[0]);
  });
});
