// An action drafted from a lever whose indicator the team did not measure: its start value reads
// « non mesuré » / « غير مقيس » in the report's and the guide's plan table and in the plan sheet,
// never a dash before the target. An action with nothing to measure from (added by hand, or a
// lever without indicator question) says its target alone.
import { describe, expect, it } from 'vitest';
import { createI18n, type Locale, type MessageArgs } from '../../../src/core/i18n.ts';
import type { PlanItem } from '../../../src/features/questionnaires/plan-view.ts';
import { defaultQuestionnairesDir, loadQuestionnaires } from '../../../src/features/questionnaires/index.ts';
import { planDetail } from '../../../src/features/questionnaires/plan-view.ts';
import { planTable } from '../../../src/features/questionnaires/report-model.ts';
import { planSheet } from '../../../src/features/reports/plan-sheets.ts';

const i18n = createI18n();
const questionnaires = loadQuestionnaires(defaultQuestionnairesDir);
/** A lever of the diagnostic whose start value is its indicator question's answer. */
const fromLever = { leverId: 'rd_maintenance_programme' };
const ctxOf = (locale: Locale) => ({
  locale,
  today: '2026-12-06',
  t: (key: string, args?: MessageArgs) => i18n.t(locale, key, args).replace(/[\u2066-\u2069]/g, ''),
});
const item = (over: Partial<PlanItem>): PlanItem => ({
  title: 'Appliquer les pénalités prévues au contrat',
  titleAr: 'تطبيق الخطايا المنصوص عليها بالعقد',
  language: 'fr',
  owner: 'Secrétaire général',
  ownerRole: false,
  dueDate: null,
  indicator: 'Manquements sanctionnés (%)',
  indicatorAr: 'الإخلالات المعاقَبة (%)',
  priority: 'high',
  kind: 'quick_win',
  leverId: null,
  baselineQuestion: null,
  baselineValue: null,
  target: '100 %',
  targetAr: '100 %',
  ...over,
});

describe('a start value that was not measured', () => {
  it.each([
    ['fr', 'non mesuré → 100 %', '45 → 100 %'],
    ['ar', 'غير مقيس ← 100 %', '45 ← 100 %'],
  ] as const)('is said in the plan table and the plan sheet (%s)', (locale, unmeasured, measured) => {
    const rc = ctxOf(locale);
    const table = planTable(
      [
        item(fromLever),
        item({ ...fromLever, baselineValue: 45 }),
        item({ ...fromLever, target: null, targetAr: null }),
      ],
      questionnaires,
      rc,
    );
    if (table.type !== 'table') throw new Error('not a table');
    const cells = table.rows.map((row) => row[4] ?? '');
    expect(cells[0]).toContain(unmeasured);
    expect(cells[1]).toContain(measured);
    // Neither a start value nor a target: only the indicator, no arrow.
    expect(cells[2]).not.toMatch(/[→←]/u);
    for (const cell of cells) expect(cell).not.toContain('—');
    const sheet = planSheet(
      [item(fromLever), item({ ...fromLever, target: null, targetAr: null })],
      { rc, timeZone: 'Africa/Tunis', questionnaires },
      '',
    );
    expect(sheet.rows.map((row) => row[6])).toEqual([unmeasured.split(/ [→←]/u)[0], null]);
  });
});

describe('an action with no start value to measure', () => {
  it.each([
    ['fr', 'cible : 100 %', '🎯 Cible : 100 %'],
    ['ar', 'الهدف: 100 %', '🎯 الهدف: 100 %'],
  ] as const)('says its target alone in /plan, the plan table and the plan sheet (%s)', (locale, cell, line) => {
    const rc = ctxOf(locale);
    const byHand = item({ language: locale, titleAr: null, indicatorAr: null });
    const table = planTable([byHand], questionnaires, rc);
    if (table.type !== 'table') throw new Error('not a table');
    expect(table.rows[0]?.[4]).toContain(cell);
    expect(table.rows[0]?.[4]).not.toMatch(/[→←]|non mesuré|غير مقيس/u);
    const detail = planDetail(rc as unknown as Parameters<typeof planDetail>[0], byHand, 1, questionnaires);
    expect(detail).toContain(line);
    expect(detail).not.toMatch(/non mesuré|غير مقيس|départ|الانطلاق/u);
    const sheet = planSheet([byHand], { rc, timeZone: 'Africa/Tunis', questionnaires }, '');
    expect(sheet.rows[0]?.[6]).toBeNull();
    expect(sheet.rows[0]?.[7]).toBe('100 %');
  });
});

describe("an action's indicator, whatever language its title is in", () => {
  const detailOf = (locale: Locale, it: PlanItem) =>
    planDetail(ctxOf(locale) as unknown as Parameters<typeof planDetail>[0], it, 1, questionnaires);
  const cellOf = (locale: Locale, it: PlanItem) => {
    const table = planTable([it], questionnaires, ctxOf(locale));
    if (table.type !== 'table') throw new Error('not a table');
    return table.rows[0]?.[4] ?? '';
  };
  const sheetOf = (locale: Locale, it: PlanItem) =>
    planSheet([it], { rc: ctxOf(locale), timeZone: 'Africa/Tunis', questionnaires }, '').rows[0]?.[5];

  it('drafted, then retitled in Arabic: the Arabic reader reads the Arabic indicator everywhere', () => {
    const retitled = item({ title: 'تطبيق الخطايا فورًا', titleAr: null, language: 'ar' });
    expect(detailOf('ar', retitled)).toContain('📏 المؤشر: الإخلالات المعاقَبة (%)');
    expect(cellOf('ar', retitled)).toContain('الإخلالات المعاقَبة (%)');
    expect(sheetOf('ar', retitled)).toBe('الإخلالات المعاقَبة (%)');
    expect(detailOf('fr', retitled)).toContain('Manquements sanctionnés (%)');
  });

  it('typed in Arabic under a French title: marked « (ar) » for the French reader in /plan, the table and the sheet', () => {
    const typed = item({ indicator: 'عدد الشكاوى المعالجة', indicatorAr: null });
    expect(detailOf('fr', typed)).toContain('عدد الشكاوى المعالجة (ar)');
    expect(cellOf('fr', typed)).toContain('عدد الشكاوى المعالجة (ar)');
    expect(sheetOf('fr', typed)).toBe('عدد الشكاوى المعالجة (ar)');
    expect(detailOf('ar', typed)).not.toContain('(ar)');
  });
});
