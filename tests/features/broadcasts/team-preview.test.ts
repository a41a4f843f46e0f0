// The preview of a broadcast to one team names the team, as /broadcasts names it (« Gabès (gabes) »,
// « قابس (gabes) »), in French and Arabic, and so does the preview /broadcasts shows again.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OutboundMessage } from '../../../src/core/messages.ts';
import { bidiProblems, paragraphDirection } from '../../helpers/bidi.ts';
import { plain } from '../../helpers/messages.ts';
import { addPerson, createHarness, type Harness } from '../reminders/harness.ts';

type Choices = Extract<OutboundMessage, { kind: 'choices' }>;
const lastChoices = (replies: OutboundMessage[]) => replies.filter((m): m is Choices => m.kind === 'choices').at(-1);

describe('the preview of a broadcast to one team', () => {
  let h: Harness;
  let gabes: string;

  beforeEach(async () => {
    h = await createHarness({ start: '2025-06-20T10:00:00Z' });
    await h.say('boss', '/team add gabes Gabès | قابس');
    await h.say('boss', '/team add sfax Sfax');
    await addPerson(h.db, { channel: 'console', externalId: 'alice', name: 'Alice', team: 'gabes' });
    await addPerson(h.db, { channel: 'console', externalId: 'rania', name: 'Rania', team: 'gabes', locale: 'ar' });
    await h.db.identity.updateMany({ where: { externalId: 'rania' }, data: { unreachableAt: new Date() } });
    gabes = (await h.db.team.findUniqueOrThrow({ where: { slug: 'gabes' } })).id;
  });
  afterEach(() => h.cleanup());

  /** Writes a message, picks « a team », then Gabès; gives the preview's text as sent. */
  async function previewToGabes(version: string): Promise<string> {
    await h.say('boss', '/broadcast');
    await h.say('boss', version);
    await h.say('boss', '-');
    const teams = lastChoices(await h.tap('boss', 'bc:aud', ['team']));
    return lastChoices(await h.tap('boss', teams?.promptId ?? '', [gabes]))?.text ?? '';
  }
  /** The line that names the team (the one under it names who cannot get it: Rania). */
  const teamLine = (text: string) => text.split('\n').find((line) => line.includes('(gabes)')) ?? '';
  const bare = (text: string) => plain([{ kind: 'text', text }]);

  it('in French: « Équipe Gabès (gabes) : 2 personnes le recevront », and again in /broadcasts', async () => {
    const preview = await previewToGabes('Réunion jeudi');
    const who = 'Équipe Gabès (gabes) : 2 personnes le recevront (dont 1 joignable maintenant).';
    expect(bare(teamLine(preview))).toBe(who);
    expect(bare(teamLine(lastChoices(await h.send('boss', '/broadcasts'))?.text ?? ''))).toBe(who);
  });

  it('in Arabic: « فريق قابس (gabes) », read right to left, and again in /broadcasts', async () => {
    await h.say('boss', '/lang ar');
    const preview = await previewToGabes('اجتماع الخميس');
    const who = 'فريق قابس (gabes): سيتلقاها شخصان (يمكن مراسلة 1 منهما الآن).';
    expect(bare(teamLine(preview))).toBe(who);
    expect(paragraphDirection(teamLine(preview))).toBe('rtl');
    expect(bidiProblems(preview)).toEqual([]);
    expect(bare(teamLine(lastChoices(await h.send('boss', '/broadcasts'))?.text ?? ''))).toBe(who);
  });
});
