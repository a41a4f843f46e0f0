// « Tout le monde » is everyone enrolled but the coordinator who sends it: the other coordinators
// get it (they follow the same programme and must know what the teams were told), the sender sees
// it in the preview and gets no copy. The preview says plainly who and how many, in both languages.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OutboundMessage } from '../../../src/core/messages.ts';
import { bidiProblems } from '../../helpers/bidi.ts';
import { plain } from '../../helpers/messages.ts';
import { addPerson, createHarness, type Harness } from '../reminders/harness.ts';

type Choices = Extract<OutboundMessage, { kind: 'choices' }>;
const lastChoices = (replies: OutboundMessage[]) => replies.filter((m): m is Choices => m.kind === 'choices').at(-1);

describe('a broadcast to « Tout le monde »', () => {
  let h: Harness;
  let boss: string;
  let carole: string;

  beforeEach(async () => {
    h = await createHarness({ start: '2025-06-20T10:00:00Z', coordinators: ['boss', 'carole'] });
    await addPerson(h.db, { externalId: 'alice', name: 'Alice', team: 'sfax' });
    await addPerson(h.db, { externalId: 'rania', name: 'Rania', team: 'sfax', locale: 'ar' });
    await addPerson(h.db, { externalId: 'sami', name: 'Sami', team: 'tunis', seen: false });
    await h.say('boss', '/start');
    await h.say('carole', '/start');
    const ids = await h.db.identity.findMany({ where: { externalId: { in: ['boss', 'carole'] } } });
    boss = ids.find((i) => i.externalId === 'boss')?.personId ?? '';
    carole = ids.find((i) => i.externalId === 'carole')?.personId ?? '';
  });
  afterEach(() => h.cleanup());

  async function write(version: string, audience: string): Promise<OutboundMessage[]> {
    await h.say('boss', '/broadcast');
    await h.say('boss', version);
    await h.say('boss', '-');
    return h.tap('boss', 'bc:aud', [audience]);
  }
  const preview = async (version: string, audience = 'everyone') =>
    lastChoices(await write(version, audience)) as Choices;

  it('reaches the teams and the other coordinators, not its sender, and the preview says so', async () => {
    const shown = await preview('Réunion lundi');
    expect(plain([shown])).toContain(
      'Tout le monde : 4 personnes — 3 participants et un autre coordinateur (joignables maintenant : 3).',
    );
    expect(plain([shown])).toContain('Vous ne le recevez pas vous-même : vous le voyez ici.');
    const sent = await h.tap('boss', shown.promptId, ['send']);
    expect(plain(sent)).toMatch(/ 4 /);
    const to = (await h.db.outboxMessage.findMany({ select: { personId: true } })).map((m) => m.personId);
    expect(to).toHaveLength(4);
    expect(to).toContain(carole);
    expect(to).not.toContain(boss);
  });

  it('« Les coordinateurs » are the others: alone, the sender is told nobody but them would get it', async () => {
    expect(plain([await preview('Point coordination', 'role:coordinator')])).toContain(
      'Destinataires (rôle coordinateur) : 1 (dont 1 joignable maintenant).',
    );
    await h.db.personRole.deleteMany({ where: { personId: carole } });
    expect(plain(await write('Point coordination', 'role:coordinator'))).toContain(
      "Personne d'autre que vous ne recevrait ce message (vous ne recevez pas vos propres diffusions).",
    );
  });

  it('in Arabic, the same, read right to left', async () => {
    await h.say('boss', '/lang ar');
    const shown = await preview('اجتماع يوم الاثنين');
    expect(plain([shown])).toContain('الجميع: 4 أشخاص — المشاركون: 3، والمنسقون الآخرون: 1 (يمكن مراسلة 3 منهم الآن).');
    expect(plain([shown])).toContain('لن تصلك أنت: تراها هنا.');
    expect(bidiProblems(shown.text)).toEqual([]);
    await h.db.personRole.deleteMany({ where: { personId: carole } });
    expect(plain(await write('اجتماع', 'role:coordinator'))).toContain('لن يتلقى هذه الرسالة أحد غيرك');
  });
});
