// /progress counts a team's deadlines, not (member, deadline) pairs: a team of two with three
// deadlines is not told « 3 en retard, 2 à venir ». A deadline is done when every member it
// concerns ticked it, late when its time passed before that, to come otherwise.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { markDone } from '../../../src/features/reminders/deadlines.ts';
import { addPerson, createHarness, type Harness } from '../reminders/harness.ts';

describe('the deadlines line of /progress', () => {
  let h: Harness;

  beforeEach(async () => {
    h = await createHarness({ start: '2025-06-20T10:00:00Z' });
    const alice = await addPerson(h.db, { channel: 'console', externalId: 'alice', name: 'Alice', team: 'sfax' });
    const rania = await addPerson(h.db, { channel: 'console', externalId: 'rania', name: 'Rania', team: 'sfax' });
    await h.say('boss', '/deadline 2025-07-01 17:00 Note de cadrage team=sfax');
    await h.say('boss', '/deadline 2025-07-03 17:00 Compte rendu team=sfax');
    await h.say('boss', '/deadline 2025-07-04 17:00 Fiche de visite team=sfax');
    await h.say('boss', '/deadline 2025-08-01 17:00 Guide team=sfax');
    h.clock.set('2025-07-10T10:00:00Z');
    const deadline = (titleFr: string) => h.db.deadline.findFirstOrThrow({ where: { titleFr } });
    // Note de cadrage: Alice only (late: Rania); Fiche de visite: both, so done; Compte rendu: nobody.
    await markDone(h.db, await deadline('Note de cadrage'), alice, h.clock.now());
    for (const who of [alice, rania]) await markDone(h.db, await deadline('Fiche de visite'), who, h.clock.now());
  });
  afterEach(() => h.cleanup());

  it('in French: four deadlines, one done, two late, one to come, and who is late', async () => {
    const report = await h.say('boss', '/progress');
    expect(report).toContain('Échéances : 4 — une faite, 2 en retard, 1 à venir');
    expect(report).toContain('En retard : Alice, Rania');
  });

  it('in Arabic, the same', async () => {
    await h.say('boss', '/lang ar');
    const report = await h.say('boss', '/progress');
    expect(report).toContain('الآجال: 4 — المنجزة: 1، المتأخرة: 2، القادمة: 1');
  });
});
