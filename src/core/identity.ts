import type { Address, Sender } from './messages.ts';
import type { Db } from '../persistence/prisma.ts';
import { placeholderName } from './person-name.ts';

export const roles = ['participant', 'coordinator'] as const;
export type Role = (typeof roles)[number];

export interface TeamRef {
  id: string;
  slug: string;
  name: string;
  /** The team's own Arabic name; null when named after its commune or until given (see teamName). */
  nameAr: string | null;
  commune: string;
  /** The commune's Arabic name; null until a coordinator gives it (see communeName). */
  communeAr: string | null;
}

/** Who wrote: the person behind a channel identity, with what the router needs to decide. */
export interface Person {
  id: string;
  displayName: string;
  /** Language the person chose with /lang; null until they choose. */
  locale: string | null;
  /** Language code the platform reported for this identity. */
  languageCode: string | null;
  roles: Role[];
  teams: TeamRef[];
}

const personInclude = {
  roles: true,
  teams: { include: { team: true } },
} as const;

type PersonRow = {
  id: string;
  displayName: string;
  locale: string | null;
  roles: { role: string }[];
  teams: { team: TeamRef }[];
};

function toPerson(row: PersonRow, languageCode: string | null): Person {
  return {
    id: row.id,
    displayName: row.displayName,
    locale: row.locale,
    languageCode,
    roles: row.roles.map((r) => r.role).filter((r): r is Role => (roles as readonly string[]).includes(r)),
    teams: row.teams.map(({ team }) => ({
      id: team.id,
      slug: team.slug,
      name: team.name,
      nameAr: team.nameAr,
      commune: team.commune,
      communeAr: team.communeAr,
    })),
  };
}

/** A chat's stored conversation state as read from the database, not yet decoded. */
export interface StoredChatState {
  version: number;
  data: string;
}

export interface IdentityService {
  /**
   * Finds the person behind a sender, creating them on first contact, with the stored state of
   * their chat (private chats are keyed by the same address): one statement per message.
   */
  resolve(sender: Sender): Promise<{ person: Person; chatState: StoredChatState | null }>;
  /** The person behind a sender who wrote before, with their chat's state; null for someone new. Writes nothing. */
  find(sender: Sender): Promise<{ person: Person; chatState: StoredChatState | null } | null>;
  setLocale(personId: string, locale: string): Promise<void>;
  /** The platform says this address cannot be reached (bot blocked): bulk sends leave it out until it writes again. */
  markUnreachable(address: Address): Promise<void>;
}

interface IdentityRow {
  identityId: string;
  languageCode: string | null;
  lastSeenAt: Date | string | null;
  unreachableAt: Date | string | null;
  personId: string;
  displayName: string;
  locale: string | null;
  role: string | null;
  teamId: string | null;
  slug: string | null;
  teamName: string | null;
  teamNameAr: string | null;
  commune: string | null;
  communeAr: string | null;
  stateVersion: number | bigint | null;
  stateData: string | null;
}

/**
 * Identity, person, roles, teams and chat state in one portable statement (the model API would
 * take five): this runs for every message.
 */
async function findIdentity(db: Db, channel: string, externalId: string) {
  const rows = await db.$queryRaw<IdentityRow[]>`
    SELECT i."id" AS "identityId", i."languageCode", i."lastSeenAt", i."unreachableAt",
           p."id" AS "personId", p."displayName", p."locale", r."role",
           t."id" AS "teamId", t."slug", t."name" AS "teamName", t."nameAr" AS "teamNameAr", t."commune", t."communeAr",
           s."version" AS "stateVersion", s."data" AS "stateData"
    FROM "Identity" i
    JOIN "Person" p ON p."id" = i."personId"
    LEFT JOIN "PersonRole" r ON r."personId" = p."id"
    LEFT JOIN "TeamMember" m ON m."personId" = p."id"
    LEFT JOIN "Team" t ON t."id" = m."teamId"
    LEFT JOIN "ConversationState" s ON s."channel" = i."channel" AND s."chatId" = i."externalId"
    WHERE i."channel" = ${channel} AND i."externalId" = ${externalId}
    ORDER BY m."joinedAt", t."slug"`;
  const first = rows[0];
  if (!first) return null;
  const teams = new Map<string, TeamRef>();
  for (const r of rows) {
    if (r.teamId && r.slug && r.teamName && r.commune)
      teams.set(r.teamId, {
        id: r.teamId,
        slug: r.slug,
        name: r.teamName,
        nameAr: r.teamNameAr,
        commune: r.commune,
        communeAr: r.communeAr,
      });
  }
  const roleNames = [...new Set(rows.map((r) => r.role).filter((r): r is string => r !== null))];
  const person = toPerson(
    {
      id: first.personId,
      displayName: first.displayName,
      locale: first.locale,
      roles: roleNames.map((role) => ({ role })),
      teams: [...teams.values()].map((team) => ({ team })),
    },
    first.languageCode,
  );
  const date = (v: Date | string | null) => (v === null ? null : new Date(v));
  const chatState =
    first.stateData === null || first.stateVersion === null
      ? null
      : { version: Number(first.stateVersion), data: first.stateData };
  return {
    id: first.identityId,
    person,
    chatState,
    languageCode: first.languageCode,
    lastSeenAt: date(first.lastSeenAt),
    unreachableAt: date(first.unreachableAt),
  };
}

export function createIdentityService(db: Db): IdentityService {
  return {
    async find(sender) {
      const found = await findIdentity(db, sender.channel, sender.externalId);
      return found && { person: found.person, chatState: found.chatState };
    },
    async resolve(sender) {
      const key = { channel: sender.channel, externalId: sender.externalId };
      const languageCode = sender.languageCode ?? null;
      const existing = await findIdentity(db, sender.channel, sender.externalId);
      if (existing) {
        const now = new Date();
        const languageChanged = Boolean(languageCode) && existing.languageCode !== languageCode;
        // lastSeenAt tells who has written to the bot (bulk sends go only to them); a write per
        // minute at most keeps the per-message work light.
        const stale = !existing.lastSeenAt || now.getTime() - existing.lastSeenAt.getTime() > 60_000;
        if (languageChanged || stale || existing.unreachableAt) {
          await db.identity.update({
            where: { id: existing.id },
            data: { lastSeenAt: now, unreachableAt: null, ...(languageChanged ? { languageCode } : {}) },
          });
        }
        // Someone added by address (COORDINATORS, /promote) is named by it until they write: their
        // first message brings the name they use on the platform.
        const placeholder = placeholderName(sender);
        const named =
          existing.person.displayName === placeholder &&
          sender.displayName.trim() !== '' &&
          sender.displayName !== placeholder;
        if (named)
          await db.person.update({ where: { id: existing.person.id }, data: { displayName: sender.displayName } });
        return {
          person: {
            ...existing.person,
            ...(named ? { displayName: sender.displayName } : {}),
            languageCode: languageCode ?? existing.languageCode,
          },
          chatState: existing.chatState,
        };
      }
      // Upsert: two first messages of the same new person racing must not create two people.
      const created = await db.identity.upsert({
        where: { channel_externalId: key },
        update: {},
        create: {
          ...key,
          // Someone new who writes in Arabic on WhatsApp (no language reported) is answered in Arabic.
          languageCode: languageCode ?? sender.writtenIn ?? null,
          lastSeenAt: new Date(),
          person: { create: { displayName: sender.displayName } },
        },
        include: { person: { include: personInclude } },
      });
      return { person: toPerson(created.person, created.languageCode), chatState: null };
    },
    async setLocale(personId, locale) {
      await db.person.update({ where: { id: personId }, data: { locale } });
    },
    async markUnreachable(address) {
      await db.identity.updateMany({ where: { ...address, unreachableAt: null }, data: { unreachableAt: new Date() } });
    },
  };
}
