import type { Context } from '../../core/context.ts';
import { listSeparator } from '../../core/i18n.ts';
import { personName } from '../../core/person-name.ts';
import { chunks } from '../../persistence/chunks.ts';
import type { Db } from '../../persistence/prisma.ts';

/** How many names a line of a preview or of /broadcasts gives before « et 3 autres ». */
const shownNames = 5;

/** « Alice, Rania, Tarek » — past five, « … et 3 autres »: names to call, on a phone's line or two. */
export function someNames(ctx: Context, displayNames: readonly string[]): string {
  const names = displayNames.slice(0, shownNames).map((name) => personName(name, ctx));
  const shown = names.join(listSeparator(ctx.locale));
  const more = displayNames.length - names.length;
  return more > 0 ? ctx.t('broadcast-names-more', { names: shown, more }) : shown;
}

/** The names of the recipients whose message failed, by broadcast id (sorted): one read of the outbox for the whole list. */
export async function failedNames(db: Db, ids: readonly string[]): Promise<Map<string, string[]>> {
  const rows = [];
  for (const slice of chunks([...ids]))
    rows.push(
      ...(await db.outboxMessage.findMany({
        where: { broadcastId: { in: slice }, status: 'failed' },
        select: { broadcastId: true, personId: true },
      })),
    );
  const people = new Map<string, string>();
  for (const slice of chunks([...new Set(rows.map((r) => r.personId))]))
    for (const p of await db.person.findMany({ where: { id: { in: slice } }, select: { id: true, displayName: true } }))
      people.set(p.id, p.displayName);
  const names = new Map<string, string[]>();
  for (const row of rows) {
    // Someone deleted since has no name to give: the count still says their message failed.
    const name = people.get(row.personId);
    if (name === undefined) continue;
    names.set(row.broadcastId ?? '', [...(names.get(row.broadcastId ?? '') ?? []), name]);
  }
  for (const list of names.values()) list.sort((a, b) => a.localeCompare(b));
  return names;
}
