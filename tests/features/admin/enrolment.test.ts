import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { redeemInvite } from '../../../src/features/admin/invites.ts';
import { parseInviteOptions } from '../../../src/features/admin/enrolment.ts';
import { parseAddressList } from '../../../src/features/admin/bootstrap.ts';
import { addPerson, createHarness, day, type Harness } from '../reminders/harness.ts';

const codeOf = (reply: string) => /: ([A-Z2-9]{8})\b/.exec(reply)?.[1] ?? '';

describe('roles and enrolment', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await createHarness({ coordinators: ['boss', 'chef'] });
  });
  afterEach(() => h.cleanup());

  it('bootstraps COORDINATORS, then coordinators create teams and invite codes with a Telegram link', async () => {
    const roles = await h.db.personRole.findMany({ where: { role: 'coordinator' } });
    expect(roles).toHaveLength(2);
    expect(await h.say('boss', '/team add sfax Commune de Sfax')).toContain('Équipe « sfax » créée pour Commune de Sfax');
    expect(await h.say('boss', '/team add sfax Autre')).toContain('existe déjà');
    expect(await h.say('boss', '/team add Sfax!! X')).toContain("n'est pas valide");
    expect(await h.say('boss', '/teams')).toContain('• sfax — Commune de Sfax (0 membre(s))');
    const invite = await h.say('boss', '/invite sfax 7j 2x');
    const code = codeOf(invite);
    expect(code).toMatch(/^[A-Z2-9]{8}$/);
    expect(invite).toContain('2 utilisation(s)');
    expect(invite).toContain(`https://t.me/JawdaTestBot?start=${code}`);
    expect(await h.say('boss', '/invite nowhere')).toContain("Je ne connais pas l'équipe");
    expect(await h.say('boss', '/invite sfax forever')).toContain('Usage');
    const actions = (await h.db.auditEntry.findMany()).map((a) => a.action).sort();
    expect(actions).toEqual(['coordinator.bootstrap', 'coordinator.bootstrap', 'invite.create', 'team.add']);
  });

  it('lets a newcomer join with /join or a /start deep link, and only then use member commands', async () => {
    await h.say('boss', '/team add sfax Commune de Sfax');
    const code = codeOf(await h.say('boss', '/invite sfax'));
    expect(await h.say('amel', '/deadlines')).toContain('réservée aux membres');
    expect(await h.say('amel', `/join ${code.toLowerCase()}`)).toContain("Bienvenue dans l'équipe Commune de Sfax");
    expect(await h.say('amel', '/deadlines')).toContain("aucune échéance");
    expect(await h.say('amel', `/join ${code}`)).toContain('déjà membre');
    const start = await h.say('sami', `/start ${code}`);
    expect(start).toContain('Bonjour Sami');
    expect(start).toContain("Bienvenue dans l'équipe");
    expect((await h.db.inviteCode.findUniqueOrThrow({ where: { code } })).uses).toBe(2);
    expect(await h.db.personRole.count({ where: { role: 'participant' } })).toBe(2);
    expect(await h.db.auditEntry.count({ where: { action: 'team.join' } })).toBe(2);
    expect(await h.say('boss', '/people sfax')).toMatch(/Amel — participant — équipe\(s\) : sfax/);
  });

  it('refuses expired, exhausted, revoked and unknown codes', async () => {
    await h.say('boss', '/team add sfax Commune de Sfax');
    const once = codeOf(await h.say('boss', '/invite sfax 1x'));
    const week = codeOf(await h.say('boss', '/invite sfax 7d'));
    expect(await h.say('amel', `/join ${once}`)).toContain('Bienvenue');
    expect(await h.say('sami', `/join ${once}`)).toContain('déjà servi');
    expect(await h.say('sami', '/join NOPE2345')).toContain("n'existe pas");
    h.clock.advance(8 * day);
    expect(await h.say('sami', `/join ${week}`)).toContain('a expiré');
    const fresh = codeOf(await h.say('boss', '/invite sfax'));
    await h.db.inviteCode.update({ where: { code: fresh }, data: { revokedAt: new Date() } });
    expect(await h.say('sami', `/join ${fresh}`)).toContain('a été annulé');
    expect(await h.say('sami', '/deadlines')).toContain('réservée aux membres');
  });

  it('gives the last use of a code to one person only, even when two race for it', async () => {
    const teamId = (await h.db.team.create({ data: { slug: 'gabes', name: 'Gabès', commune: 'Gabès', cohort: { create: { name: 'C' } } } })).id;
    await h.db.inviteCode.create({ data: { code: 'LASTUSE2', teamId, createdById: 'x', expiresAt: new Date(Date.now() + day), maxUses: 1 } });
    const a = await addPerson(h.db, { externalId: 'a', roles: [] });
    const b = await addPerson(h.db, { externalId: 'b', roles: [] });
    const results = await Promise.all([redeemInvite(h.db, 'LASTUSE2', a, new Date()), redeemInvite(h.db, 'lastuse2', b, new Date())]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toEqual({ ok: false, reason: 'exhausted' });
    expect(await h.db.teamMember.count({ where: { teamId } })).toBe(1);
  });

  it('lets a coordinator promote another, and keeps participants out of coordinator commands', async () => {
    await h.say('boss', '/team add sfax Commune de Sfax');
    await h.say('amel', `/join ${codeOf(await h.say('boss', '/invite sfax'))}`);
    for (const command of ['/broadcast', '/invite sfax', '/team add x Y', '/teams', '/progress', '/export progress', '/promote amel', '/deadline list', '/people']) {
      expect(await h.say('amel', command), command).toContain('réservée aux coordinateurs');
    }
    expect(await h.say('boss', '/promote Amel')).toContain('Amel est maintenant coordinateur');
    expect(await h.say('boss', '/promote amel')).toContain('déjà coordinateur');
    expect(await h.say('boss', '/promote Personne')).toContain('Personne ne s');
    expect(await h.say('boss', '/promote telegram:555')).toContain('telegram:555 est maintenant coordinateur');
    expect(await h.say('amel', '/teams')).toContain('sfax');
    expect(await h.db.auditEntry.count({ where: { action: 'role.promote' } })).toBe(2);
    const help = await h.say('amel', '/help');
    expect(help).toContain('/broadcast');
  });

  it('parses options and addresses strictly', () => {
    expect(parseInviteOptions(['14j', '5x', 'coordinateur'])).toEqual({ days: 14, uses: 5, role: 'coordinator' });
    expect(parseInviteOptions([])).toEqual({ days: 14, uses: 30, role: 'participant' });
    expect(parseInviteOptions(['0x'])).toBeNull();
    expect(parseAddressList('telegram:123, whatsapp:21612345678')).toEqual([
      { channel: 'telegram', externalId: '123' },
      { channel: 'whatsapp', externalId: '21612345678' },
    ]);
    expect(() => parseAddressList('sms:1')).toThrow();
  });
});
