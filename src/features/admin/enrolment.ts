import { communeName, teamName } from '../../core/commune.ts';
import type { Context } from '../../core/context.ts';
import type { Command } from '../../core/router.ts';
import type { Db } from '../../persistence/prisma.ts';
import { formatLocalDateTime } from '../../core/time.ts';
import { codeGate, codeHash, recordFailedCode } from './attempts.ts';
import { recordAudit } from './audit.ts';
import { createInvite, defaultInviteDays, defaultInviteUses, maxInviteDays, redeemInvite } from './invites.ts';
import { findTeamBySlug } from './roster.ts';

export interface EnrolmentDeps {
  db: Db;
  now: () => Date;
  timeZone: string;
  /** Telegram bot username, for `https://t.me/<bot>?start=<code>` links; none when unset. */
  botUsername?: string | undefined;
}

type InviteOptions = { days: number; uses: number; role: 'participant' | 'coordinator' };

/** Why the words after the team were refused, and the word: a duration out of 1–90 days, no use, or an unknown word. */
type InviteRefusal = { refused: 'days-too-long' | 'days-bad' | 'uses-bad' | 'usage'; word: string };

/** "14d 5x coordinator" → options; the first word refused, and why, otherwise. */
export function parseInviteOptions(words: string[]): InviteOptions | InviteRefusal {
  const options: InviteOptions = { days: defaultInviteDays, uses: defaultInviteUses, role: 'participant' };
  for (const word of words) {
    const days = /^(\d+)[djي]$/iu.exec(word);
    const uses = /^(?:(\d{1,4})x|x(\d{1,4}))$/i.exec(word);
    if (days) options.days = Number(days[1]);
    else if (uses) options.uses = Number(uses[1] ?? uses[2]);
    else if (/^(coordinat(or|eur)|منسق)$/iu.test(word)) options.role = 'coordinator';
    else return { refused: 'usage', word };
    if (options.days > maxInviteDays) return { refused: 'days-too-long', word };
    if (options.days < 1) return { refused: 'days-bad', word };
    if (options.uses < 1) return { refused: 'uses-bad', word };
  }
  return options;
}

/** Joins the person to the team behind `code`, answering in their language. */
export async function enrol(deps: EnrolmentDeps, ctx: Context, code: string): Promise<void> {
  const now = deps.now();
  // Too many wrong codes lately (this person, or everyone): even the right one waits.
  const gate = await codeGate(deps.db, 'join', ctx.person.id, now);
  if (gate !== 'open') return ctx.say(`code-throttled-${gate}`, { minutes: 10 });
  const result = await redeemInvite(deps.db, code, ctx.person.id, now);
  if (!result.ok && result.reason === 'unknown') await recordFailedCode(deps.db, 'join', ctx.person.id, code, now);
  if (!result.ok) return ctx.say(`join-${result.reason}`);
  const team = await deps.db.team.findUniqueOrThrow({ where: { id: result.teamId } });
  const addRole = () => {
    if ((result.role === 'coordinator' || result.role === 'participant') && !ctx.person.roles.includes(result.role))
      ctx.person.roles.push(result.role);
  };
  if (result.alreadyMember) {
    if (result.roleGranted) {
      addRole();
      await recordAudit(deps.db, {
        actorId: ctx.person.id,
        action: 'role.grant',
        target: ctx.person.id,
        details: { codeHash: codeHash(code), role: result.role },
      });
    }
    return ctx.say('join-already', { team: teamName(team, ctx.locale), commune: communeName(team, ctx.locale) });
  }
  // Later handlers of this same message see the new membership.
  ctx.person.teams.push({
    id: team.id,
    slug: team.slug,
    name: team.name,
    nameAr: team.nameAr,
    commune: team.commune,
    communeAr: team.communeAr,
  });
  addRole();
  await recordAudit(deps.db, {
    actorId: ctx.person.id,
    action: 'team.join',
    target: team.id,
    details: { codeHash: codeHash(code), role: result.role },
  });
  // A team created in the chat is named after its commune: say it once.
  const [name, commune] = [teamName(team, ctx.locale), communeName(team, ctx.locale)];
  if (name === commune) ctx.say('join-ok-commune', { commune });
  else ctx.say('join-ok', { team: name, commune });
}

export function createEnrolmentCommands(deps: EnrolmentDeps): Command[] {
  const { db } = deps;
  const invite: Command = {
    name: 'invite',
    aliases: ['inviter', 'دعوة'],
    access: 'coordinator',
    help: 'cmd-invite',
    run: async (ctx, args) => {
      const [slug, ...rest] = args.split(/\s+/).filter(Boolean);
      const options = parseInviteOptions(rest);
      if (!slug || ('refused' in options && options.refused === 'usage')) return ctx.say('invite-usage');
      if ('refused' in options)
        return ctx.say(`invite-${options.refused}`, {
          word: options.word,
          slug,
          max: maxInviteDays,
          days: defaultInviteDays,
          uses: defaultInviteUses,
        });
      const team = await findTeamBySlug(db, slug);
      if (!team) return ctx.say('invite-unknown-team', { slug });
      const expiresAt = new Date(deps.now().getTime() + options.days * 86_400_000);
      const code = await createInvite(db, {
        teamId: team.id,
        role: options.role,
        createdById: ctx.person.id,
        expiresAt,
        maxUses: options.uses,
      });
      await recordAudit(db, {
        actorId: ctx.person.id,
        action: 'invite.create',
        target: team.id,
        details: { codeHash: codeHash(code), ...options },
      });
      const expires = formatLocalDateTime(expiresAt, deps.timeZone);
      ctx.say('invite-created', {
        code,
        team: teamName(team, ctx.locale),
        expires,
        uses: options.uses,
        role: ctx.t(`roles-${options.role}`),
      });
      const bot = deps.botUsername?.replace(/^@/, '');
      if (bot) ctx.say('invite-link', { link: `https://t.me/${bot}?start=${code}` });
    },
  };

  const join: Command = {
    name: 'join',
    aliases: ['rejoindre', 'انضمام'],
    access: 'anyone',
    help: 'cmd-join',
    run: async (ctx, args) => {
      if (!args.trim()) return ctx.say('join-usage');
      await enrol(deps, ctx, args.trim());
    },
  };

  return [invite, join];
}
