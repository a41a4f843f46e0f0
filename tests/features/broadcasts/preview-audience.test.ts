// The preview says who the message goes to, whatever the audience: not « Destinataires : 2 » alone
// after picking the latecomers of one deadline among several, but whose latecomers, or which role.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OutboundMessage } from '../../../src/core/messages.ts';
import { bidiProblems } from '../../helpers/bidi.ts';
import { plain } from '../../helpers/messages.ts';
import { addPerson, createHarness, type Harness } from '../reminders/harness.ts';

type Choices = Extract<OutboundMessage, { kind: 'choices' }>;
const lastChoices = (replies: OutboundMessage[]) => replies.filter((m): m is Choices => m.kind === 'choices').at(-1);

describe('the preview names its audience', () => {
  let h: Harness;
  let deadline: string;

  beforeEach(async () => {
    h = await createHarness({ start: '2025-06-20T10:00:00Z' });
    await addPerson(h.db, { externalId: 'alice', name: 'Alice', team: 'sfax' });
    await addPerson(h.db, { externalId: 'rania', name: 'Rania', team: 'sfax', locale: 'ar' });
    await h.say('boss', '/deadline 21/06/2025 12:00 Note de cadrage | مذكرة التأطير team=sfax');
    deadline = (await h.db.deadline.findFirstOrThrow()).id;
    h.clock.set('2025-06-22T10:00:00Z');
  });
  afterEach(() => h.cleanup());

  async function preview(version: string, audience: string, pick?: string): Promise<Choices> {
    await h.say('boss', '/broadcast');
    await h.say('boss', version);
    await h.say('boss', '-');
    let replies = await h.tap('boss', 'bc:aud', [audience]);
    if (pick) replies = await h.tap('boss', lastChoices(replies)?.promptId ?? '', [pick]);
    return lastChoices(replies) as Choices;
  }

  it('in French: the latecomers of which deadline, which role, everyone', async () => {
    expect(plain([await preview('Envoyez la note', 'late', deadline)])).toContain(
      'Destinataires (retardataires de « Note de cadrage ») : 2 (dont 2 joignables maintenant).',
    );
    expect(plain([await preview('Réunion', 'role:participant')])).toContain(
      'Destinataires (rôle participant) : 2 (dont 2 joignables maintenant).',
    );
    expect(plain([await preview('Réunion', 'everyone')])).toContain(
      'Tout le monde : 2 personnes — 2 participants et aucun autre coordinateur (joignables maintenant : 2).',
    );
  });

  it('in Arabic, the same, read right to left', async () => {
    await h.say('boss', '/lang ar');
    const late = await preview('أرسلوا المذكرة', 'late', deadline);
    expect(plain([late])).toContain('عدد المرسل إليهم (المتأخرون عن « مذكرة التأطير »): 2 (يمكن مراسلة 2 منهما الآن).');
    expect(bidiProblems(late.text)).toEqual([]);
    expect(plain([await preview('اجتماع', 'everyone')])).toContain(
      'الجميع: شخصان — المشاركون: 2، والمنسقون الآخرون: 0 (يمكن مراسلة 2 منهم الآن).',
    );
  });
});
