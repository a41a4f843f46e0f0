// Someone added by address (COORDINATORS, then put in a team) is stored under that address until
// their first message brings their name. Lists read it as « (pas encore inscrit) telegram:9401 » /
// « (لم يسجّل بعد) telegram:9401 », not as a bare address that looks like a name.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sender, text } from '../../helpers/messages.ts';
import { createHarness, ensureTeam, type Harness } from '../reminders/harness.ts';

describe('people added by address, before they write', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await createHarness({ coordinators: ['boss', 'telegram:9401'] });
    const identity = await h.db.identity.findUniqueOrThrow({
      where: { channel_externalId: { channel: 'telegram', externalId: '9401' } },
    });
    await h.db.teamMember.create({ data: { teamId: await ensureTeam(h.db, 'sfax'), personId: identity.personId } });
    await h.say('boss', '/deadline 2025-06-03 17:00 Note de cadrage team=sfax');
    h.clock.set('2025-06-05T10:00:00Z');
  });
  afterEach(() => h.cleanup());

  it('French: /people and /progress say they are not registered yet, with their address', async () => {
    const people = await h.say('boss', '/people');
    // Its address is printed beside it once, not twice.
    expect(people).toContain('• (pas encore inscrit) — coordinateur — équipes : sfax — telegram:9401');
    expect(people).not.toMatch(/• telegram:9401/);
    expect(await h.say('boss', '/progress')).toContain('En retard : (pas encore inscrit) telegram:9401');
  });

  it('Arabic: the same, in Arabic', async () => {
    await h.say('boss', '/lang ar');
    expect(await h.say('boss', '/people')).toContain('• (لم يسجّل بعد) — منسق — الفرق: sfax — telegram:9401');
    expect(await h.say('boss', '/progress')).toContain('المتأخرون: (لم يسجّل بعد) telegram:9401');
  });

  it('once they write, their own name is shown', async () => {
    await h.handle(text(sender({ channel: 'telegram', externalId: '9401', displayName: 'Amel Ben Salah' }), '/start'));
    const people = await h.say('boss', '/people');
    expect(people).toContain('• Amel Ben Salah — coordinateur');
    expect(people).not.toContain('pas encore inscrit');
  });
});
