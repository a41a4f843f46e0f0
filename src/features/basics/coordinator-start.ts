import type { Context } from '../../core/context.ts';

/**
 * What a coordinator does, by kind of work, each line with the command it starts from: a line is
 * shown only when that command is there (a feature left out of the app leaves its line out).
 */
const kinds = [
  { command: 'team', key: 'start-coordinator-teams' },
  { command: 'broadcast', key: 'start-coordinator-broadcast' },
  { command: 'progress', key: 'start-coordinator-progress' },
  { command: 'deadline', key: 'start-coordinator-deadlines' },
  { command: 'questions', key: 'start-coordinator-questions' },
] as const;

/** A coordinator's /start: what they can do here, in short; /help has every command and its options. */
export function sayCoordinatorStart(ctx: Context): void {
  const names = new Set(ctx.available.filter((c) => c.access === 'coordinator').map((c) => c.name));
  const lines = kinds.filter((k) => names.has(k.command)).map((k) => ctx.t(k.key));
  if (lines.length === 0) return;
  ctx.reply({
    kind: 'text',
    text: [ctx.t('start-coordinator-title'), ...lines, ctx.t('start-coordinator-footer')].join('\n'),
  });
}
