import type { Sender } from '../channels/types.ts';
import type { Db } from '../persistence/prisma.ts';

export const roles = ['participant', 'coordinator'] as const;
export type Role = (typeof roles)[number];

export interface TeamRef {
  id: string;
  slug: string;
  name: string;
  commune: string;
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
    teams: row.teams.map(({ team }) => ({ id: team.id, slug: team.slug, name: team.name, commune: team.commune })),
  };
}

export interface IdentityService {
  /** Finds the person behind a sender, creating them on first contact. */
  resolve(sender: Sender): Promise<Person>;
  setLocale(personId: string, locale: string): Promise<void>;
}

export function createIdentityService(db: Db): IdentityService {
  return {
    async resolve(sender) {
      const key = { channel: sender.channel, externalId: sender.externalId };
      const languageCode = sender.languageCode ?? null;
      const existing = await db.identity.findUnique({
        where: { channel_externalId: key },
        include: { person: { include: personInclude } },
      });
      if (existing) {
        const now = new Date();
        const languageChanged = Boolean(languageCode) && existing.languageCode !== languageCode;
        // lastSeenAt tells who has written to the bot (bulk sends go only to them); a write per
        // minute at most keeps the hot path light.
        const stale = !existing.lastSeenAt || now.getTime() - existing.lastSeenAt.getTime() > 60_000;
        if (languageChanged || stale || existing.unreachableAt) {
          await db.identity.update({
            where: { id: existing.id },
            data: { lastSeenAt: now, unreachableAt: null, ...(languageChanged ? { languageCode } : {}) },
          });
        }
        return toPerson(existing.person, languageCode ?? existing.languageCode);
      }
      // Upsert: two first messages of the same new person racing must not create two people.
      const created = await db.identity.upsert({
        where: { channel_externalId: key },
        update: {},
        create: { ...key, languageCode, lastSeenAt: new Date(), person: { create: { displayName: sender.displayName } } },
        include: { person: { include: personInclude } },
      });
      return toPerson(created.person, created.languageCode);
    },
    async setLocale(personId, locale) {
      await db.person.update({ where: { id: personId }, data: { locale } });
    },
  };
}
