import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { markDone } from '../../../src/features/reminders/deadlines.ts';
import { createScheduler, reminderNotBefore } from '../../../src/features/reminders/scheduler.ts';
import { parseQuietHours } from '../../../src/core/time.ts';
import { captureLogger } from '../../helpers/logger.ts';
import { choice, plain, sender } from '../../helpers/messages.ts';
import { addPerson, createHarness, day, hour, minute, recordingAdapter, type Harness } from './harness.ts';

const tz = 'Africa/Tunis';
// 2025-07-01 17:00 in Tunis (UTC+1, no daylight saving) is 16:00 UTC.
const due = new Date('2025-07-01T16:00:00Z');
const at = (offsetMs: number) => new Date(due.getTime() - offsetMs);
/** The offset part of a reminder key: offset in minutes @ due time in minutes. */
const part = (offset: number, dueAt = due) => `${offset}@${dueAt.getTime() / 60_000}`;

describe('reminder scheduler on a fake clock', () => {
  let h: Harness;
  let p1: string;
  let p2: string;
  const { logger } = captureLogger();

  beforeEach(async () => {
    h = await createHarness({ start: '2025-06-20T08:00:00Z' });
    p1 = await addPerson(h.db, { externalId: '101', team: 'sfax' });
    p2 = await addPerson(h.db, { externalId: '102', team: 'sfax' });
  });
  afterEach(() => h.cleanup());

  const scheduler = (quiet: string | null = null) =>
    createScheduler({ db: h.db, now: h.clock.now, quietHours: quiet ? parseQuietHours(quiet, tz) : null, logger });
  const rows = (status?: string) =>
    h.db.outboxMessage.findMany({ where: status ? { status } : {}, orderBy: { key: 'asc' } });

  async function createDeadline(extra = '') {
    const reply = await h.say('boss', `/deadline 2025-07-01 17:00 Note de cadrage | مذكرة الإطار${extra}`);
    expect(reply).toContain('Échéance créée');
    return h.db.deadline.findFirstOrThrow({ orderBy: { createdAt: 'desc' } });
  }

  it('sends each offset once, at its time, only to those who have not marked the deadline done', async () => {
    const deadline = await createDeadline(' team=sfax');
    expect(deadline.dueAt.toISOString()).toBe(due.toISOString());
    const s = scheduler();
    expect((await s.tick()).pending).toBe(0);
    h.clock.set(at(7 * day + minute));
    expect((await s.tick()).pending).toBe(0);
    h.clock.set(at(7 * day));
    expect(await s.tick()).toEqual({ pending: 2, skipped: 0 });
    expect(await s.tick()).toEqual({ pending: 0, skipped: 0 });
    h.clock.set(at(3 * day));
    expect((await s.tick()).pending).toBe(2);
    await markDone(h.db, deadline, p1, h.clock.now());
    for (const offset of [day, 0, -day]) {
      h.clock.set(at(offset));
      expect((await s.tick()).pending).toBe(1);
    }
    const keys = (await rows()).map((r) => r.key);
    expect(keys).toHaveLength(7);
    expect(new Set(keys).size).toBe(7);
    expect(keys).toContain(`reminder:${deadline.id}:${p2}:${part(-1440)}`);
    expect(keys).not.toContain(`reminder:${deadline.id}:${p1}:${part(1440)}`);
    // Every reminder row is due at its own offset time (no quiet hours here).
    const first = (await rows()).find((r) => r.key === `reminder:${deadline.id}:${p1}:${part(10080)}`);
    expect(first?.notBefore.toISOString()).toBe(at(7 * day).toISOString());
  });

  it('never sends offsets that were already past when the deadline was created', async () => {
    h.clock.set('2025-06-29T10:00:00Z');
    const reply = await h.say('boss', '/deadline 2025-07-01 17:00 Rapport team=sfax');
    expect(reply).toContain('2 rappels tombent déjà dans le passé');
    const s = scheduler();
    expect((await s.tick()).pending + (await s.tick()).skipped).toBe(0);
    h.clock.set(at(day));
    expect(await s.tick()).toEqual({ pending: 2, skipped: 0 });
    expect((await rows()).every((r) => r.key.endsWith(`:${part(1440)}`))).toBe(true);
  });

  it('after a downtime sends only the latest reminder still relevant, once, and records the others as skipped', async () => {
    const deadline = await createDeadline(' team=sfax');
    h.clock.set(new Date(at(day).getTime() + 2 * hour)); // the 7d, 3d and 1d times passed while down
    expect(await scheduler().tick()).toEqual({ pending: 2, skipped: 4 });
    // A restart (a new scheduler) adds nothing.
    expect(await scheduler().tick()).toEqual({ pending: 0, skipped: 0 });
    const pending = await rows('pending');
    expect(pending.map((r) => r.key).sort()).toEqual(
      [`reminder:${deadline.id}:${p1}:${part(1440)}`, `reminder:${deadline.id}:${p2}:${part(1440)}`].sort(),
    );
    const skipped = await rows('skipped');
    expect(skipped.map((r) => r.lastError)).toEqual(Array(4).fill('superseded'));

    // Down again past the late reminder's time by more than a day: it is stale, nothing is sent.
    h.clock.set(new Date(due.getTime() + 2 * day + hour));
    expect(await scheduler().tick()).toEqual({ pending: 0, skipped: 4 });
    expect((await rows('skipped')).filter((r) => r.lastError === 'stale')).toHaveLength(2);
  });

  it('reminds again on the new schedule when a deadline is postponed, dropping what was waiting', async () => {
    const deadline = await createDeadline(' team=sfax');
    const s = scheduler();
    h.clock.set(at(7 * day));
    expect((await s.tick()).pending).toBe(2);
    const later = new Date(due.getTime() + 7 * day);
    h.clock.advance(hour);
    expect(await h.say('boss', `/deadline edit ${deadline.id.slice(-6)} 2025-07-08 17:00`)).toContain(
      '08/07/2025 17:00',
    );
    expect((await rows('skipped')).map((r) => r.lastError)).toEqual(['rescheduled', 'rescheduled']);
    h.clock.set(new Date(later.getTime() - 7 * day));
    expect((await s.tick()).pending).toBe(2);
    expect((await rows('pending')).map((r) => r.key.split(':').at(-1))).toEqual([
      part(10080, later),
      part(10080, later),
    ]);
  });

  it('delays reminders to the end of quiet hours, unless waiting would pass the due time', async () => {
    const quiet = parseQuietHours('21:00-08:00', tz);
    // 22:30 in Tunis is quiet: a reminder due days later waits for 08:00 (07:00 UTC).
    const evening = new Date('2025-06-24T21:30:00Z');
    expect(reminderNotBefore(evening, due, quiet).toISOString()).toBe('2025-06-25T07:00:00.000Z');
    // Just after midnight, still quiet: the same morning.
    expect(reminderNotBefore(new Date('2025-06-24T23:30:00Z'), due, quiet).toISOString()).toBe(
      '2025-06-25T07:00:00.000Z',
    );
    // Daytime: at once.
    expect(reminderNotBefore(new Date('2025-06-24T10:00:00Z'), due, quiet).toISOString()).toBe(
      '2025-06-24T10:00:00.000Z',
    );
    // Due at 23:00 Tunis: the 1-hour reminder at 22:00 is urgent and goes now.
    const lateDue = new Date('2025-06-24T22:00:00Z');
    expect(reminderNotBefore(new Date('2025-06-24T21:00:00Z'), lateDue, quiet).toISOString()).toBe(
      '2025-06-24T21:00:00.000Z',
    );

    h.clock.set('2025-06-20T10:00:00Z');
    await h.say('boss', '/deadline 2025-06-24 23:00 Urgent team=sfax offsets=3d,1h');
    h.clock.set('2025-06-21T22:00:00Z'); // 23:00 Tunis, three days before: quiet, not urgent
    await scheduler('21:00-08:00').tick();
    expect((await rows('pending')).map((r) => r.notBefore.toISOString())).toEqual(
      Array(2).fill('2025-06-22T07:00:00.000Z'),
    );
    h.clock.set('2025-06-24T21:00:00Z'); // 22:00 Tunis, one hour before: urgent
    await scheduler('21:00-08:00').tick();
    const urgent = (await rows('pending')).filter((r) => r.key.includes(':60@'));
    expect(urgent.map((r) => r.notBefore.toISOString())).toEqual(Array(2).fill('2025-06-24T21:00:00.000Z'));
  });

  it('skips offsets that come while a person snoozed, and queues the snooze reminder a day later', async () => {
    const deadline = await createDeadline(' team=sfax');
    const s = scheduler();
    h.clock.set(at(3 * day));
    await s.tick();
    const { snooze } = await import('../../../src/features/reminders/deadlines.ts');
    await snooze(h.db, deadline, p1, h.clock.now(), null);
    expect((await rows()).find((r) => r.key === `reminder:${deadline.id}:${p1}:${part(4320)}`)?.status).toBe('skipped');
    const snoozeRow = (await rows()).find((r) => r.key.includes(`${p1}:snooze-`));
    expect(snoozeRow?.notBefore.toISOString()).toBe(at(2 * day).toISOString());
    h.clock.set(at(2 * day + hour)); // no offset here; still snoozed until 2 days before
    expect((await s.tick()).pending).toBe(0);
    h.clock.set(at(day));
    expect(await s.tick()).toEqual({ pending: 2, skipped: 0 });
  });

  it('does not follow a snooze reminder with an offset reminder a few hours later, nor at once after a downtime', async () => {
    const deadline = await createDeadline(' team=sfax offsets=3h,0,-1d');
    const channel = recordingAdapter('telegram');
    h.outbox.start([channel], { cron: false });
    const sentTo = (id: string) => channel.sent.filter((m) => m.to.externalId === id).length;
    h.clock.set(at(3 * hour));
    await h.outbox.tick();
    expect([sentTo('101'), sentTo('102')]).toEqual([1, 1]);
    // 101 asks to be reminded tomorrow: at 3 hours before, so the snooze reminder comes 21 hours after the due time.
    await h.handle(choice(sender({ channel: 'telegram', externalId: '101' }), `rem:${deadline.id}`, ['snooze']));
    h.clock.set(at(0));
    await h.outbox.tick();
    expect([sentTo('101'), sentTo('102')]).toEqual([1, 2]);
    // The bot was down from before the snooze reminder until after the one-day-late reminder.
    h.clock.set(at(-day - 5 * minute));
    await h.outbox.tick();
    expect([sentTo('101'), sentTo('102')]).toEqual([2, 3]);
    const late = channel.sent.filter((m) => m.to.externalId === '101').at(-1);
    expect(plain(late?.messages ?? [])).toContain('En retard');
    expect(await rows('skipped')).toContainEqual(
      expect.objectContaining({ key: `reminder:${deadline.id}:${p1}:${part(-1440)}`, lastError: 'snoozed' }),
    );
  });

  it('sends the snooze reminder, then no offset reminder within half a day after it', async () => {
    const deadline = await createDeadline(' team=sfax offsets=3h,-1d');
    const channel = recordingAdapter('telegram');
    h.outbox.start([channel], { cron: false });
    const sentTo = (id: string) => channel.sent.filter((m) => m.to.externalId === id).length;
    h.clock.set(at(3 * hour));
    await h.outbox.tick();
    await h.handle(choice(sender({ channel: 'telegram', externalId: '101' }), `rem:${deadline.id}`, ['snooze']));
    h.clock.set(at(-21 * hour)); // the snooze reminder
    await h.outbox.tick();
    expect([sentTo('101'), sentTo('102')]).toEqual([2, 1]);
    h.clock.set(at(-day)); // the one-day-late reminder, 3 hours later: 102 only
    await h.outbox.tick();
    expect([sentTo('101'), sentTo('102')]).toEqual([2, 2]);
  });
});
