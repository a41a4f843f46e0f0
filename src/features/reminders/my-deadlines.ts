import type { Context } from '../../core/context.ts';
import type { ChoiceHandler, Command } from '../../core/router.ts';
import { concerns, deadlinesFor } from './audience.ts';
import type { RemindersDeps } from './deadline-commands.ts';
import { markDone, markUndone, snooze } from './deadlines.ts';
import { deadlineTitle, reminderPrefix, shortTitle } from './render.ts';
import { formatHumanDate, formatLocalDateTime } from '../../core/time.ts';
import { toAsciiDigits } from '../../core/text.ts';
import { actionIdOf, planActionNumbers } from '../questionnaires/repository.ts';
import { leadingMeaning, undoWords, wordReader } from '../../core/command-words.ts';

/** The list's "mark one done" prompt; reminders use `rem:<deadlineId>`. */
const pickPromptId = `${reminderPrefix}pick`;
const maxChoices = 10;

/**
 * The deadlines of the list last shown in the chat, in its order, and when it was shown: « /deadlines 2 »
 * means the one shown under 2, even once another of the list is done and the list, shown again, would
 * number them otherwise. A list older than a day is not trusted: it is shown again instead.
 */
interface ShownList {
  ids: string[];
  at: number;
}
const shownKey = 'deadlinesShown';
const shownFor = 86_400_000;
function shownList(ctx: Context, now: Date): ShownList | undefined {
  const shown = ctx.state[shownKey] as ShownList | undefined;
  return shown && Array.isArray(shown.ids) && now.getTime() - shown.at < shownFor ? shown : undefined;
}
/** The deadline last ticked in the chat (from the list or a reminder): « /deadlines undo » alone takes it back. */
const tickedKey = 'deadlineTicked';
const verbOf = wordReader({ undo: undoWords });

export function createMyDeadlines(deps: RemindersDeps): { command: Command; choices: ChoiceHandler } {
  const { db } = deps;

  const command: Command = {
    name: 'deadlines',
    aliases: ['echeances', 'آجال'],
    access: 'member',
    help: 'cmd-deadlines',
    run: async (ctx, args) => {
      const now = deps.now();
      const { meant, rest } = leadingMeaning(verbOf, toAsciiDigits(args).split(/\s+/).filter(Boolean));
      if (meant === 'undo') return undo(ctx, rest.join(' '), now);
      const rows = await deadlinesFor(db, ctx.person, new Date(now.getTime() - 30 * 86_400_000));
      if (rows.length === 0) return ctx.say('my-deadlines-empty');
      // A plan action's deadline says the action's number in /plan, so that the two lists match.
      const teamIds = [
        ...new Set(rows.flatMap((d) => (d.source === 'plan' && d.audienceTeamId ? [d.audienceTeamId] : []))),
      ];
      const actionNumber = await planActionNumbers(db, teamIds);
      // Each deadline once: the ones done as lines, the open ones as the choices that mark them done.
      const lines = [ctx.t('my-deadlines-title')];
      const line = (d: (typeof rows)[number]) => {
        const state = d.statuses[0]?.doneAt ? 'done' : d.dueAt <= now ? 'late' : 'open';
        const title = shortTitle(deadlineTitle(d, ctx.locale));
        const actionId = actionIdOf(d.sourceRef);
        const n = actionId ? actionNumber.get(actionId) : undefined;
        return ctx.t(`my-deadlines-${state}`, {
          title: n ? ctx.t('my-deadlines-action', { n, title }) : title,
          when: formatLocalDateTime(d.dueAt, d.timezone),
        });
      };
      const open = rows.filter((d) => !d.statuses[0]?.doneAt);
      const listed = open.slice(0, maxChoices);
      // « /deadlines 2 »: the second choice of the list last shown, typed where a lone number answers
      // an open question. Without that list, nothing is ticked: the list is shown with its numbers.
      const picked = toAsciiDigits(args).trim();
      if (/^\d+$/.test(picked)) {
        const shown = shownList(ctx, now);
        const id = shown?.ids[Number(picked) - 1];
        if (shown && !id) return ctx.say('my-deadlines-no-such', { n: picked, count: shown.ids.length });
        const seen = rows.find((d) => d.id === id);
        if (seen?.statuses[0]?.doneAt)
          return ctx.say('my-deadlines-already-done', {
            n: picked,
            title: shortTitle(deadlineTitle(seen, ctx.locale)),
          });
        if (id) return act(ctx, id, 'done');
        if (listed.length > 0) ctx.say('my-deadlines-renumbered');
      }
      for (const d of rows) if (!listed.includes(d)) lines.push(line(d));
      if (listed.length === 0) {
        delete ctx.state[shownKey];
        return ctx.reply({ kind: 'text', text: lines.join('\n') });
      }
      ctx.state[shownKey] = { ids: listed.map((d) => d.id), at: now.getTime() } satisfies ShownList;
      lines.push(ctx.t('my-deadlines-pick', { count: listed.length }));
      ctx.reply({
        kind: 'choices',
        text: lines.join('\n'),
        promptId: pickPromptId,
        choices: listed.map((d) => ({ value: d.id, label: line(d) })),
        // A question stays open: where choices are typed, a lone number answers it, not this list.
        ...(ctx.busy ? { footer: ctx.t('my-deadlines-pick-busy') } : {}),
      });
    },
  };

  async function act(ctx: Context, deadlineId: string, action: string) {
    const deadline = await db.deadline.findUnique({ where: { id: deadlineId } });
    if (!deadline || deadline.cancelledAt || !concerns(deadline, ctx.person))
      return ctx.reply({ kind: 'notice', text: ctx.t('stale-choice') });
    const title = deadlineTitle(deadline, ctx.locale);
    if (action === 'done') {
      await markDone(db, deadline, ctx.person.id, deps.now());
      ctx.state[tickedKey] = deadline.id;
      // A mis-tap is taken back from here, without looking in /help.
      const text = [ctx.t('reminder-done-ok', { title }), ctx.t('my-deadlines-undo-hint')].join('\n');
      return ctx.reply({ kind: 'text', text });
    }
    if (action === 'snooze') {
      const until = await snooze(db, deadline, ctx.person.id, deps.now(), deps.quietHours);
      return ctx.say('reminder-snooze-ok', { title, when: formatHumanDate(until, deadline.timezone, ctx.locale) });
    }
    ctx.reply({ kind: 'notice', text: ctx.t('stale-choice') });
  }

  /**
   * « /deadlines undo 2 » takes back the tick of the deadline shown under 2 in the list last shown;
   * « /deadlines undo » alone, the last one ticked in the chat. One not ticked is left as it is.
   */
  async function undo(ctx: Context, picked: string, now: Date) {
    let id: string | undefined;
    if (!picked) {
      const ticked = ctx.state[tickedKey];
      if (typeof ticked !== 'string') return ctx.say('my-deadlines-undo-nothing');
      id = ticked;
    } else if (/^\d+$/.test(picked)) {
      const shown = shownList(ctx, now);
      if (!shown) return ctx.say('my-deadlines-undo-no-list');
      id = shown.ids[Number(picked) - 1];
      if (!id) return ctx.say('my-deadlines-no-such', { n: picked, count: shown.ids.length });
    } else return ctx.say('my-deadlines-undo-usage');
    const deadline = await db.deadline.findUnique({ where: { id } });
    if (!deadline || deadline.cancelledAt || !concerns(deadline, ctx.person)) return ctx.say('my-deadlines-undo-gone');
    const title = shortTitle(deadlineTitle(deadline, ctx.locale));
    const status = await db.deadlineStatus.findUnique({
      where: { deadlineId_personId: { deadlineId: deadline.id, personId: ctx.person.id } },
    });
    if (!status?.doneAt) return ctx.say('my-deadlines-not-done', { title });
    await markUndone(db, deadline, ctx.person.id);
    if (ctx.state[tickedKey] === deadline.id) delete ctx.state[tickedKey];
    ctx.say(deadline.source === 'plan' ? 'my-deadlines-undone-team' : 'my-deadlines-undone', { title });
  }

  const choices: ChoiceHandler = {
    prefix: reminderPrefix,
    run: async (ctx, values, promptId) => {
      const notices = ctx.replies.length;
      if (promptId === pickPromptId) await act(ctx, values[0] ?? '', 'done');
      else await act(ctx, promptId.slice(reminderPrefix.length), values[0] ?? '');
      // Taken unless it was refused (a stale button gets a notice).
      if (!ctx.replies.slice(notices).some((r) => r.kind === 'notice')) ctx.answered(promptId);
    },
  };

  return { command, choices };
}
