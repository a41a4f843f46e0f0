import type { ChannelName } from '../core/messages.ts';
import type { Logger } from '../logger.ts';

export interface OverdueWatchDeps {
  logger: Logger;
  now: () => Date;
  /** How long past its due time a row left to other instances may wait before it is warned about. */
  waitWarnMs: number;
  workerId: string;
}

/**
 * Rows this instance leaves to others (their recipient is reachable only on a channel it does not
 * send) wait silently when no running instance sends that channel. This says so in the log, once
 * per channel while it lasts: a run that sees every due row and none overdue for a channel ends
 * the episode, and a later wait is warned again. The rows themselves stay pending.
 */
export function createOverdueWatch(deps: OverdueWatchDeps) {
  const { logger, waitWarnMs } = deps;
  /** Rows of this run left to others and overdue, by the channel they wait for. */
  const overdue = new Map<ChannelName, { rows: number; dueSince: Date }>();
  const warned = new Set<ChannelName>();

  return {
    startRun: () => overdue.clear(),
    /** A row left to others, for `channel`. */
    note(notBefore: Date, channel: ChannelName) {
      if (deps.now().getTime() - notBefore.getTime() < waitWarnMs) return;
      const seen = overdue.get(channel);
      if (!seen) overdue.set(channel, { rows: 1, dueSince: notBefore });
      else {
        seen.rows++;
        if (notBefore < seen.dueSince) seen.dueSince = notBefore;
      }
    },
    /** Warns about channels newly overdue (after each batch, so a long run does not hold it back). */
    warn() {
      for (const [channel, { rows, dueSince }] of overdue) {
        if (warned.has(channel)) continue;
        warned.add(channel);
        logger.warn(
          { channel, rows, dueSince: dueSince.toISOString(), waitWarnMs, workerId: deps.workerId },
          'outbox: messages for a channel this instance does not send have waited too long; is an instance with this channel running?',
        );
      }
    },
    /** `complete`: the run looked at every due row, so a channel not seen overdue is no longer. */
    endRun(complete: boolean) {
      if (complete) for (const channel of warned) if (!overdue.has(channel)) warned.delete(channel);
    },
  };
}
