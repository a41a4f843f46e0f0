import type { Context } from '../../core/context.ts';
import { personName } from '../../core/person-name.ts';
import type { Command, Feature } from '../../core/router.ts';
import type { Db } from '../../persistence/prisma.ts';
import { codeGate, recordFailedCode } from '../admin/attempts.ts';
import { recordAudit } from '../admin/audit.ts';
import { checkLinkCode, issueLinkCode, linkCodeMinutes, normalizeLinkCode } from './codes.ts';
import { mergePeople } from './merge.ts';

export interface LinkingDeps {
  db: Db;
  now?: () => Date;
}

const channelName = (ctx: Context, channel: string) => ctx.t(`link-channel-${channel}`);

/**
 * `/link` gives a one-time code; `/link CODE` sent from another channel joins the two identities
 * into one person (questionnaires, language, roles, teams and reminders follow).
 */
export function createLinkingFeature(deps: LinkingDeps): Feature {
  const { db } = deps;
  const now = deps.now ?? (() => new Date());

  async function issue(ctx: Context) {
    const code = await issueLinkCode(db, ctx.person.id, now());
    ctx.say('link-code', { minutes: linkCodeMinutes });
    // The command alone in its own message: easy to copy, forward or type on the other phone.
    ctx.reply({ kind: 'text', text: `/link ${code}` });
  }

  async function redeem(ctx: Context, raw: string) {
    const at = now();
    // Too many wrong codes lately (this person, or everyone): even the right one waits.
    const gate = await codeGate(db, 'link', ctx.person.id, at);
    if (gate !== 'open') return ctx.say(`code-throttled-${gate}`, { minutes: 10 });
    const code = normalizeLinkCode(raw);
    const check = await checkLinkCode(db, code, at);
    if (!check.ok) {
      if (check.reason === 'unknown') await recordFailedCode(db, 'link', ctx.person.id, code, at);
      return ctx.say(`link-${check.reason}`, { minutes: linkCodeMinutes });
    }
    if (check.personId === ctx.person.id) return ctx.say('link-same-person');
    const people = await db.person.findMany({
      where: { id: { in: [check.personId, ctx.person.id] } },
      include: { identities: true },
    });
    const issuer = people.find((p) => p.id === check.personId);
    const redeemer = people.find((p) => p.id === ctx.person.id);
    if (!issuer || !redeemer) return ctx.say('link-unknown');
    const shared = issuer.identities.find((i) => redeemer.identities.some((j) => j.channel === i.channel));
    if (shared) return ctx.say('link-same-channel', { channel: channelName(ctx, shared.channel) });

    // The person who wrote first keeps the record (usually the enrolled one); roles and teams are united anyway.
    const [survivor, absorbed] = issuer.createdAt <= redeemer.createdAt ? [issuer, redeemer] : [redeemer, issuer];
    const addresses = [...survivor.identities, ...absorbed.identities].map((i) => `${i.channel}:${i.externalId}`);
    const linked = await db.$transaction(async (tx) => {
      // Spent in the same transaction as the merge: two people racing with one code cannot both link.
      const claimed = await tx.linkCode.updateMany({
        where: { code, usedAt: null, expiresAt: { gt: at } },
        data: { usedAt: at },
      });
      if (claimed.count === 0) return false;
      await mergePeople(tx, survivor.id, absorbed.id);
      await recordAudit(tx, {
        actorId: survivor.id,
        action: 'person.link',
        target: survivor.id,
        details: { absorbedId: absorbed.id, absorbedName: absorbed.displayName, identities: addresses },
      });
      return true;
    });
    if (!linked) return ctx.say('link-used');
    const channels = [
      ...new Set([...survivor.identities, ...absorbed.identities].map((i) => channelName(ctx, i.channel))),
    ].join(' + ');
    ctx.say('link-done', { channels, name: personName(survivor.displayName, ctx) });
  }

  const link: Command = {
    name: 'link',
    aliases: ['lier', 'ربط'],
    access: 'anyone',
    help: 'cmd-link',
    run: (ctx, args) => (args ? redeem(ctx, args) : issue(ctx)),
  };

  return { name: 'linking', commands: [link] };
}
