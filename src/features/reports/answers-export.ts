/**
 * `/export answers`: a team's answers (latest per question, earlier ones as history), its plan and
 * its deadlines as a workbook model in the reader's language; src/documents/xlsx.ts renders it.
 */
import { communeName } from '../../core/commune.ts';
import type { CellValue, Sheet, SheetColumn, WorkbookModel } from '../../documents/xlsx.ts';
import type { Db } from '../../persistence/prisma.ts';
import type { Questionnaire } from '../questionnaires/definitions.ts';
import { formatAnswer } from '../questionnaires/render.ts';
import { doneActions } from '../questionnaires/repository.ts';
import { deadlineSheet, planSheet } from './plan-sheets.ts';
import { fitName, headers, stamp, wallClock, type SheetContext } from './sheet-cells.ts';
import { personName } from '../../core/person-name.ts';
import {
  actionItems,
  answerLog,
  loadDeadlines,
  loadTeams,
  namesOf,
  parseValue,
  pushTo,
  rawText,
  type ExportScope,
  type LogRow,
  type RunRow,
  type TeamRow,
} from './answers-data.ts';

export interface AnswersExportOptions extends SheetContext {
  /** Who exports: personal runs are shown to their owner only, or to a coordinator. */
  viewer: { id: string; coordinator: boolean };
}

export interface AnswersExport {
  book: WorkbookModel;
  teams: number;
  /** Questions answered (a skipped one is not), plan actions and deadline rows, over all teams. */
  answers: number;
  actions: number;
  deadlines: number;
}

const isShared = (ownerKey: string) => /^team(:\d+)?$/.test(ownerKey);
const runNumber = (ownerKey: string) => Number(/:(\d+)$/.exec(ownerKey)?.[1] ?? 1);
const ownerOf = (ownerKey: string) => ownerKey.replace(/:\d+$/, '');

const answerColumns = ['section', 'question', 'label-fr', 'label-ar', 'value', 'answer', 'author', 'time', 'history'];

/**
 * Printed, a reader needs the section, the question in their language, the answer, who gave it,
 * when, and the earlier answers, at a readable size on one page wide; the question's code, the
 * value as stored and the label in the other language stay in the file, folded away.
 */
function answerSheetColumns(rc: SheetContext['rc']): SheetColumn[] {
  const folded = new Set(['question', 'value', rc.locale === 'ar' ? 'label-fr' : 'label-ar']);
  const widths: Record<string, number> = {
    section: 16,
    'label-fr': 34,
    'label-ar': 34,
    answer: 35,
    author: 16,
    time: 17,
    history: 22,
  };
  return headers(rc, answerColumns).map((column, i) => {
    const name = answerColumns[i] ?? '';
    return folded.has(name) ? { ...column, hidden: true } : { ...column, width: widths[name] };
  });
}

/** One row per answered question of a run, in the definition's order; earlier answers go in the history cell. */
/** The column of a run row holding the stored value (null for a skipped question). */
const storedValue = 4;

function runRows(
  q: Questionnaire | undefined,
  log: LogRow[],
  names: Map<string, string>,
  options: AnswersExportOptions,
): CellValue[][] {
  const { rc, timeZone } = options;
  const byQuestion = new Map<string, LogRow[]>();
  // A retired question's answers (the commune the diagnostic once asked for) are left out; answers
  // to any other question the definition no longer has come last, in the order they were given.
  for (const row of log) if (!q?.retired.includes(row.questionId)) pushTo(byQuestion, row.questionId, row);
  const rank = (id: string) => q?.byId.get(id)?.index ?? Number.MAX_SAFE_INTEGER;
  const ids = [...byQuestion.keys()].sort((a, b) => rank(a) - rank(b));
  return ids.flatMap((id) => {
    const entries = byQuestion.get(id) ?? [];
    const latest = entries.at(-1);
    if (!latest) return [];
    const question = q?.byId.get(id);
    const label = (row: LogRow) => {
      const value = row.value === null ? null : parseValue(row.value);
      if (question) return formatAnswer(question, value, rc);
      return value === null ? rc.t('qn-skipped') : (rawText(value) ?? '');
    };
    const author = (row: LogRow) => names.get(row.authorId) ?? row.authorId;
    const history = entries
      .slice(0, -1)
      .map((row) => `${label(row)} — ${author(row)} — ${stamp(row.answeredAt, timeZone)}`)
      .join(' | ');
    return [
      [
        question && q ? (q.sections[question.sectionIndex]?.title[rc.locale] ?? null) : null,
        id,
        question?.label.fr ?? null,
        question?.label.ar ?? null,
        rawText(latest.value === null ? null : parseValue(latest.value)),
        label(latest),
        author(latest),
        wallClock(latest.answeredAt, timeZone),
        history || null,
      ],
    ];
  });
}

/**
 * One sheet per questionnaire the team has runs of: a shared run each (numbered when there are
 * several), and the personal runs the viewer may see together in one sheet.
 */
function runSheets(
  team: TeamRow,
  log: Map<string, LogRow[]>,
  names: Map<string, string>,
  options: AnswersExportOptions,
  prefix: string,
): Sheet[] {
  const { rc, questionnaires, viewer } = options;
  const groups = new Map<string, { shared: RunRow[]; personal: RunRow[] }>();
  for (const run of team.runs) {
    if (!isShared(run.ownerKey) && !viewer.coordinator && ownerOf(run.ownerKey) !== viewer.id) continue;
    const group = groups.get(run.questionnaireId) ?? { shared: [], personal: [] };
    (isShared(run.ownerKey) ? group.shared : group.personal).push(run);
    groups.set(run.questionnaireId, group);
  }
  const order = (id: string) => {
    const i = questionnaires.findIndex((q) => q.id === id);
    return i < 0 ? questionnaires.length : i;
  };
  const columns = answerSheetColumns(rc);
  // The printed footer names the team's commune (the diagnostic no longer asks for it).
  const commune = ` — ${communeName(team, rc.locale)}`;
  const sheets: Sheet[] = [];
  for (const id of [...groups.keys()].sort((a, b) => order(a) - order(b) || a.localeCompare(b))) {
    const { shared, personal } = groups.get(id) ?? { shared: [], personal: [] };
    const q = questionnaires.find((x) => x.id === id);
    const title = q ? q.title[rc.locale] : id;
    shared.sort((a, b) => runNumber(a.ownerKey) - runNumber(b.ownerKey));
    for (const run of shared) {
      const suffix = shared.length > 1 ? ` ${rc.t('export-answers-sheet-run', { n: runNumber(run.ownerKey) })}` : '';
      sheets.push({
        name: fitName(prefix, title, suffix),
        title: `${prefix}${title}${suffix}${commune}`,
        columns,
        rows: runRows(q, log.get(run.id) ?? [], names, options),
      });
    }
    if (personal.length === 0) continue;
    const owner = (run: RunRow) => names.get(ownerOf(run.ownerKey)) ?? run.ownerKey;
    personal.sort((a, b) => owner(a).localeCompare(owner(b)) || runNumber(a.ownerKey) - runNumber(b.ownerKey));
    // A personal questionnaire (the session evaluation) is anonymous to anyone but its author:
    // a coordinator sees "Participant 1, 2…", never a name.
    const shown = new Map(names);
    [...new Set(personal.map((run) => ownerOf(run.ownerKey)))]
      .filter((id) => id !== viewer.id)
      .forEach((id, i) => shown.set(id, rc.t('export-participant', { n: i + 1 })));
    const rows = personal.flatMap((run) => runRows(q, log.get(run.id) ?? [], shown, options));
    sheets.push({ name: fitName(prefix, title, ''), title: `${prefix}${title}${commune}`, columns, rows });
  }
  return sheets;
}

/** The workbook of one team or of every team (then each sheet name starts with the team's slug). */
export async function answersWorkbook(
  db: Db,
  scope: ExportScope,
  options: AnswersExportOptions,
): Promise<AnswersExport> {
  const teams = await loadTeams(db, scope);
  const runs = teams.flatMap((t) => t.runs);
  const [log, items, deadlines] = await Promise.all([
    answerLog(
      db,
      runs.map((r) => r.id),
    ),
    actionItems(
      db,
      teams.map((t) => t.id),
    ),
    loadDeadlines(db),
  ]);
  const names = await namesOf(
    db,
    [
      ...[...log.values()].flat().map((row) => row.authorId),
      ...runs.filter((r) => !isShared(r.ownerKey)).map((r) => ownerOf(r.ownerKey)),
    ],
    options.rc,
  );
  const ticked = deadlines.filter((d) => d.statuses.length > 0).map((d) => d.sourceRef);
  const result: AnswersExport = {
    book: { locale: options.rc.locale, sheets: [] },
    teams: teams.length,
    answers: 0,
    actions: 0,
    deadlines: 0,
  };
  for (const team of teams) {
    const prefix = scope === 'all' ? `${team.slug} ` : '';
    const answers = runSheets(team, log, names, options, prefix);
    const teamItems = items.filter((item) => item.teamId === team.id);
    const plan = planSheet(teamItems, options, prefix, doneActions(teamItems, ticked));
    const members = team.members.map(({ person }) => ({
      id: person.id,
      name: personName(person.displayName, options.rc),
      roles: person.roles.map((r) => r.role),
    }));
    const due = deadlineSheet({ id: team.id, members }, deadlines, options, prefix);
    result.book.sheets.push(...answers, plan, due);
    // A skipped question has a row (its skip, who, when) but no stored value: it is not an answer.
    result.answers += answers.reduce((sum, sheet) => sum + sheet.rows.filter((r) => r[storedValue] !== null).length, 0);
    result.actions += plan.rows.length;
    result.deadlines += due.rows.length;
  }
  return result;
}
