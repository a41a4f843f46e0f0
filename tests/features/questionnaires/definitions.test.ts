import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { loadQuestionnaires, QuestionnaireError } from '../../../src/features/questionnaires/definitions.ts';
import { completion } from '../../../src/features/questionnaires/completion.ts';
import { defaultQuestionnairesDir } from '../../../src/features/questionnaires/index.ts';
import { shortLabel } from '../../../src/features/questionnaires/review.ts';

const fixture = resolve(import.meta.dirname, '../../fixtures/questionnaires/mini.yaml');

type Doc = {
  sections: ({ questions: Record<string, unknown>[] } & Record<string, unknown>)[];
  dimensions: { levers: Record<string, unknown>[]; strengths?: Record<string, unknown>[] }[];
  teamActions: Record<string, unknown>[];
};
/** Question `i` of section `s` of a parsed fixture. */
const at = (d: Doc, s: number, i: number): Record<string, unknown> => d.sections[s]?.questions[i] ?? {};

/** Loads the fixture with one change applied, from a temp folder. */
function loadBroken(change: (doc: Doc) => void): unknown {
  const doc = parse(readFileSync(fixture, 'utf8')) as Doc;
  change(doc);
  const dir = mkdtempSync(join(tmpdir(), 'jawda-qn-'));
  writeFileSync(join(dir, 'broken.yaml'), stringify(doc));
  try {
    loadQuestionnaires(dir);
    return null;
  } catch (error) {
    return error;
  }
}

describe('questionnaire validation names the file, the question and the problem', () => {
  it.each([
    [
      'a reference to an unknown question',
      (d: Doc) => (at(d, 0, 3).relevant = "${q_nope} = 'x'"),
      /broken\.yaml: question q_contract: relevant refers to unknown question \$\{q_nope\}/,
    ],
    [
      'a reference to a later question',
      (d: Doc) => (at(d, 0, 1).relevant = '${q_staff} > 1'),
      /question q_mode: relevant refers to \$\{q_staff\}, which is not an earlier question/,
    ],
    [
      'an expression that does not parse',
      (d: Doc) => (at(d, 0, 3).relevant = '${q_mode} = '),
      /question q_contract: relevant .*unexpected end/,
    ],
    [
      'a missing Arabic label',
      (d: Doc) => delete (at(d, 0, 0).label as Record<string, string>).ar,
      /question q_name \(label\.ar\)/,
    ],
    ['an unknown type', (d: Doc) => (at(d, 0, 0).type = 'slider'), /question q_name/],
    [
      'a constraint without message',
      (d: Doc) => delete at(d, 0, 2).constraintMessage,
      /question q_staff: constraint needs a constraintMessage/,
    ],
    ['a duplicate id', (d: Doc) => (at(d, 1, 1).id = 'q_name'), /question q_name: duplicate question id/],
    ['an unknown dimension', (d: Doc) => (at(d, 1, 1).dimension = 'nope'), /question q_plan: unknown dimension "nope"/],
    [
      'points without a dimension',
      (d: Doc) => delete at(d, 1, 1).dimension,
      /question q_plan: a scored question needs a dimension/,
    ],
    // The rules of the format's newer parts.
    [
      'an exclusive choice on a single choice',
      (d: Doc) =>
        ((at(d, 0, 1).choices as Record<string, unknown>[])[0] = {
          value: 'direct',
          label: { fr: 'R', ar: 'ر' },
          exclusive: true,
        }),
      /question q_mode: exclusive is for multiple choices only/,
    ],
    [
      'a scale level without its anchor',
      (d: Doc) => (at(d, 1, 4).anchors as unknown[]).pop(),
      /question q_climate: a scale needs one anchor per level, 1 to 5/,
    ],
    ['a scale without anchors', (d: Doc) => delete at(d, 1, 4).anchors, /question q_climate \(anchors\)/],
    [
      'an indicator without unit',
      (d: Doc) => delete at(d, 2, 0).unit,
      /question q_wait_minutes \(unit\): a unit is needed/,
    ],
    [
      'an unknown unit',
      (d: Doc) => (at(d, 2, 0).unit = 'minutes'),
      /question q_wait_minutes \(unit\): unknown unit "minutes": use one of minute, day, /,
    ],
    [
      'a unit written as words (the former format)',
      (d: Doc) => (at(d, 2, 0).unit = { fr: 'minutes', ar: 'دقيقة' }),
      /question q_wait_minutes \(unit\): unknown unit \{"fr":"minutes","ar":"دقيقة"\}: use one of minute, /,
    ],
    [
      "a lever's baseline that is not an indicator",
      (d: Doc) => ((d.dimensions[1]?.levers[1] ?? {}).baseline = 'q_staff'),
      /dimension reception lever cut_waiting: baseline "q_staff" is not an indicator question/,
    ],
    [
      'a lever without a condition',
      (d: Doc) => delete (d.dimensions[0]?.levers[0] ?? {}).when,
      /dimensions\.0\.levers\.0\.when/,
    ],
    [
      'the same lever id twice',
      (d: Doc) => ((d.dimensions[2]?.levers[0] ?? {}).id = 'write_objectives'),
      /lever write_objectives: duplicate lever id/,
    ],
    [
      "a lever's condition naming an unknown question",
      (d: Doc) => ((d.dimensions[2]?.levers[0] ?? {}).when = "${q_nope} = 'x'"),
      /dimension team lever monthly_meeting: when refers to unknown question/,
    ],
    [
      'a section condition on a later question',
      (d: Doc) => {
        const s2 = d.sections[1];
        if (s2) s2.relevant = '${q_wait_minutes} > 1';
      },
      /section s2: relevant refers to \$\{q_wait_minutes\}, which is not an earlier question/,
    ],
    [
      "a team action's unknown question",
      (d: Doc) => ((d.teamActions[0] ?? {}).owner = 'q_who'),
      /teamActions 1: owner names unknown question "q_who"/,
    ],
    [
      'a retired question id given to a new question (its old answers would read as the new ones)',
      (d: Doc) => ((d as Doc & { retired?: string[] }).retired = ['q_old', 'q_staff']),
      /question q_staff: this id is retired/,
    ],
  ])('%s', (_name, change, message) => {
    const error = loadBroken(change);
    expect(error).toBeInstanceOf(QuestionnaireError);
    expect((error as Error).message).toMatch(message);
  });

  it('refuses invalid YAML with the file name', () => {
    const dir = mkdtempSync(join(tmpdir(), 'jawda-qn-'));
    writeFileSync(join(dir, 'bad.yaml'), 'id: [unclosed');
    expect(() => loadQuestionnaires(dir)).toThrow(/bad\.yaml: YAML/);
  });
});

describe('indicators', () => {
  it('are followed by the question of their source, asked only when a number was given', async () => {
    const [q] = loadQuestionnaires(resolve(import.meta.dirname, '../../fixtures/questionnaires'));
    const source = q?.byId.get('q_wait_minutes_source');
    expect(source).toMatchObject({ type: 'single', required: true });
    expect(source?.type === 'single' && source.choices.map((c) => c.value)).toEqual([
      'register',
      'immersion_count',
      'estimate',
    ]);
    const { evaluateRelevance } = await import('../../../src/features/questionnaires/relevance.ts');
    const with_ = (value: number | string) =>
      evaluateRelevance(
        q as NonNullable<typeof q>,
        new Map([
          ['q_mode', { value: 'direct', authorId: 'p' }],
          ['q_wait_minutes', { value, authorId: 'p' }],
        ]),
        '2026-11-29',
      );
    expect(with_(25).relevant.has('q_wait_minutes_source')).toBe(true);
    expect(with_('not_measured').relevant.has('q_wait_minutes_source')).toBe(false);
    expect(with_('not_applicable').relevant.has('q_wait_minutes_source')).toBe(false);
  });
});

describe('the questionnaires shipped in knowledge/questionnaires', () => {
  const list = loadQuestionnaires(defaultQuestionnairesDir);

  it('all validate, with the service diagnostic first', () => {
    expect(list.length).toBeGreaterThanOrEqual(1);
    expect(list[0]?.id).toBe('diagnostic-service');
  });

  it('a French choice says « no longer » with « ne … plus »: « plus conformes » reads as « more compliant »', () => {
    const labels = list.flatMap((q) =>
      [...q.byId.values()].flatMap((question) =>
        question.type === 'single' || question.type === 'multiple' ? question.choices.map((c) => c.label.fr) : [],
      ),
    );
    // « Fiches anciennes, plus conformes à la réalité » (job descriptions) meant they no longer match.
    expect(labels.filter((l) => /, plus (conformes?|à jour|valables?|utilisée?s?)\b/u.test(l))).toEqual([]);
    const jobs = list[0]?.byId.get('q_job_descriptions');
    const outdated = jobs?.type === 'single' ? jobs.choices.find((c) => c.value === 'outdated') : undefined;
    expect(outdated?.label).toEqual({
      fr: 'Fiches anciennes, qui ne correspondent plus à la réalité',
      ar: 'بطاقات قديمة لم تعد مطابقة للواقع',
    });
  });

  it.each(list.map((q) => [q.id, q] as const))('%s has every text in French and Arabic', (_id, q) => {
    const texts = [q.title, ...q.sections.map((s) => s.title)];
    for (const question of q.questions) {
      texts.push(question.label);
      if (question.help) texts.push(question.help);
      if (question.constraintMessage) texts.push(question.constraintMessage);
      if (question.type === 'single' || question.type === 'multiple')
        texts.push(...question.choices.map((c) => c.label));
      if (question.type === 'scale') texts.push(...question.anchors.map((a) => a.label));
    }
    for (const d of q.dimensions) {
      texts.push(d.label, ...d.strengths.map((x) => x.text));
      for (const l of d.levers) texts.push(l.action, l.indicator, l.owner);
    }
    for (const t of texts) {
      expect(t.fr.trim().length).toBeGreaterThan(0);
      expect(t.ar).toMatch(/[\u0600-\u06FF]/);
    }
  });

  it.each(readdirSync(defaultQuestionnairesDir).filter((f) => f.endsWith('.yaml')))(
    '%s glues no Arabic prefix to a number (« بنسبة 50 % », « من 1 إلى 2000 », not « بـ50 % », « و2000 »)',
    (file) => {
      // Targets, help and labels are printed in the reports and the guide, where LibreOffice ends a line
      // between « بـ » or « و » and « 50 » whatever joiner is put between them.
      const arabic: string[] = [];
      const walk = (node: unknown): void => {
        if (Array.isArray(node)) node.forEach(walk);
        else if (node && typeof node === 'object')
          for (const [key, value] of Object.entries(node)) {
            if (key === 'ar' && typeof value === 'string') arabic.push(value);
            else walk(value);
          }
      };
      walk(parse(readFileSync(join(defaultQuestionnairesDir, file), 'utf8')));
      expect(arabic.length).toBeGreaterThan(0);
      expect(arabic.flatMap((text) => text.match(/\S*[\p{Script=Arabic}ـ]\**\d\S*/gu) ?? [])).toEqual([]);
    },
  );

  it.each(list.map((q) => [q.id, q] as const))(
    '%s names each question in a few words for the review (FR, AR)',
    (_id, q) => {
      // Where the label's first clause does not fit, the question carries a short label: none is cut.
      const cut = q.questions.filter(
        (x) =>
          x.type !== 'note' &&
          (['fr', 'ar'] as const).some((locale) =>
            shortLabel(x, { locale, t: (key) => key, today: '2026-01-15' }).endsWith('…'),
          ),
      );
      expect(cut.map((x) => x.id)).toEqual([]);
      for (const x of q.questions) {
        if (!x.short) continue;
        expect(x.short.fr.length, x.id).toBeLessThanOrEqual(30);
        expect(x.short.ar.length, x.id).toBeLessThanOrEqual(30);
        expect(x.short.ar, x.id).toMatch(/[\u0600-\u06FF]/);
      }
    },
  );

  it('the service diagnostic is realistic: every type, scores in every dimension, 45–75 questions a run', () => {
    const q = list[0];
    if (!q) throw new Error('missing');
    const types = new Set(q.questions.map((x) => x.type));
    for (const t of ['single', 'multiple', 'yesno', 'scale', 'indicator', 'text', 'longtext', 'date', 'photo', 'note'])
      expect(types).toContain(t);
    for (const d of q.dimensions) {
      expect(q.questions.filter((x) => x.dimension === d.id).length, d.id).toBeGreaterThanOrEqual(3);
      expect(d.levers.length, d.id).toBeGreaterThanOrEqual(1);
    }
    // A run asks the measures of its own domain only, and the management mode only where the
    // service may be delegated (not civil registry, building permits or local taxation).
    const domain = q.byId.get('q_service_domain');
    if (domain?.type !== 'single') throw new Error('q_service_domain is a single choice');
    const delegable = (value: string) => !['civil_registry', 'building_permits', 'local_taxation'].includes(value);
    for (const { value } of domain.choices) {
      const asked = completion(q, new Map([['q_service_domain', { value, authorId: 'p' }]]), '2026-01-15').order;
      expect(asked.length, value).toBeGreaterThanOrEqual(45);
      expect(asked.length, value).toBeLessThanOrEqual(75);
      const sectionOf = (x: { sectionIndex: number }) => q.sections[x.sectionIndex]?.id ?? '';
      const measured = asked.filter((x) => x.type === 'indicator' && sectionOf(x).startsWith('measures_'));
      expect(measured.length, value).toBeGreaterThanOrEqual(4);
      expect(new Set(measured.map(sectionOf)), value).toEqual(new Set([`measures_${value}`]));
      expect(
        asked.some((x) => sectionOf(x) === 'management_model'),
        value,
      ).toBe(delegable(value));
    }
  });
});
