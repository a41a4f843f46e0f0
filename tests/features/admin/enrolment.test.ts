import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { redeemInvite } from '../../../src/features/admin/invites.ts';
import { parseInviteOptions } from '../../../src/features/admin/enrolment.ts';
import { parseAddressList } from '../../../src/features/admin/bootstrap.ts';
import { plain, sender, text } from '../../helpers/messages.ts';
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
    expect(await h.say('boss', '/team add sfax Commune de Sfax')).toContain(
      'Équipe « sfax » créée pour Commune de Sfax',
    );
    expect(await h.say('boss', '/team add sfax Autre')).toContain('existe déjà');
    expect(await h.say('boss', '/team add Sfax!! X')).toContain("n'est pas valide");
    expect(await h.say('boss', '/teams')).toContain('• sfax — Commune de Sfax (aucun membre)');
    const invite = await h.say('boss', '/invite sfax 7j 2x');
    const code = codeOf(invite);
    expect(code).toMatch(/^[A-Z2-9]{8}$/);
    expect(invite).toContain('2 utilisations');
    expect(invite).toContain(`https://t.me/JawdaTestBot?start=${code}`);
    expect(await h.say('boss', '/invite nowhere')).toContain("Je ne connais pas l'équipe");
    expect(await h.say('boss', '/invite sfax forever')).toContain('Usage');
    const actions = (await h.db.auditEntry.findMany()).map((a) => a.action).sort();
    expect(actions).toEqual(['coordinator.bootstrap', 'coordinator.bootstrap', 'invite.create', 'team.add']);
  });

  it('greets a coordinator from COORDINATORS by the name they use on the platform, not by their address', async () => {
    const tg = await createHarness({ coordinators: ['telegram:7001'] });
    try {
      const leila = sender({ channel: 'telegram', externalId: '7001', displayName: 'Leila Trabelsi' });
      const greeting = plain(await tg.handle(text(leila, '/start')));
      expect(greeting).toContain('Leila Trabelsi');
      expect(greeting).not.toContain('telegram:7001');
      const person = await tg.db.person.findFirstOrThrow({ where: { identities: { some: { externalId: '7001' } } } });
      expect(person.displayName).toBe('Leila Trabelsi');
    } finally {
      await tg.cleanup();
    }
  });

  it('bootstraps WhatsApp and Telegram coordinators written as in COORDINATORS, recognised when they write', async () => {
    const wa = await createHarness({ coordinators: ['whatsapp:21612345678', 'telegram:4242'] });
    try {
      const from = (channel: 'whatsapp' | 'telegram', externalId: string) =>
        sender({ channel, externalId, displayName: 'Coord' });
      expect(plain(await wa.handle(text(from('whatsapp', '21612345678@c.us'), '/teams')))).not.toContain(
        'réservée aux coordinateurs',
      );
      expect(plain(await wa.handle(text(from('telegram', '4242'), '/teams')))).not.toContain(
        'réservée aux coordinateurs',
      );
      expect(plain(await wa.handle(text(from('whatsapp', '21699999999@c.us'), '/teams')))).toContain(
        'réservée aux coordinateurs',
      );
      // Named by their address until they write; their first message brings their real name.
      const person = async () =>
        (await wa.db.identity.findFirstOrThrow({ where: { channel: 'telegram' }, include: { person: true } })).person;
      expect((await person()).displayName).toBe('Coord');
      expect(
        plain(
          await wa.handle(text(sender({ channel: 'telegram', externalId: '4242', displayName: 'Leila T.' }), '/start')),
        ),
      ).not.toContain('Leila');
      expect((await person()).displayName).toBe('Coord');
      // One person per address, not a second one created when they write.
      expect(
        await wa.db.identity.count({ where: { channel: 'whatsapp', externalId: { startsWith: '21612345678' } } }),
      ).toBe(1);
      // /promote reads a phone number the same way, and names only an account that exists.
      expect(await h.say('boss', '/promote whatsapp:+21655000111')).toContain('Aucune personne');
      expect(await h.db.identity.count({ where: { channel: 'whatsapp', externalId: '21655000111@c.us' } })).toBe(0);
    } finally {
      await wa.cleanup();
    }
  });

  it('lets a newcomer join with /join or a /start deep link, and only then use member commands', async () => {
    await h.say('boss', '/team add sfax Commune de Sfax');
    // Nobody in the new team yet: said of the team (others are enrolled), with the next step.
    expect(await h.say('boss', '/people sfax')).toBe(
      "Personne n'est encore inscrit dans l'équipe « sfax ». Invitez ses membres avec /invite sfax.",
    );
    await h.say('boss', '/lang ar');
    expect(await h.say('boss', '/people sfax')).toBe(
      'لم يسجَّل أي شخص بعد في الفريق « sfax ». ادعُ أعضاءه بـ /invite sfax.',
    );
    await h.say('boss', '/lang fr');
    const code = codeOf(await h.say('boss', '/invite sfax'));
    expect(await h.say('amel', '/deadlines')).toContain('réservée aux membres');
    // A team created in the chat is named after its commune, which the welcome says once.
    expect(await h.say('amel', `/join ${code.toLowerCase()}`)).toContain("Bienvenue dans l'équipe Commune de Sfax !");
    expect(await h.say('amel', '/deadlines')).toContain('aucune échéance');
    expect(await h.say('amel', `/join ${code}`)).toContain('déjà membre');
    const start = await h.say('sami', `/start ${code}`);
    expect(start).toContain('Bonjour Sami');
    expect(start).toContain("Bienvenue dans l'équipe");
    expect((await h.db.inviteCode.findUniqueOrThrow({ where: { code } })).uses).toBe(2);
    expect(await h.db.personRole.count({ where: { role: 'participant' } })).toBe(2);
    expect(await h.db.auditEntry.count({ where: { action: 'team.join' } })).toBe(2);
    expect(await h.say('boss', '/people sfax')).toMatch(/Amel — participant — équipes : sfax/);
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

  it('gives an existing member the role of a valid code only: an expired or revoked one grants nothing', async () => {
    await h.say('boss', '/team add sfax Commune de Sfax');
    await h.say('amel', `/join ${codeOf(await h.say('boss', '/invite sfax'))}`);
    const expiring = codeOf(await h.say('boss', '/invite sfax 1j coordinateur'));
    const revoked = codeOf(await h.say('boss', '/invite sfax coordinateur'));
    await h.db.inviteCode.update({ where: { code: revoked }, data: { revokedAt: new Date() } });
    h.clock.advance(2 * day);
    expect(await h.say('amel', `/join ${expiring}`)).toContain('déjà membre');
    expect(await h.say('amel', `/start ${revoked}`)).toContain('déjà membre');
    expect(await h.say('amel', '/teams')).toContain('réservée aux coordinateurs');
    expect(await h.db.auditEntry.count({ where: { action: 'role.grant' } })).toBe(0);
    // A valid coordinator code does make the member a coordinator, at once and in the audit trail.
    const valid = codeOf(await h.say('boss', '/invite sfax coordinateur'));
    expect(await h.say('amel', `/join ${valid}`)).toContain('déjà membre');
    expect(await h.say('amel', '/teams')).toContain('sfax');
    expect(await h.db.auditEntry.count({ where: { action: 'role.grant' } })).toBe(1);
    // Rejoining spends no use.
    expect((await h.db.inviteCode.findUniqueOrThrow({ where: { code: valid } })).uses).toBe(0);
  });

  it('gives the last use of a code to one person only, even when two race for it', async () => {
    const teamId = (
      await h.db.team.create({
        data: { slug: 'gabes', name: 'Gabès', commune: 'Gabès', cohort: { create: { name: 'C' } } },
      })
    ).id;
    await h.db.inviteCode.create({
      data: { code: 'LASTUSE2', teamId, createdById: 'x', expiresAt: new Date(Date.now() + day), maxUses: 1 },
    });
    const a = await addPerson(h.db, { externalId: 'a', roles: [] });
    const b = await addPerson(h.db, { externalId: 'b', roles: [] });
    const results = await Promise.all([
      redeemInvite(h.db, 'LASTUSE2', a, new Date()),
      redeemInvite(h.db, 'lastuse2', b, new Date()),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toEqual({ ok: false, reason: 'exhausted' });
    expect(await h.db.teamMember.count({ where: { teamId } })).toBe(1);
  });

  it('lets a coordinator promote another, and keeps participants out of coordinator commands', async () => {
    await h.say('boss', '/team add sfax Commune de Sfax');
    await h.say('amel', `/join ${codeOf(await h.say('boss', '/invite sfax'))}`);
    for (const command of [
      '/broadcast',
      '/invite sfax',
      '/team add x Y',
      '/teams',
      '/progress',
      '/export progress',
      '/promote amel',
      '/deadline list',
      '/people',
    ]) {
      expect(await h.say('amel', command), command).toContain('réservée aux coordinateurs');
    }
    // A stranger who chose the same display name, not enrolled, cannot be promoted by name.
    await h.say('amel-impostor', '/start');
    await h.db.person.updateMany({
      where: { identities: { some: { externalId: 'amel-impostor' } } },
      data: { displayName: 'Amel' },
    });
    const coordinators = await h.db.personRole.count({ where: { role: 'coordinator' } });
    const offered = await h.send('boss', '/promote Amel');
    const confirm = offered.find((r) => r.kind === 'choices');
    expect(confirm?.kind === 'choices' && confirm.text).toContain('console:amel · sfax');
    expect(plain(offered)).not.toContain('amel-impostor');
    // Nothing changes before the confirmation; a participant's forged tap changes nothing either.
    expect(await h.db.personRole.count({ where: { role: 'coordinator' } })).toBe(coordinators);
    const promptId = confirm?.kind === 'choices' ? confirm.promptId : '';
    expect(plain(await h.tap('amel', promptId, ['yes']))).toContain('réservée aux coordinateurs');
    expect(plain(await h.tap('boss', promptId, ['yes']))).toContain('Amel est maintenant coordinateur');
    expect(await h.say('boss', '/promote amel')).toContain('déjà coordinateur');
    expect(await h.say('boss', '/promote Personne')).toContain('Aucune personne');
    expect(await h.say('boss', '/promote telegram:555')).toContain('Aucune personne');
    const impostor = await h.db.person.findFirstOrThrow({
      where: { identities: { some: { externalId: 'amel-impostor' } } },
      include: { roles: true },
    });
    expect(impostor.roles.map((r) => r.role)).not.toContain('coordinator');
    expect(await h.say('amel', '/teams')).toContain('sfax');
    const [audit] = await h.db.auditEntry.findMany({ where: { action: 'role.promote' } });
    const boss = await h.db.identity.findFirstOrThrow({ where: { externalId: 'boss' } });
    expect(audit).toMatchObject({ actorId: boss.personId, details: { addresses: ['console:amel'] } });
    expect(await h.say('amel', '/help coordinateur')).toContain('/broadcast');

    // Demotion: confirmed too, and never the last coordinator.
    const demote = (await h.send('boss', '/demote amel')).find((r) => r.kind === 'choices');
    expect(plain(await h.tap('boss', demote?.kind === 'choices' ? demote.promptId : '', ['yes']))).toContain(
      "n'est plus coordinateur",
    );
    expect(await h.db.auditEntry.count({ where: { action: 'role.demote' } })).toBe(1);
    await h.db.personRole.deleteMany({ where: { role: 'coordinator', personId: { not: boss.personId } } });
    // The last one: refused at once, with no confirmation to answer first.
    const last = await h.send('boss', '/demote boss');
    expect(plain(last)).toBe("C'est le dernier coordinateur : nommez-en un autre d'abord.");
    expect(last.some((r) => r.kind === 'choices')).toBe(false);
    await h.say('boss', '/lang ar');
    expect(await h.say('boss', '/demote')).toBe('هذا آخر منسق: عيّن منسقًا آخر أولًا.');
    expect(await h.db.personRole.count({ where: { role: 'coordinator' } })).toBe(1);
  });

  it('refuses the 6th wrong code within 10 minutes, even the right one, until the window passes', async () => {
    await h.say('boss', '/team add sfax Commune de Sfax');
    const code = codeOf(await h.say('boss', '/invite sfax'));
    for (let i = 0; i < 5; i++) expect(await h.say('mallory', `/join WRONG${i}XY`)).toContain("n'existe pas");
    expect(await h.say('mallory', `/join ${code}`)).toContain('Trop de codes erronés');
    expect(await h.say('mallory', `/start ${code}`)).toContain('Trop de codes erronés');
    expect(await h.db.teamMember.count()).toBe(0);
    const audit = await h.db.auditEntry.findMany({ where: { action: { in: ['join.failed', 'join.throttled'] } } });
    expect(audit.filter((a) => a.action === 'join.throttled')).toHaveLength(1);
    expect(JSON.stringify(audit)).not.toContain('WRONG');
    // Someone else is not held back by Mallory's mistakes.
    expect(await h.say('salma', `/join ${code}`)).toContain('Bienvenue');
    h.clock.advance(10 * 60_000 + 1);
    expect(await h.say('mallory', `/join ${code}`)).toContain('Bienvenue');
    // The code itself never appears in the trail: only its hash.
    expect(JSON.stringify(await h.db.auditEntry.findMany())).not.toContain(code);
  });

  it('suspends codes for everyone when many accounts guess at once', async () => {
    await h.say('boss', '/team add sfax Commune de Sfax');
    const code = codeOf(await h.say('boss', '/invite sfax'));
    for (let account = 0; account < 25; account++) {
      for (let i = 0; i < 2; i++) await h.say(`guess${account}`, `/join NOPE${account}X${i}`);
    }
    expect(await h.say('honest', `/join ${code}`)).toContain('suspendus');
    h.clock.advance(10 * 60_000 + 1);
    expect(await h.say('honest', `/join ${code}`)).toContain('Bienvenue');
  });

  it('caps an invitation at 90 days and says what a duration and a number of uses look like, in French and Arabic', async () => {
    await h.say('boss', '/team add sfax Sfax | صفاقس');
    const invites = () => h.db.inviteCode.count();
    // « 999d » was accepted: a code that let people in for almost three years.
    expect(await h.say('boss', '/invite sfax 999d')).toBe(
      '« 999d » : une invitation vaut au plus 90 jours. Par exemple /invite sfax 30j, puis un nouveau code le moment venu.',
    );
    expect(await h.say('boss', '/invite sfax 0j')).toBe(
      "« 0j » n'est pas une durée : elle s'écrit en jours suivis de j, de 1 à 90, par exemple 7j pour une semaine ou 30j pour un mois. Sans durée, l'invitation vaut 14 jours.",
    );
    expect(await h.say('boss', '/invite sfax 7j 0x')).toBe(
      "« 0x » n'est pas un nombre d'utilisations : il s'écrit suivi de x, au moins 1, par exemple 5x pour cinq personnes. Sans lui, le code sert 30 fois.",
    );
    expect(await invites()).toBe(0);
    expect(await h.say('boss', '/invite sfax 90j')).toContain("Code d'invitation pour Sfax");
    expect(await invites()).toBe(1);

    await h.say('boss', '/lang ar');
    expect(await h.say('boss', '/دعوة sfax 999d')).toBe(
      '« 999d »: تصلح الدعوة 90 يومًا على الأكثر. مثلًا /invite sfax 30d، ثم رمز جديد عند الحاجة.',
    );
    expect(await h.say('boss', '/دعوة sfax 0d')).toBe(
      '« 0d » ليست مدة: تُكتب المدة عدد أيام متبوعًا بـ d، من 1 إلى 90، مثلًا 7d لأسبوع أو 30d لشهر. وبلا مدة تصلح الدعوة 14 يومًا.',
    );
    expect(await h.say('boss', '/دعوة sfax 0x')).toBe(
      '« 0x » ليس عدد استعمالات: يُكتب العدد متبوعًا بـ x، وأقله 1، مثلًا 5x لخمسة أشخاص. وبلا عدد، عدد الاستعمالات 30.',
    );
    expect(await invites()).toBe(1);
    expect(await h.say('boss', '/دعوة sfax 90d')).toContain('رمز الدعوة');
    expect(await invites()).toBe(2);
  });

  it('parses options and addresses strictly', () => {
    expect(parseInviteOptions(['14j', '5x', 'coordinateur'])).toEqual({ days: 14, uses: 5, role: 'coordinator' });
    expect(parseInviteOptions([])).toEqual({ days: 14, uses: 30, role: 'participant' });
    expect(parseInviteOptions(['0x'])).toEqual({ refused: 'uses-bad', word: '0x' });
    expect(parseInviteOptions(['0d'])).toEqual({ refused: 'days-bad', word: '0d' });
    expect(parseInviteOptions(['7j', '91j'])).toEqual({ refused: 'days-too-long', word: '91j' });
    expect(parseInviteOptions(['forever'])).toEqual({ refused: 'usage', word: 'forever' });
    // A WhatsApp phone number becomes the chat id WhatsApp people write from.
    expect(parseAddressList('telegram:123, whatsapp:21612345678,whatsapp:+21698765432,whatsapp:1234@lid')).toEqual([
      { channel: 'telegram', externalId: '123' },
      { channel: 'whatsapp', externalId: '21612345678@c.us' },
      { channel: 'whatsapp', externalId: '21698765432@c.us' },
      { channel: 'whatsapp', externalId: '1234@lid' },
    ]);
    expect(() => parseAddressList('sms:1')).toThrow();
  });
});
