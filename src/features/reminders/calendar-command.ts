import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { wordSet } from '../../core/command-words.ts';
import type { Command } from '../../core/router.ts';
import { recordAudit } from '../admin/audit.ts';
import { importCalendar } from './calendar.ts';
import type { RemindersDeps } from './deadline-commands.ts';

const isImportWord = wordSet(['import', 'importer', 'استيراد']);

export const defaultCalendarFile = 'calendar.example.yaml';

/** `/calendar import [file]`: a YAML file of the knowledge folder (a bare name, never a path). */
export function createCalendarCommand(deps: RemindersDeps): Command {
  return {
    name: 'calendar',
    aliases: ['calendrier', 'رزنامة'],
    access: 'coordinator',
    help: 'cmd-calendar',
    run: async (ctx, args) => {
      const [verb, name] = args.split(/\s+/).filter(Boolean);
      if (!verb || !isImportWord(verb)) return ctx.say('calendar-usage');
      const file = basename(name ?? defaultCalendarFile);
      if (!/\.ya?ml$/i.test(file)) return ctx.say('calendar-usage');
      let text: string;
      try {
        text = await readFile(join(deps.calendarDir, file), 'utf8');
      } catch {
        return ctx.say('calendar-missing', { file });
      }
      let result;
      try {
        result = await importCalendar(deps.db, text, {
          timeZone: deps.timeZone,
          actorId: ctx.person.id,
          now: deps.now(),
        });
      } catch (error) {
        return ctx.say('calendar-invalid', {
          file,
          problem: error instanceof Error ? error.message.slice(0, 300) : String(error),
        });
      }
      await recordAudit(deps.db, {
        actorId: ctx.person.id,
        action: 'calendar.import',
        target: file,
        details: { ...result },
      });
      const lines = [
        ctx.t('calendar-imported', {
          file,
          created: result.created,
          updated: result.updated,
          unchanged: result.unchanged,
        }),
      ];
      for (const error of result.errors) lines.push(ctx.t('calendar-entry-error', { problem: error }));
      ctx.reply({ kind: 'text', text: lines.join('\n') });
    },
  };
}
