import type { ChannelName } from '../../core/messages.ts';
import type { QuietHours } from '../../core/time.ts';
import type { Db } from '../../persistence/prisma.ts';

export interface BroadcastDeps {
  db: Db;
  now: () => Date;
  timeZone: string;
  quietHours: QuietHours | null;
  /** Wakes the dispatcher so a confirmed broadcast leaves now, not at the next cron tick. */
  kick: () => void;
  /**
   * The channels some running instance sends on now, when several share the database; null (or
   * absent) when this one alone sends. /broadcasts shows messages waiting for another channel apart.
   */
  connected?: () => Promise<ReadonlySet<ChannelName> | null>;
}
