import { parse } from 'yaml';
import { z } from 'zod';
import type { Deadline } from '../../generated/prisma/client.ts';
import type { Db } from '../../persistence/prisma.ts';
import { findTeamBySlug, type RosterAudience } from '../admin/roster.ts';
import { audienceColumns } from './audience.ts';
import { deadlineData, dropWaitingReminders } from './deadlines.ts';
import { defaultOffsets, parseOffsetList } from './offsets.ts';
import { parseRole } from './parse.ts';
import { parseLocalDateTime } from '../../core/time.ts';

const bilingual = z.object({ fr: z.string().min(1), ar: z.string().min(1) });

const entrySchema = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  title: bilingual,
  due: z.union([z.string(), z.date()]),
  audience: z.string().default('everyone'),
  offsets: z.array(z.union([z.string(), z.number()]).transform(String)).optional(),
  description: bilingual.partial().optional(),
});

/** The entries: the file is a list, or an object holding one (e.g. `deadlines:`) and maybe `timezone`. */
function entriesOf(raw: unknown): unknown {
  if (raw && typeof raw === 'object' && !Array.isArray(raw)) return Object.values(raw).find(Array.isArray) ?? [];
  return raw;
}

export type CalendarEntry = z.infer<typeof entrySchema>;

export interface ImportResult {
  created: number;
  updated: number;
  unchanged: number;
  /** One line per refused entry: "<id>: <problem>". */
  errors: string[];
}

async function audienceOf(db: Db, text: string): Promise<RosterAudience | string> {
  const value = text.trim();
  if (value === 'everyone' || value === 'all') return { kind: 'everyone' };
  const team = /^team:(.+)$/.exec(value);
  if (team) {
    const found = await findTeamBySlug(db, team[1] ?? '');
    return found ? { kind: 'team', teamId: found.id } : `unknown team "${team[1]}"`;
  }
  const role = parseRole(value);
  return role ? { kind: 'role', role } : `unknown audience "${value}"`;
}

function sameAs(existing: Deadline, data: ReturnType<typeof deadlineData>): boolean {
  return (
    existing.titleFr === data.titleFr &&
    existing.titleAr === data.titleAr &&
    existing.dueAt.getTime() === (data.dueAt as Date).getTime() &&
    existing.audience === data.audience &&
    existing.audienceTeamId === data.audienceTeamId &&
    existing.audienceRole === data.audienceRole &&
    JSON.stringify(existing.offsets) === JSON.stringify(data.offsets)
  );
}

/**
 * Imports a calendar file. Each entry is keyed by `calendar:<id>` (sourceRef), so importing the
 * same file again changes nothing and an edited entry updates its deadline. A deadline a
 * coordinator cancelled stays cancelled.
 */
export async function importCalendar(
  db: Db,
  yamlText: string,
  options: { timeZone: string; actorId: string | null; now: Date },
): Promise<ImportResult> {
  const raw: unknown = parse(yamlText);
  const parsed = z.array(entrySchema).safeParse(entriesOf(raw));
  if (!parsed.success) throw new Error(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  const timeZone =
    (raw && typeof raw === 'object' && 'timezone' in raw && typeof raw.timezone === 'string'
      ? raw.timezone
      : undefined) ?? options.timeZone;
  const result: ImportResult = { created: 0, updated: 0, unchanged: 0, errors: [] };
  for (const entry of parsed.data) {
    const dueText = entry.due instanceof Date ? entry.due.toISOString().slice(0, 16).replace('T', ' ') : entry.due;
    const dueAt = parseLocalDateTime(dueText, timeZone);
    if (!dueAt) {
      result.errors.push(`${entry.id}: bad due date "${dueText}"`);
      continue;
    }
    const audience = await audienceOf(db, entry.audience);
    if (typeof audience === 'string') {
      result.errors.push(`${entry.id}: ${audience}`);
      continue;
    }
    const offsets = entry.offsets ? parseOffsetList(entry.offsets) : [...defaultOffsets];
    if (!offsets) {
      result.errors.push(`${entry.id}: bad offsets ${entry.offsets?.join(',')}`);
      continue;
    }
    const sourceRef = `calendar:${entry.id}`;
    const data = deadlineData(
      {
        titleFr: entry.title.fr,
        titleAr: entry.title.ar,
        dueAt,
        timezone: timeZone,
        audience,
        offsets,
        source: 'calendar',
        sourceRef,
        createdById: options.actorId,
      },
      options.now,
    );
    const existing = await db.deadline.findUnique({ where: { sourceRef } });
    if (!existing) {
      await db.deadline.create({ data });
      result.created++;
    } else if (sameAs(existing, data)) {
      result.unchanged++;
    } else {
      await db.deadline.update({
        where: { id: existing.id },
        data: {
          titleFr: data.titleFr,
          titleAr: data.titleAr,
          dueAt,
          offsets,
          ...audienceColumns(audience),
          updatedAt: options.now,
        },
      });
      if (existing.dueAt.getTime() !== dueAt.getTime() || JSON.stringify(existing.offsets) !== JSON.stringify(offsets))
        await dropWaitingReminders(db, existing.id, 'rescheduled');
      result.updated++;
    }
  }
  return result;
}
