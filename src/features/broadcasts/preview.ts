import type { Context } from '../../core/context.ts';
import { afterQuietHours, formatLocalDateTime, isQuiet, type QuietHours } from '../../core/time.ts';
import type { ChoicesReply } from './cohorts.ts';
import { someNames } from './names.ts';

export interface PreviewInput {
  promptId: string;
  textFr: string | null;
  textAr: string | null;
  /** The cohort's name when the audience is a cohort. */
  cohort: string | null;
  /** The team as /broadcasts names it (« Sfax (sfax) ») when the audience is one team. */
  team: string | null;
  /** Any other audience as /broadcasts names it: « tout le monde », « retardataires de « Note de cadrage » ». */
  audience: string;
  /** « Tout le monde »: how many of the recipients are the other coordinators (the rest are participants). */
  everyone: { coordinators: number } | null;
  /** The sender was in the audience and does not get it (« Tout le monde », « Les coordinateurs »). */
  notSender: boolean;
  total: number;
  reachable: number;
  /** The names of the recipients the bot cannot write to (never wrote to it, or blocked it). */
  unreachable: readonly string[];
  now: Date;
  quietHours: QuietHours | null;
  timeZone: string;
}

/** The message in both languages, who gets it, and the buttons: send (urgent in quiet hours), cancel. */
export function previewList(ctx: Context, input: PreviewInput): ChoicesReply {
  const { total, reachable, promptId } = input;
  const lines = [ctx.t('broadcast-preview-title')];
  // Both versions, the coordinator's own first (as it was asked first).
  const versions = [input.textFr && `🇫🇷 ${input.textFr}`, input.textAr && `🇹🇳 ${input.textAr}`];
  for (const version of ctx.locale === 'ar' ? versions.reverse() : versions) if (version) lines.push('', version);
  lines.push(
    '',
    input.everyone !== null
      ? ctx.t('broadcast-preview-everyone', {
          total,
          participants: total - input.everyone.coordinators,
          coordinators: input.everyone.coordinators,
          reachable,
        })
      : input.cohort !== null
        ? ctx.t('broadcast-preview-cohort', { name: input.cohort, total, reachable })
        : input.team !== null
          ? ctx.t('broadcast-preview-team', { team: input.team, total, reachable })
          : ctx.t('broadcast-preview-count', { audience: input.audience, total, reachable }),
  );
  if (total > 0 && input.notSender) lines.push(ctx.t('broadcast-preview-not-you'));
  // Those who will not get it, by name: the coordinator can ask them to write to the bot first.
  if (total > 0 && input.unreachable.length > 0)
    lines.push(
      ctx.t('broadcast-preview-unreachable', {
        count: input.unreachable.length,
        names: someNames(ctx, input.unreachable),
      }),
    );
  if (total === 0) {
    // Nothing to confirm: a broadcast to nobody would only show as "sent 0" in /broadcasts.
    lines.push(ctx.t('broadcast-preview-nobody'));
    const choices = [{ value: 'cancel', label: ctx.t('broadcast-cancel') }];
    return { kind: 'choices', text: lines.join('\n'), promptId, choices, idempotent: true };
  }
  const quiet = isQuiet(input.now, input.quietHours);
  if (quiet)
    lines.push(
      ctx.t('broadcast-preview-quiet', {
        when: formatLocalDateTime(afterQuietHours(input.now, input.quietHours), input.timeZone),
      }),
    );
  const choices = [{ value: 'send', label: ctx.t('broadcast-confirm') }];
  if (quiet) choices.push({ value: 'urgent', label: ctx.t('broadcast-confirm-urgent') });
  choices.push({ value: 'cancel', label: ctx.t('broadcast-cancel') });
  // A second tap on « Envoyer » sends nothing more and is told when the broadcast was sent.
  return { kind: 'choices', text: lines.join('\n'), promptId, choices, idempotent: true };
}
