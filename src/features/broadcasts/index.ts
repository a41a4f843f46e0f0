import type { Context } from '../../core/context.ts';
import { channelNames } from '../../core/messages.ts';
import type { Command, Feature } from '../../core/router.ts';
import { formatLocalDateTime } from '../../core/time.ts';
import type { BroadcastDeps } from './deps.ts';
import { createBroadcastFlow, type BroadcastFlow } from './flow.ts';
import { isWriting, startFlow } from './flow-state.ts';
import { audienceLabel, audienceNames } from './audience-label.ts';
import { excerpt, versionIn } from './excerpt.ts';
import { failedNames, someNames } from './names.ts';
import { broadcastAudience, broadcastsStats, noStats, type BroadcastStats } from './repository.ts';

export type { BroadcastDeps } from './deps.ts';

const figureOrder = ['sent', 'pending', 'waiting', 'failed', 'skipped', 'unknown'] as const;

const isWaiting = (stats: BroadcastStats) => channelNames.some((c) => (stats.waiting[c] ?? 0) > 0);

/**
 * A broadcast's non-zero delivery figures, short: « 3 envoyés, 1 en attente »; messages waiting for
 * a channel no instance sends on, by channel: « 2 en attente : canal WhatsApp non connecté »;
 * « aucun destinataire » when none.
 */
export function figures(ctx: Context, stats: BroadcastStats, failed: readonly string[] = []): string {
  const shown = figureOrder.flatMap((k) =>
    k === 'waiting'
      ? channelNames
          .filter((channel) => (stats.waiting[channel] ?? 0) > 0)
          .map((channel) => ctx.t('broadcasts-waiting', { count: stats.waiting[channel] ?? 0, channel }))
      : stats[k] > 0
        ? [figure(ctx, k, stats[k], k === 'failed' ? failed : [])]
        : [],
  );
  return shown.length > 0 ? shown.join(ctx.t('broadcasts-separator')) : ctx.t('broadcasts-nobody');
}

/** « 2 échecs (Sami, Tarek) »: the failures by name, so the coordinator knows whom to reach otherwise. */
function figure(ctx: Context, key: string, count: number, names: readonly string[]): string {
  const text = ctx.t(`broadcasts-${key}`, { count });
  return names.length > 0 ? ctx.t('broadcasts-with-names', { figure: text, names: someNames(ctx, names) }) : text;
}

/** Coordinators' announcements: a short guided flow, a preview, then one message per recipient. */
export function createBroadcastsFeature(deps: BroadcastDeps): Feature & Pick<BroadcastFlow, 'strayNumber'> {
  const flow = createBroadcastFlow(deps);

  const broadcast: Command = {
    name: 'broadcast',
    aliases: ['diffuser', 'بث'],
    access: 'coordinator',
    help: 'cmd-broadcast',
    run: async (ctx) => startFlow(ctx),
  };

  const broadcasts: Command = {
    name: 'broadcasts',
    aliases: ['diffusions', 'رسائل'],
    access: 'coordinator',
    help: 'cmd-broadcasts',
    run: async (ctx) => {
      await list(ctx);
      // The router shows open work again after other features' commands; this one is of this feature.
      // A draft waiting for its « Envoyer » is shown again under the list.
      if (!(await flow.current(ctx))) await flow.pending(ctx);
    },
  };

  /**
   * The last broadcasts sent, and among them this coordinator's drafts replaced before their
   * « Envoyer » (never sent, kept so their text is not lost from view), newest first.
   */
  async function latest(ctx: Context) {
    const [confirmed, replaced] = await Promise.all([
      deps.db.broadcast.findMany({ where: { status: 'confirmed' }, orderBy: { confirmedAt: 'desc' }, take: 10 }),
      deps.db.broadcast.findMany({
        where: { status: 'replaced', createdById: ctx.person.id },
        orderBy: { createdAt: 'desc' },
        take: 10,
      }),
    ]);
    const when = (row: { confirmedAt: Date | null; createdAt: Date }) => (row.confirmedAt ?? row.createdAt).getTime();
    return [...confirmed, ...replaced].sort((a, b) => when(b) - when(a)).slice(0, 10);
  }

  async function list(ctx: Context) {
    const rows = await latest(ctx);
    if (rows.length === 0) return ctx.say('broadcasts-empty');
    const names = await audienceNames(deps.db, rows.map(broadcastAudience));
    const stats = await broadcastsStats(
      deps.db,
      rows.map((r) => r.id),
      await deps.connected?.(),
    );
    const withFailures = rows.filter((r) => (stats.get(r.id)?.failed ?? 0) > 0).map((r) => r.id);
    const failed = withFailures.length > 0 ? await failedNames(deps.db, withFailures) : new Map<string, string[]>();
    const lines = [ctx.t('broadcasts-title')];
    for (const row of rows) {
      lines.push(
        ctx.t('broadcasts-line', {
          when: formatLocalDateTime(row.confirmedAt ?? row.createdAt, deps.timeZone),
          audience: audienceLabel(ctx, names, broadcastAudience(row)),
          text: excerpt(versionIn(row, ctx.locale)),
          figures:
            row.status === 'replaced'
              ? ctx.t('broadcasts-replaced')
              : figures(ctx, stats.get(row.id) ?? noStats(), failed.get(row.id)),
        }),
      );
    }
    // A message whose send was cut by a stop is said once under the list, not on every line.
    // What a failure means, said once under the list: nobody will send it again.
    if (withFailures.length > 0) lines.push(ctx.t('broadcasts-failed-note'));
    if (rows.some((r) => (stats.get(r.id)?.unknown ?? 0) > 0)) lines.push(ctx.t('broadcasts-unknown-note'));
    if (rows.some((r) => isWaiting(stats.get(r.id) ?? noStats()))) lines.push(ctx.t('broadcasts-waiting-note'));
    ctx.reply({ kind: 'text', text: lines.join('\n') });
  }

  return {
    name: 'broadcasts',
    commands: [broadcast, broadcasts],
    interceptors: [flow.interceptor],
    choices: [flow.choices],
    // After a side command (/deadline list…), the step being written is asked again, so the next
    // plain text is not taken for the message unawares.
    busy: isWriting,
    current: (ctx) => flow.current(ctx),
    strayNumber: (ctx) => flow.strayNumber(ctx),
  };
}
