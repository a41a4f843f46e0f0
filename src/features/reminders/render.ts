import type { OutboundMessage } from '../../core/messages.ts';
import type { I18n, Locale } from '../../core/i18n.ts';
import type { Broadcast, Deadline } from '../../generated/prisma/client.ts';
import { formatHumanDate } from '../../core/time.ts';
import { shorten } from '../../core/text.ts';

const hourMs = 3_600_000;
const dayMs = 24 * hourMs;

/** Prompt of a reminder's buttons: ASCII, ≤ 40 bytes, no "|": "rem:" + a 25-char cuid. */
export const reminderPrefix = 'rem:';
export const reminderPromptId = (deadlineId: string) => `${reminderPrefix}${deadlineId}`;

export function deadlineTitle(d: Pick<Deadline, 'titleFr' | 'titleAr'>, locale: Locale): string {
  return (locale === 'ar' ? d.titleAr || d.titleFr : d.titleFr || d.titleAr).trim();
}

/** A plan action's deadline is titled with the whole action: on a phone, a line of a list says its start. */
const maxListTitle = 70;
export const shortTitle = (text: string) => shorten(text, maxListTitle);

/** "in 3 days" / "in 5 hours" / "in less than an hour", from the real time left. */
function timeLeft(i18n: I18n, locale: Locale, ms: number): string {
  if (ms >= dayMs) return i18n.t(locale, 'reminder-left-days', { n: Math.round(ms / dayMs) });
  if (ms >= hourMs) return i18n.t(locale, 'reminder-left-hours', { n: Math.round(ms / hourMs) });
  return i18n.t(locale, 'reminder-left-soon');
}

/**
 * The wording depends on the time of sending, not of scheduling, so a reminder delayed by quiet
 * hours or a downtime still tells the truth.
 */
export function renderReminder(i18n: I18n, locale: Locale, d: Deadline, now: Date): OutboundMessage[] {
  const title = deadlineTitle(d, locale);
  const when = formatHumanDate(d.dueAt, d.timezone, locale);
  const left = d.dueAt.getTime() - now.getTime();
  const text =
    left > 0
      ? i18n.t(locale, 'reminder-upcoming', { title, when, left: timeLeft(i18n, locale, left) })
      : -left < hourMs
        ? i18n.t(locale, 'reminder-due', { title, when })
        : i18n.t(locale, 'reminder-late', { title, when });
  return [
    {
      kind: 'choices',
      text,
      promptId: reminderPromptId(d.id),
      choices: [
        // Words rather than numbers: a "1" typed for an open question must not mark this done.
        { value: 'done', label: i18n.t(locale, 'reminder-mark-done'), key: i18n.t(locale, 'reminder-key-done') },
        { value: 'snooze', label: i18n.t(locale, 'reminder-snooze'), key: i18n.t(locale, 'reminder-key-snooze') },
      ],
    },
  ];
}

/** A broadcast in the person's language, or in the other one when only that was written. */
export function renderBroadcast(
  i18n: I18n,
  locale: Locale,
  b: Pick<Broadcast, 'textFr' | 'textAr'>,
): OutboundMessage[] {
  const body = (locale === 'ar' ? b.textAr || b.textFr : b.textFr || b.textAr) ?? '';
  return [{ kind: 'text', text: `${i18n.t(locale, 'broadcast-header')}\n\n${body}` }];
}
