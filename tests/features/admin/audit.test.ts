import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OutboundMessage } from '../../../src/core/messages.ts';
import { addPerson, createHarness, recordingAdapter, type Harness } from '../reminders/harness.ts';

type Choices = Extract<OutboundMessage, { kind: 'choices' }>;
const lastPrompt = (replies: OutboundMessage[]) =>
  replies.filter((m): m is Choices => m.kind === 'choices').at(-1)?.promptId ?? '';
const refOf = (reply: string) => /\[(\w{6})\]/.exec(reply)?.[1] ?? '';

describe('audit trail', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await createHarness({ start: '2025-06-20T10:00:00Z' });
    await addPerson(h.db, { channel: 'console', externalId: 'alice', name: 'Alice', team: 'sfax' });
    h.outbox.start([recordingAdapter('console')], { cron: false });
  });
  afterEach(() => h.cleanup());

  async function broadcast(decision: 'send' | 'cancel') {
    await h.say('boss', '/broadcast');
    await h.say('boss', 'Réunion demain');
    const audience = lastPrompt(await h.send('boss', '-'));
    const preview = lastPrompt(await h.tap('boss', audience, ['everyone']));
    await h.tap('boss', preview, [decision]);
    return preview.slice('bc:ok:'.length);
  }

  it('records every coordinator action, with its author and target', async () => {
    const boss = (
      await h.db.identity.findUniqueOrThrow({
        where: { channel_externalId: { channel: 'console', externalId: 'boss' } },
      })
    ).personId;
    await h.say('boss', '/team add gabes Commune de Gabès');
    await h.say('boss', '/invite gabes 7j 3x');
    const confirm = lastPrompt(await h.send('boss', '/promote Alice'));
    await h.tap('boss', confirm, ['yes']);
    const ref = refOf(await h.say('boss', '/deadline 2025-07-01 17:00 Note de cadrage'));
    await h.say('boss', `/deadline edit ${ref} 2025-07-02 17:00`);
    await h.say('boss', `/deadline cancel ${ref}`);
    await h.say('boss', '/calendar import');
    const sent = await broadcast('send');
    const dropped = await broadcast('cancel');
    await h.send('boss', '/export progress');

    const entries = await h.db.auditEntry.findMany({ where: { actorId: boss }, orderBy: { createdAt: 'asc' } });
    // Several lines can share a millisecond: compare the set of actions, not their order.
    expect(entries.map((e) => e.action).sort()).toEqual(
      [
        'team.add',
        'invite.create',
        'role.promote',
        'deadline.create',
        'deadline.edit',
        'deadline.cancel',
        'calendar.import',
        'broadcast.confirm',
        'broadcast.cancel',
        'export.progress',
      ].sort(),
    );
    const target = (action: string) => entries.find((e) => e.action === action)?.target;
    expect(target('broadcast.confirm')).toBe(sent);
    expect(target('broadcast.cancel')).toBe(dropped);
    expect(target('role.promote')).toBe(
      (
        await h.db.identity.findUniqueOrThrow({
          where: { channel_externalId: { channel: 'console', externalId: 'alice' } },
        })
      ).personId,
    );
    expect(entries.find((e) => e.action === 'invite.create')?.details).toMatchObject({
      days: 7,
      uses: 3,
      role: 'participant',
    });
    // Reading (lists, previews) is not an action: it leaves no line.
    const before = await h.db.auditEntry.count();
    for (const command of ['/teams', '/people', '/deadline list', '/broadcasts', '/progress'])
      await h.say('boss', command);
    expect(await h.db.auditEntry.count()).toBe(before);
  });
});
