// The console's local operator and demo team, as first started with the defaults: nothing stored
// in one language that the user did not type. The operator is « Opérateur local » to a French
// reader and « المشغّل المحلي » to an Arabic one; the demo team is named after its commune, which
// has both names.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createConfig } from '../../../src/config.ts';
import { unnamedOperator } from '../../../src/core/person-name.ts';
import { demoTeamSlug, ensureLocalOperator, operatorAddress } from '../../../src/features/admin/operator.ts';
import { plain, text } from '../../helpers/messages.ts';
import { createHarness, type Harness } from '../reminders/harness.ts';

describe('the local operator and the demo team, by default', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await createHarness();
  });
  afterEach(() => h.cleanup());

  const operator = { ...operatorAddress, displayName: unnamedOperator };
  const say = async (body: string) => plain(await h.handle(text(operator, body)));
  const config = createConfig({});

  it('are read in the reader’s language: the names stored are no French text', async () => {
    expect(config.CONSOLE_OPERATOR_NAME).toBeUndefined();
    const personId = await ensureLocalOperator(h.db, {
      name: config.CONSOLE_OPERATOR_NAME,
      commune: config.DEMO_TEAM_COMMUNE,
    });
    expect(await h.db.person.findUnique({ where: { id: personId } })).toMatchObject({ displayName: unnamedOperator });
    expect(await h.db.team.findUnique({ where: { slug: demoTeamSlug } })).toMatchObject({
      name: 'Commune pilote (démo)',
      commune: 'Commune pilote (démo)',
      communeAr: 'بلدية نموذجية (للتجربة)',
    });
    const start = await say('/start');
    expect(start).toContain('Bonjour Opérateur local !');
    expect(start).toContain("Vous êtes membre de l'équipe Commune pilote (démo).");
    expect(await say('/people')).toContain('• Opérateur local — coordinateur, participant — équipes : demo');
    // Role changes name the operator as /people does (their address follows, to say who exactly).
    expect(await say('/demote')).toContain('Opérateur local — console:operator · demo');
    await say('/cancel');
    await say('/lang ar');
    const arabic = await say('/start');
    expect(arabic).toContain('مرحبًا المشغّل المحلي!');
    expect(arabic).toContain('أنت عضو في فريق بلدية نموذجية (للتجربة).');
    expect(arabic).not.toMatch(/Équipe|Opérateur|Commune|console:/);
    expect(await say('/people')).toContain('• المشغّل المحلي — منسق، مشارك — الفرق: demo');
    expect(await say('/demote')).toContain('المشغّل المحلي — console:operator · demo');
    await say('/cancel');
    expect(await say('/invite demo')).toContain('رمز الدعوة لفريق بلدية نموذجية (للتجربة)');
  });

  it('takes the name CONSOLE_OPERATOR_NAME gives, even after a first start without one, and keeps it', async () => {
    const personId = await ensureLocalOperator(h.db, { commune: config.DEMO_TEAM_COMMUNE });
    await ensureLocalOperator(h.db, { name: 'Hajer', commune: config.DEMO_TEAM_COMMUNE });
    await ensureLocalOperator(h.db, { commune: config.DEMO_TEAM_COMMUNE });
    expect(await h.db.person.findUnique({ where: { id: personId } })).toMatchObject({ displayName: 'Hajer' });
    await say('/lang ar');
    expect(await h.handle(text({ ...operatorAddress, displayName: 'Hajer' }, '/start')).then(plain)).toContain(
      'مرحبًا Hajer!',
    );
  });
});
