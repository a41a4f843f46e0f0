// Three SG teams walk the service diagnostic through the real application (core, features,
// SQLite), in French and in Arabic; their results and plan must follow what they answered.
import { writeFileSync } from 'node:fs';
import JSZip from 'jszip';
import { appForTests } from '../../helpers/app.ts';
import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../../src/app.ts';
import type { Locale } from '../../../src/core/i18n.ts';
import type { OutboundMessage, Sender } from '../../../src/core/messages.ts';
import { localDay } from '../../../src/core/time.ts';
import type { Questionnaire } from '../../../src/features/questionnaires/definitions.ts';
import { bidiProblems } from '../../helpers/bidi.ts';
import { enrolInNewTeam } from '../../helpers/enrol.ts';
import { plain, text } from '../../helpers/messages.ts';
import { pick, planWalk } from '../../helpers/walk.ts';

let app: App;
let q: Questionnaire;
appForTests((made, diagnostic) => ((app = made), (q = diagnostic)));
const today = localDay(new Date(), 'Africa/Tunis');

interface Walked {
  /** Every reply, in order. */
  replies: OutboundMessage[];
  submitted: string;
  plan: string;
  /** `/results mesures`: the measured values. */
  measures: string;
  /** `/results détail` and `/plan détail`: every dimension, every action with its pilot. */
  resultsFull: string;
  planFull: string;
  teamId: string;
}

/** Enrols a person in a new team, walks the diagnostic with the persona's answers, submits, reads the plan. */
async function walk(slug: string, locale: Locale, preset: Record<string, string>, commune = slug): Promise<Walked> {
  const { who, teamId } = await enrolInNewTeam(app, { slug, team: { commune } });
  const say = async (line: string) => (await app.handle(text(who, line))).replies;
  const replies: OutboundMessage[] = [];
  if (locale === 'ar') replies.push(...(await say('/lang ar')));
  replies.push(...(await say('/diagnostic 1')));
  for (const s of planWalk(q, locale, today, Infinity, preset)) replies.push(...(await say(s.line)));
  // Asked to confirm first; a typed « oui » / « نعم » confirms.
  const summary = await say('/submit');
  expect(plain(summary)).toContain(locale === 'ar' ? 'تأكيد التقديم' : 'Confirmer la soumission');
  const submitted = await say(locale === 'ar' ? 'نعم' : 'oui');
  replies.push(...summary, ...submitted);
  const plan = await say('/plan');
  const measures = await say('/results mesures');
  replies.push(...plan, ...measures);
  const detail = locale === 'ar' ? 'تفاصيل' : 'détail';
  const resultsFull = plain(await say(`/results ${detail}`));
  const planFull = plain(await say(`/plan ${detail}`));
  return {
    replies,
    submitted: plain(submitted),
    plan: plain(plan),
    measures: plain(measures),
    resultsFull,
    planFull,
    teamId,
  };
}

/** What a phone shows: every message at most 4,096 characters, Arabic lines right to left. */
function expectPhoneSized(walked: Walked, locale: Locale) {
  for (const r of walked.replies) {
    const shown = r.kind === 'choices' ? [r.text, ...r.choices.map((c) => c.label)].join('\n') : plain([r]);
    expect(shown.length).toBeLessThanOrEqual(4096);
    if (locale === 'ar' && r.kind !== 'document' && r.kind !== 'image')
      expect(
        bidiProblems(r.kind === 'choices' ? [r.text, ...r.choices.map((c) => c.label)].join('\n') : r.text),
      ).toEqual([]);
  }
}

const digits = (text: string, locale: Locale) =>
  locale === 'ar' ? text.replace(/\d/g, (d) => '٠١٢٣٤٥٦٧٨٩'[Number(d)] ?? d) : text;
const yes = (locale: Locale) => (locale === 'ar' ? 'نعم' : 'oui');
const no = (locale: Locale) => (locale === 'ar' ? 'لا' : 'non');
const notMeasured = (locale: Locale) => (locale === 'ar' ? 'غير مقيس' : 'non mesuré');

async function planOf(teamId: string) {
  // The order /plan shows: by submission, then by place in each.
  return app.db.actionItem.findMany({ where: { teamId }, orderBy: [{ createdAt: 'asc' }, { position: 'asc' }] });
}
async function answerOf(teamId: string, questionId: string) {
  const row = await app.db.answer.findFirst({
    where: { questionId, run: { teamId, questionnaireId: 'diagnostic-service' } },
    orderBy: { seq: 'desc' },
  });
  return row?.value === null || row?.value === undefined ? row?.value : (JSON.parse(row.value) as unknown);
}
/** The weakest plausible answer to every question: last choice, "non", 1, "non mesuré". */
function weakAnswers(questionnaire: Questionnaire): Record<string, string> {
  const preset: Record<string, string> = {};
  for (const question of questionnaire.questions) {
    if (question.type === 'single') preset[question.id] = String(question.choices.length);
    else if (question.type === 'multiple') {
      const none = question.choices.findIndex((c) => c.exclusive);
      preset[question.id] = String(none >= 0 ? none + 1 : question.choices.length);
    } else if (question.type === 'yesno') preset[question.id] = 'non';
    else if (question.type === 'scale') preset[question.id] = String(question.min);
    else if (question.type === 'indicator') preset[question.id] = 'non mesuré';
    else if (question.type === 'number') preset[question.id] = '3';
  }
  return preset;
}
const leversOf = (items: { leverId: string | null }[]) => items.map((i) => i.leverId ?? '');
const managementLevers = [
  'compare_management_modes',
  'contract_monitoring',
  'return_to_direct_management',
  'contract_obligations',
  'apply_contract_penalties',
];
const dayMs = 86_400_000;

/** A plan a team would keep: its own actions first, 5 to 7 in all, each with an owner, realistic dates. */
function expectKeepablePlan(items: Awaited<ReturnType<typeof planOf>>, ownActions: number) {
  expect(items.length).toBeGreaterThanOrEqual(Math.min(5, ownActions + 2));
  expect(items.length).toBeLessThanOrEqual(7);
  expect(leversOf(items.slice(0, ownActions)).every((id) => id.startsWith('team:diagnostic-service:'))).toBe(true);
  expect(new Set(leversOf(items)).size).toBe(items.length);
  const start = new Date(`${today}T00:00:00Z`).getTime();
  for (const item of items) {
    expect(item.owner, item.title).toBeTruthy();
    expect(item.dueDate, item.title).not.toBeNull();
    const days = ((item.dueDate?.getTime() ?? 0) - start) / dayMs;
    if (item.kind === 'quick_win') expect(days, item.title).toBeLessThanOrEqual(30);
    else {
      // Structural: the next budget cycle (1 October, at least two months away).
      expect(item.dueDate?.toISOString().slice(5, 10), item.title).toBe('10-01');
      expect(days, item.title).toBeGreaterThanOrEqual(60);
    }
    // Drafted actions exist in both languages.
    if (!item.leverId?.startsWith('team:')) expect(item.titleAr, item.title).toMatch(/[\u0600-\u06FF]/);
  }
}

describe.each(['fr', 'ar'] as const)('a civil registry with weak practice, walked in %s', (locale) => {
  let walked: Walked;
  const own =
    locale === 'fr'
      ? [
          'Ouvrir un second guichet le lundi de 8h à 11h',
          'Relecture croisée des actes avant signature',
          'Numériser les registres de 1960 à 1990',
        ]
      : ['فتح شباك ثانٍ يوم الاثنين من 8 إلى 11', 'مراجعة متقاطعة للرسوم قبل الإمضاء', 'رقمنة سجلات 1960 إلى 1990'];
  beforeAll(async () => {
    walked = await walk(
      `beja-${locale}`,
      locale,
      {
        q_service_name: locale === 'fr' ? 'État civil' : 'الحالة المدنية',
        // Typed as people type them: part of a label, a thousands dot, a currency, a percent.
        q_service_domain: locale === 'fr' ? 'etat civil' : 'الحالة المدنية',
        q_residents_served: digits('45.000', locale),
        q_staff_count: digits('9', locale),
        q_annual_budget: locale === 'fr' ? '350 000 DT' : '350 000 دينار',
        q_cr_wait_minutes: locale === 'fr' ? '25 min' : digits('25', locale),
        q_cr_wait_minutes_source: pick(q, 'q_cr_wait_minutes_source', 'immersion_count'),
        q_cr_same_day_share: digits('62%', locale),
        q_cr_same_day_share_source: locale === 'fr' ? 'une estimation des agents' : 'تقدير الأعوان',
        q_cr_rework_rate: notMeasured(locale),
        q_cr_transcription_backlog: digits('340', locale),
        q_cr_transcription_backlog_source: pick(q, 'q_cr_transcription_backlog_source', 'register'),
        q_complaints_per_1000: notMeasured(locale),
        q_satisfaction_rate: notMeasured(locale),
        q_objectives: pick(q, 'q_objectives', 'none'),
        q_plan_link: pick(q, 'q_plan_link', 'budget_only'),
        q_participatory_planning: pick(q, 'q_participatory_planning', 'not_involved'),
        q_indicator_sheets: pick(q, 'q_indicator_sheets', 'none'),
        q_needs_sources: pick(q, 'q_needs_sources', 'complaints_register', 'front_line_staff'),
        q_last_survey: pick(q, 'q_last_survey', 'never'),
        q_vulnerable_needs: '2',
        // The team already mapped the journey with users: nothing drafted on it.
        q_journey_mapped: pick(q, 'q_journey_mapped', 'mapped_with_users'),
        q_residents_consulted: pick(q, 'q_residents_consulted', 'never'),
        q_feedback_loop: pick(q, 'q_feedback_loop', 'never'),
        q_process_mapped: pick(q, 'q_process_mapped', 'oral_only'),
        q_wastes_observed: pick(q, 'q_wastes_observed', 'waiting', 'motion', 'defects'),
        q_workplace_5s: '2',
        q_kaizen_ideas: no(locale),
        q_procedures_displayed: pick(q, 'q_procedures_displayed', 'outdated'),
        q_channels: pick(q, 'q_channels', 'phone'),
        q_single_window: no(locale),
        q_complaints_handling: pick(q, 'q_complaints_handling', 'case_by_case'),
        q_job_descriptions: pick(q, 'q_job_descriptions', 'none'),
        q_training_plan: '1',
        q_team_meetings: pick(q, 'q_team_meetings', 'rarely'),
        q_change_involvement: pick(q, 'q_change_involvement', 'informed_after'),
        q_team_climate: '3',
        q_unit_cost_known: pick(q, 'q_unit_cost_known', 'unknown'),
        q_cost_recovery: pick(q, 'q_cost_recovery', 'revenue_known'),
        q_budget_followup: pick(q, 'q_budget_followup', 'year_end'),
        q_cost_savings: no(locale),
        q_problem_1:
          locale === 'fr'
            ? "Files d'attente de plus de 30 minutes le lundi"
            : 'طوابير انتظار تفوق 30 دقيقة يوم الاثنين',
        q_problem_1_causes: pick(q, 'q_problem_1_causes', 'organisation', 'staff'),
        q_problem_1_action: own[0] ?? '',
        q_problem_1_owner: locale === 'fr' ? 'Mme Ben Salah, cheffe du bureau' : 'السيدة بن صالح، رئيسة المكتب',
        q_problem_1_kind: pick(q, 'q_problem_1_kind', 'quick_win'),
        q_problem_1_indicator:
          locale === 'fr' ? 'Attente médiane du lundi (minutes)' : 'المدة الوسيطة للانتظار يوم الاثنين',
        q_more_problems_1: yes(locale),
        q_problem_2: locale === 'fr' ? 'Erreurs dans les extraits' : 'أخطاء في المضامين',
        q_problem_2_causes: pick(q, 'q_problem_2_causes', 'methods', 'equipment'),
        q_problem_2_action: own[1] ?? '',
        q_problem_2_owner: locale === 'fr' ? "L'officier d'état civil délégué" : 'ضابط الحالة المدنية المفوَّض',
        q_problem_2_kind: pick(q, 'q_problem_2_kind', 'quick_win'),
        q_more_problems_2: yes(locale),
        q_problem_3: locale === 'fr' ? 'Registres anciens abîmés' : 'سجلات قديمة متضررة',
        q_problem_3_causes: pick(q, 'q_problem_3_causes', 'premises', 'budget'),
        q_problem_3_action: own[2] ?? '',
        q_problem_3_owner: locale === 'fr' ? 'Secrétaire général' : 'الكاتب العام',
        q_problem_3_kind: pick(q, 'q_problem_3_kind', 'structural'),
        q_problem_1_root_cause:
          locale === 'fr'
            ? "Un seul agent signe les extraits, et il est aussi à l'accueil le lundi."
            : 'عون واحد يمضي المضامين، وهو نفسه في الاستقبال يوم الاثنين.',
        q_problem_2_root_cause: '/skip',
        q_problem_2_indicator: '/skip',
        q_problem_3_root_cause: '/skip',
        q_problem_3_indicator: '/skip',
      },
      locale === 'fr' ? 'Béja' : 'باجة',
    );
  });

  it('reads every value as meant: thousands, currency, percent, a label typed in part', async () => {
    expect(await answerOf(walked.teamId, 'q_service_domain')).toBe('civil_registry');
    expect(await answerOf(walked.teamId, 'q_residents_served')).toBe(45000);
    expect(await answerOf(walked.teamId, 'q_annual_budget')).toBe(350000);
    expect(await answerOf(walked.teamId, 'q_cr_wait_minutes')).toBe(25);
    expect(await answerOf(walked.teamId, 'q_cr_same_day_share')).toBe(62);
    expect(await answerOf(walked.teamId, 'q_cr_same_day_share_source')).toBe('estimate');
    expect(await answerOf(walked.teamId, 'q_cr_rework_rate')).toBe('not_measured');
    // Civil registry cannot be delegated: the management-mode questions were never asked.
    expect(await answerOf(walked.teamId, 'q_mode')).toBeUndefined();
  });

  it('drafts a plan it would keep: its own three actions first, tied to its measured wait', async () => {
    const items = await planOf(walked.teamId);
    expectKeepablePlan(items, 3);
    expect(items.slice(0, 3).map((i) => i.title)).toEqual(own);
    expect(items.slice(0, 3).map((i) => i.language)).toEqual([locale, locale, locale]);
    expect(items.slice(0, 3).map((i) => i.ownerRole)).toEqual([false, false, false]);
    expect(items[2]?.kind).toBe('structural');
    const wait = items.find((i) => i.leverId === 'cr_waiting_time');
    expect(wait?.baselineQuestion).toBe('q_cr_wait_minutes');
    expect(wait?.baselineValue).toBe(25);
    // Nothing its answers deny: the journey was mapped with users; nothing on delegation.
    expect(leversOf(items)).not.toContain('journey_mapping');
    for (const id of managementLevers) expect(leversOf(items)).not.toContain(id);
  });

  it('states no strength when every dimension is weak, and shows the measured baselines', async () => {
    const run = await app.db.questionnaireRun.findFirstOrThrow({ where: { teamId: walked.teamId } });
    const results = run.results as unknown as { strengths: { dimensionId: string }[] };
    // Participation scores 33 ("Initial"): one good answer there does not make it a strength.
    expect(results.strengths).toEqual([]);
    expect(walked.submitted).toContain(
      locale === 'fr'
        ? "💪 Points forts : aucune dimension n'atteint encore le niveau « Maîtrisé »."
        : '💪 نقاط القوة: لم يبلغ أيّ محور بعدُ مستوى «متحكَّم فيه».',
    );
    if (locale === 'fr') {
      expect(walked.submitted).toContain('📏 Valeurs mesurées : 3, à mesurer : 3 → /results mesures');
      expect(walked.resultsFull).toContain('Mode de gestion et suivi des contrats : sans objet pour ce service');
      expect(walked.resultsFull).toContain('📏 3 valeurs mesurées (points de départ du plan) : /results mesures');
      expect(walked.resultsFull).toContain('3 indicateurs ne sont pas encore mesurés');
      expect(walked.measures).toContain("Temps d'attente médian avant d'être servi au guichet : 25 minutes");
      // A value nobody measured is listed apart, under the values still to measure.
      expect(walked.measures.split('⏳ Pas encore mesurés')[1]).toContain("• Taux d'actes ou d'extraits à rectifier");
      expect(walked.plan).toContain('👤 Pilote à nommer : actions');
      expect(walked.planFull).toContain('(nom à donner)');
    } else {
      expect(walked.resultsFull).toContain('لا ينطبق على هذا المرفق');
      expect(walked.measures).toContain('المدة الوسيطة لانتظار المنتفع قبل أن يُخدَم بالشباك: 25 دقيقة');
      expect(walked.planFull).toContain('(يُحدَّد الاسم)');
    }
  });

  it('adds the quality system of immersion 2 to the same plan, without repeating an action', async () => {
    if (locale !== 'fr') return;
    const second = app.questionnaires.find((x) => x.id === 'dispositif-qualite') as Questionnaire;
    const before = await planOf(walked.teamId);
    const who: Sender = { channel: 'telegram', externalId: 'sg-beja-fr', displayName: 'SG beja-fr' };
    const say = async (line: string) => plain((await app.handle(text(who, line))).replies);
    expect(await say('/diagnostic dispositif')).toContain('Dispositif');
    const preset = {
      ...weakAnswers(second),
      q_service_name: 'État civil',
      q_first_action_1_need: 'Les usagers ne connaissent pas les délais',
      q_first_action_1: 'Afficher les délais de chaque acte au guichet',
      q_first_action_1_owner: 'Mme Ben Salah',
      q_first_action_1_kind: pick(second, 'q_first_action_1_kind', 'quick_win'),
    };
    for (const s of planWalk(second, 'fr', today, Infinity, preset)) await say(s.line);
    expect(await say('/submit')).toContain('Confirmer la soumission');
    expect(await say('oui')).toContain('Questionnaire soumis');
    const after = await planOf(walked.teamId);
    const added = after.slice(before.length);
    expect(leversOf(after.slice(0, before.length))).toEqual(leversOf(before));
    expect(added.length).toBeGreaterThanOrEqual(1);
    expect(added.length).toBeLessThanOrEqual(7);
    expect(added[0]?.leverId).toBe('team:dispositif-qualite:1');
    // Each action once in the whole plan, whichever questionnaire called for it.
    expect(new Set(leversOf(after)).size).toBe(after.length);
    for (const item of added) expect(leversOf(before)).not.toContain(item.leverId);
  });

  it('sends the chart after /submit, and a report it could hand to its commune with /report', async () => {
    const chart = walked.replies.find((r) => r.kind === 'image');
    expect(chart?.kind === 'image' && chart.mimeType).toBe('image/png');
    const who: Sender = { channel: 'telegram', externalId: `sg-beja-${locale}`, displayName: `SG beja-${locale}` };
    const [doc] = (await app.handle(text(who, '/report'))).replies.filter((r) => r.kind === 'document');
    if (doc?.kind !== 'document') throw new Error('no document');
    if (process.env.SHOW) writeFileSync(`/tmp/report-${locale}.docx`, doc.data);
    // The commune names the file, accents dropped (not « be-ja »), Arabic kept.
    expect(doc.fileName).toMatch(
      locale === 'fr' ? /^jawda-rapport-beja-[\d-]+\.docx$/ : /^jawda-تقرير-باجة-[\d-]+\.docx$/u,
    );
    const zip = await JSZip.loadAsync(doc.data);
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    const words = xml.replace(/<[^>]+>/g, '').replace(/[\u200e\u200f]/g, '');
    expect(words).toContain(locale === 'fr' ? 'Béja' : 'باجة');
    // The plan rows, with the measured wait as the baseline of its action.
    for (const title of own) expect(words).toContain(title);
    // The team's problems are numbered, as the plan's actions are.
    expect(words.replace(/[\u2068\u2069]/g, '')).toContain(
      locale === 'fr' ? 'Problème 2 : Erreurs dans les extraits' : 'المشكلة 2: أخطاء في المضامين',
    );
    expect(words).toMatch(locale === 'fr' ? /25 minutes/ : /25 دقيقة/);
    // The chart is embedded.
    expect(Object.keys(zip.files).some((f) => /^word\/media\/.+\.png$/.test(f))).toBe(true);
    if (locale === 'ar') expect(xml).toContain('<w:bidi/>');
    else expect(xml).not.toContain('<w:bidi/>');
  });

  it('fits a phone: short results and plan, no message over 4,096 characters, Arabic right to left', () => {
    const results = walked.replies.find((r) => r.kind === 'text' && r.text.includes('📊'));
    expect(results?.kind === 'text' && results.text.length).toBeLessThanOrEqual(1200);
    expect(walked.plan.length).toBeLessThanOrEqual(1500);
    expectPhoneSized(walked, locale);
  });
});

describe.each(['ar', 'fr'] as const)(
  'waste collection by concession, penalties never applied, walked in %s',
  (locale) => {
    let walked: Walked;
    beforeAll(async () => {
      walked = await walk(`sfax-${locale}`, locale, {
        q_service_domain: pick(q, 'q_service_domain', 'waste_cleaning'),
        q_residents_served: digits('120 000', locale),
        q_wc_coverage: digits('70', locale),
        q_wc_coverage_source: pick(q, 'q_wc_coverage_source', 'register'),
        q_wc_tours_done: digits('80', locale),
        q_wc_tours_done_source: pick(q, 'q_wc_tours_done_source', 'register'),
        q_wc_fleet_availability: digits('60', locale),
        q_wc_fleet_availability_source: pick(q, 'q_wc_fleet_availability_source', 'immersion_count'),
        q_wc_black_spots: digits('45', locale),
        q_wc_black_spots_source: pick(q, 'q_wc_black_spots_source', 'immersion_count'),
        q_wc_cost_per_tonne: notMeasured(locale),
        q_mode: pick(q, 'q_mode', 'concession'),
        q_mode_analysis: pick(q, 'q_mode_analysis', 'inherited'),
        q_contract_quality: pick(q, 'q_contract_quality', 'measurable_obligations'),
        q_contract_monitoring: pick(q, 'q_contract_monitoring', 'reports_only'),
        q_contract_penalties: pick(q, 'q_contract_penalties', 'never'),
        q_problem_1: locale === 'fr' ? 'Le concessionnaire saute des tournées' : 'صاحب اللزمة لا ينجز كل الجولات',
        q_problem_1_causes: pick(q, 'q_problem_1_causes', 'methods', 'organisation'),
        q_problem_1_action:
          locale === 'fr'
            ? 'Contrôle hebdomadaire des tournées avec le concessionnaire'
            : 'مراقبة أسبوعية للجولات مع صاحب اللزمة',
        q_problem_1_owner:
          locale === 'fr' ? 'M. Trabelsi, chef du service propreté' : 'السيد الطرابلسي، رئيس مصلحة النظافة',
        q_problem_1_kind: pick(q, 'q_problem_1_kind', 'quick_win'),
        q_more_problems_1: no(locale),
      });
    });

    it('applies the contract it has: penalties drafted, one management-mode lever at most, never all three', async () => {
      const items = await planOf(walked.teamId);
      expectKeepablePlan(items, 1);
      const ids = leversOf(items);
      expect(ids[0]).toBe('team:diagnostic-service:1');
      expect(ids).toContain('apply_contract_penalties');
      const exclusive = ['compare_management_modes', 'contract_monitoring', 'return_to_direct_management'];
      expect(ids.filter((id) => exclusive.includes(id)).length).toBeLessThanOrEqual(1);
      // It has a contract with measurable obligations: nothing asks it to write one.
      expect(ids).not.toContain('contract_obligations');
      expect(await answerOf(walked.teamId, 'q_wc_coverage')).toBe(70);
    });

    it('fits a phone, Arabic right to left', () => {
      if (process.env.SHOW) console.log(walked.submitted, '\n', walked.plan);
      expect(walked.plan.length).toBeLessThanOrEqual(1500);
      expectPhoneSized(walked, locale);
    });
  },
);

describe.each(['fr', 'ar'] as const)('building permits with good indicators, walked in %s', (locale) => {
  let walked: Walked;
  beforeAll(async () => {
    walked = await walk(`nabeul-${locale}`, locale, {
      q_service_domain: pick(q, 'q_service_domain', 'building_permits'),
      q_bp_legal_delay_share: digits('95', locale),
      q_bp_legal_delay_share_source: pick(q, 'q_bp_legal_delay_share_source', 'register'),
      q_bp_decision_days: digits('20', locale),
      q_bp_decision_days_source: pick(q, 'q_bp_decision_days_source', 'register'),
      q_bp_first_time_right: digits('85', locale),
      q_bp_first_time_right_source: pick(q, 'q_bp_first_time_right_source', 'register'),
      q_bp_commission_sessions: digits('4', locale),
      q_bp_commission_sessions_source: pick(q, 'q_bp_commission_sessions_source', 'register'),
      q_complaints_per_1000: digits('2', locale),
      q_complaints_per_1000_source: pick(q, 'q_complaints_per_1000_source', 'register'),
      q_satisfaction_rate: digits('82', locale),
      q_satisfaction_rate_source: pick(q, 'q_satisfaction_rate_source', 'register'),
      q_objectives: pick(q, 'q_objectives', 'smart_with_baseline'),
      q_plan_link: pick(q, 'q_plan_link', 'plan_and_budget'),
      q_participatory_planning: pick(q, 'q_participatory_planning', 'public_consultation'),
      q_indicator_sheets: pick(q, 'q_indicator_sheets', 'complete_sheets'),
      q_indicator_review: pick(q, 'q_indicator_review', 'monthly_to_sg'),
      q_indicators_use: '5',
      q_needs_sources: pick(q, 'q_needs_sources', 'satisfaction_survey', 'complaints_register', 'front_line_staff'),
      q_last_survey: pick(q, 'q_last_survey', 'less_than_1_year'),
      q_vulnerable_needs: '4',
      q_journey_mapped: pick(q, 'q_journey_mapped', 'mapped_with_users'),
      q_residents_consulted: pick(q, 'q_residents_consulted', 'codesign_workshop'),
      q_feedback_loop: pick(q, 'q_feedback_loop', 'public_regular'),
      q_process_mapped: pick(q, 'q_process_mapped', 'written_up_to_date'),
      q_wastes_observed: pick(q, 'q_wastes_observed', 'none_observed'),
      q_workplace_5s: '4',
      q_kaizen_ideas: yes(locale),
      q_procedures_displayed: pick(q, 'q_procedures_displayed', 'all_up_to_date'),
      q_channels: pick(q, 'q_channels', 'phone', 'website', 'email', 'online_procedure'),
      q_single_window: yes(locale),
      q_complaints_handling: pick(q, 'q_complaints_handling', 'full_system'),
      q_job_descriptions: pick(q, 'q_job_descriptions', 'all_up_to_date'),
      q_training_plan: '4',
      q_team_meetings: pick(q, 'q_team_meetings', 'weekly_or_biweekly'),
      q_change_involvement: pick(q, 'q_change_involvement', 'proposals_kept'),
      q_team_climate: '4',
      q_unit_cost_known: pick(q, 'q_unit_cost_known', 'full_cost'),
      q_cost_recovery: pick(q, 'q_cost_recovery', 'compared_and_tracked'),
      q_budget_followup: pick(q, 'q_budget_followup', 'monthly'),
      q_cost_savings: yes(locale),
      q_problem_1: locale === 'fr' ? 'Les plans déposés sont souvent illisibles' : 'الأمثلة المودعة غالبًا غير مقروءة',
      q_problem_1_causes: pick(q, 'q_problem_1_causes', 'information'),
      q_problem_1_action:
        locale === 'fr'
          ? 'Publier un modèle de dossier type avec les architectes'
          : 'نشر نموذج ملف بالتعاون مع المهندسين المعماريين',
      q_problem_1_owner: locale === 'fr' ? 'Mme Gharbi, ingénieure' : 'السيدة الغربي، مهندسة',
      q_problem_1_kind: pick(q, 'q_problem_1_kind', 'quick_win'),
      q_more_problems_1: no(locale),
    });
  });

  it('scores well, names the strengths its answers show, and drafts little beyond its own action', async () => {
    const run = await app.db.questionnaireRun.findFirstOrThrow({ where: { teamId: walked.teamId } });
    const results = run.results as unknown as { dimensions: { score: number | null }[]; strengths: unknown[] };
    const scores = results.dimensions.flatMap((d) => (d.score === null ? [] : [d.score]));
    expect(Math.min(...scores)).toBeGreaterThanOrEqual(60);
    expect(results.strengths.length).toBeGreaterThanOrEqual(8);
    const items = await planOf(walked.teamId);
    expect(leversOf(items)[0]).toBe('team:diagnostic-service:1');
    // Good indicators, good practice: no lever its answers deny.
    for (const denied of ['bp_commission_calendar', 'bp_completeness_check', 'smart_objectives', 'journey_mapping'])
      expect(leversOf(items)).not.toContain(denied);
    expect(items.length).toBeLessThanOrEqual(3);
    if (locale === 'fr') expect(walked.submitted).toMatch(/Niveau d'ensemble : \d+\/100 — (Maîtrisé|Exemplaire)/);
    else expect(walked.submitted).toMatch(/المستوى العام: \d+\/100 — (متحكَّم فيه|نموذجي)/);
  });

  it('fits a phone, Arabic right to left', () => {
    if (process.env.SHOW) console.log(walked.submitted, '\n', walked.plan);
    expectPhoneSized(walked, locale);
  });
});
