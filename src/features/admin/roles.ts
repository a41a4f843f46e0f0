import type { Context } from '../../core/context.ts';
import { personName, personNameBesideAddress } from '../../core/person-name.ts';
import { showSideList } from '../../core/side-list.ts';
import type { ChoiceHandler, Command } from '../../core/router.ts';
import { foldText } from '../../core/text.ts';
import type { Db } from '../../persistence/prisma.ts';
import { recordAudit } from './audit.ts';
import { grantRole, parseAddress } from './bootstrap.ts';

type Change = 'promote' | 'demote';
const letter: Record<Change, string> = { promote: 'p', demote: 'd' };
const changeOf = (l: string | undefined): Change | null => (l === 'p' ? 'promote' : l === 'd' ? 'demote' : null);
const pickPrompt = 'role:pick:';
const confirmPrompt = 'role:ok:';
/** More candidates than this: the coordinator narrows the list by a name or a team. */
const maxListed = 20;

const personInclude = { identities: true, roles: true, teams: { include: { team: true } } } as const;
type Candidate = {
  id: string;
  displayName: string;
  identities: { channel: string; externalId: string }[];
  roles: { role: string }[];
  teams: { team: { slug: string } }[];
};

const addresses = (p: Candidate) => p.identities.map((i) => `${i.channel}:${i.externalId}`);
const isCoordinator = (p: Candidate) => p.roles.some((r) => r.role === 'coordinator');

/** "Amel Ben Salah — telegram:123 · sfax": who exactly, by the accounts only they hold. */
function describe(ctx: Context, p: Candidate): string {
  const teams = p.teams.map((m) => m.team.slug).join(', ');
  return `${personNameBesideAddress(p.displayName, ctx)} — ${addresses(p).join(', ') || '—'}${teams ? ` · ${teams}` : ''}`;
}

/**
 * The people a change may apply to, matching `query` (an address, a name, a team slug, or
 * nothing): a promotion names only enrolled people (team members) unless given the exact
 * address of an account; a demotion names only coordinators.
 */
async function candidates(db: Db, change: Change, query: string): Promise<Candidate[]> {
  const address = parseAddress(query);
  if (address) {
    const identity = await db.identity.findUnique({
      where: { channel_externalId: address },
      include: { person: { include: personInclude } },
    });
    return identity ? [identity.person] : [];
  }
  const people = await db.person.findMany({
    where: change === 'promote' ? { teams: { some: {} } } : { roles: { some: { role: 'coordinator' } } },
    include: personInclude,
    orderBy: { displayName: 'asc' },
  });
  const wanted = foldText(query);
  return people.filter(
    (p) =>
      !wanted ||
      foldText(p.displayName).includes(wanted) ||
      p.teams.some((m) => m.team.slug === wanted.replace(/\s+/g, '')),
  );
}

function ask(ctx: Context, change: Change, person: Candidate): void {
  showSideList(ctx, {
    kind: 'choices',
    text: ctx.t(`${change}-confirm`, { who: describe(ctx, person) }),
    promptId: `${confirmPrompt}${letter[change]}:${person.id}`,
    choices: [
      { value: 'yes', label: ctx.t('role-confirm-yes') },
      { value: 'no', label: ctx.t('role-confirm-no') },
    ],
  });
}

/** Whether one coordinator at most is left: the role is never taken from the last one. */
const lastCoordinator = async (db: Db) => (await db.personRole.count({ where: { role: 'coordinator' } })) <= 1;

async function start(db: Db, ctx: Context, change: Change, query: string): Promise<void> {
  const matching = await candidates(db, change, query);
  const found = matching.filter((p) => (change === 'promote') !== isCoordinator(p));
  const [already] = matching;
  if (found.length === 0 && already && change === 'promote')
    return ctx.say('promote-already', { name: personName(already.displayName, ctx) });
  if (found.length === 0) return ctx.say(`${change}-none`, { query: query || '—' });
  // Said before any question: a confirmation that can only be refused is a step for nothing.
  if (change === 'demote' && (await lastCoordinator(db))) return ctx.say('demote-last');
  const [only] = found;
  if (only && found.length === 1) return ask(ctx, change, only);
  if (found.length > maxListed) return ctx.say('role-narrow', { count: found.length, command: `/${change}` });
  showSideList(ctx, {
    kind: 'choices',
    text: ctx.t(`${change}-pick`),
    promptId: `${pickPrompt}${letter[change]}`,
    choices: found.map((p) => ({ value: p.id, label: describe(ctx, p) })),
  });
}

async function apply(db: Db, ctx: Context, change: Change, personId: string): Promise<void> {
  const person = await db.person.findUnique({ where: { id: personId }, include: personInclude });
  if (!person) return ctx.reply({ kind: 'notice', text: ctx.t('stale-choice') });
  if (change === 'promote') {
    if (!(await grantRole(db, person.id, 'coordinator')))
      return ctx.say('promote-already', { name: personName(person.displayName, ctx) });
  } else {
    if (await lastCoordinator(db)) return ctx.say('demote-last');
    const { count } = await db.personRole.deleteMany({ where: { personId: person.id, role: 'coordinator' } });
    if (count === 0) return ctx.say('demote-not', { name: personName(person.displayName, ctx) });
  }
  await recordAudit(db, {
    actorId: ctx.person.id,
    action: change === 'promote' ? 'role.promote' : 'role.demote',
    target: person.id,
    details: { role: 'coordinator', name: person.displayName, addresses: addresses(person) },
  });
  ctx.say(`${change}-done`, { name: personName(person.displayName, ctx) });
}

/** /promote and /demote: a person named unambiguously (an address, or picked from a list showing their accounts), then confirmed. */
export function createRoleCommands(db: Db): { commands: Command[]; choices: ChoiceHandler } {
  const command = (change: Change, aliases: string[]): Command => ({
    name: change,
    aliases,
    access: 'coordinator',
    help: `cmd-${change}`,
    run: (ctx, args) => start(db, ctx, change, args.trim()),
  });
  const choices: ChoiceHandler = {
    prefix: 'role:',
    run: async (ctx, values, promptId) => {
      // Choices are not filtered by the router: only a coordinator's taps change roles.
      if (!ctx.hasRole('coordinator')) return ctx.say('not-allowed');
      const [, kind, l, personId] = promptId.split(':');
      const change = changeOf(l);
      const value = values[0] ?? '';
      if (!change) return ctx.reply({ kind: 'notice', text: ctx.t('stale-choice') });
      ctx.answered(promptId);
      if (kind === 'pick') {
        // Only someone the list could have shown: an enrolled person, or a coordinator to demote.
        const chosen = await db.person.findUnique({ where: { id: value }, include: personInclude });
        const eligible =
          chosen && (change === 'promote' ? chosen.teams.length > 0 && !isCoordinator(chosen) : isCoordinator(chosen));
        if (!chosen || !eligible) return ctx.reply({ kind: 'notice', text: ctx.t('stale-choice') });
        return ask(ctx, change, chosen);
      }
      if (value !== 'yes' || !personId) return ctx.say('role-cancelled');
      return apply(db, ctx, change, personId);
    },
  };
  return {
    commands: [command('promote', ['promouvoir', 'ترقية']), command('demote', ['retrograder', 'سحب'])],
    choices,
  };
}
