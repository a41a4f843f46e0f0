// The mission report and the study-visit journal as a team hands them on: headed by the commune or
// place visited and its day (not the team's own commune), each answer typed on several lines kept
// on several lines, in French and in Arabic, through the real application.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../../src/app.ts';
import type { Sender } from '../../../src/core/messages.ts';
import { localDay } from '../../../src/core/time.ts';
import type { Questionnaire } from '../../../src/features/questionnaires/definitions.ts';
import { reportOutlineOf } from '../../../src/features/questionnaires/report-kinds.ts';
import { appForTests } from '../../helpers/app.ts';
import { documentIn } from '../../helpers/docx.ts';
import { enrolInNewTeam } from '../../helpers/enrol.ts';
import { text } from '../../helpers/messages.ts';
import { pick, planWalk } from '../../helpers/walk.ts';

let app: App;
appForTests((made) => (app = made));
const today = localDay(new Date(), 'Africa/Tunis');
const arabicDigits = (s: string) => s.replace(/\d/g, (d) => '٠١٢٣٤٥٦٧٨٩'[Number(d)] ?? d);

/** A DOCX's paragraphs, each with its line breaks as "\n", without markup, direction marks and no-break spaces. */
async function paragraphsOf(data: Uint8Array): Promise<string[]> {
  const xml = (await (await JSZip.loadAsync(data)).file('word/document.xml')?.async('string')) ?? '';
  return xml
    .split('</w:p>')
    .map((p) =>
      p
        // A line feed inside a text run is drawn as a space, as Word and LibreOffice do; a break is a new line.
        .replace(/\n/g, ' ')
        .replace(/<w:br\/>/g, '\n')
        .replace(/<[^>]+>/g, '')
        .replace(/[\u200e\u200f\u2060\u2066-\u2069]/g, '')
        .replace(/[\u00a0\u202f]/g, ' ')
        .replace(/&apos;/g, "'"),
    )
    .filter((p) => p.trim());
}

/** A DOCX's first-level headings, in the order the document shows them. */
async function headingsOf(data: Uint8Array): Promise<string[]> {
  const xml = (await (await JSZip.loadAsync(data)).file('word/document.xml')?.async('string')) ?? '';
  return xml
    .split('</w:p>')
    .filter((p) => p.includes('<w:pStyle w:val="Heading1"/>'))
    .map((p) =>
      p
        .replace(/<[^>]+>/g, '')
        .replace(/[\u200e\u200f\u2060\u2066-\u2069]/g, '')
        .replace(/[\u00a0\u202f]/g, ' ')
        .replace(/&apos;/g, "'")
        .trim(),
    );
}

const words = {
  fr: {
    commune: 'Menzel Bourguiba (Bizerte)',
    place: 'Commune de Sousse — guichet unique',
    participants: 'Mme Amal Ben Salah, SG de Béja\nM. Karim Trabelsi, SG du Kef',
    findings: '1. Attente médiane de 45 min le lundi\n2. Pas de registre des réclamations',
    recommendations: 'Ouvrir un second guichet le lundi — SG',
    summary: 'Immersion au guichet des extraits.\nAttente trop longue le lundi : second guichet proposé.',
    surprises: 'Aucun usager debout : tickets et sièges',
    yes: 'oui',
    mission: [
      'Résumé',
      'Contexte et objet',
      'Équipe et personnes rencontrées',
      'Déroulement et méthode',
      'Constats',
      'Recommandations',
      'Difficultés',
      'Prochaines étapes',
    ],
    visit: [
      'Identification',
      'Thème et objectifs',
      'Programme des visites',
      'Constats : ce qui nous a étonnés, ce que nous avons appris',
      'Bonnes pratiques et leurs conditions',
      'Causes, transférabilité à la commune tunisienne, actions proposées',
    ],
  },
  ar: {
    commune: 'منزل بورقيبة (بنزرت)',
    place: 'بلدية سوسة — الشباك الموحد',
    participants: 'السيدة أمل بن صالح، الكاتبة العامة لبلدية باجة\nالسيد كريم الطرابلسي، الكاتب العام لبلدية الكاف',
    findings: '1. مدة انتظار وسيطة قدرها 45 دقيقة يوم الاثنين\n2. لا يوجد سجل شكايات',
    recommendations: 'فتح شباك ثانٍ يوم الاثنين — الكاتب العام',
    summary: 'معايشة عند شباك المضامين.\nانتظار طويل يوم الاثنين: اقتُرح شباك ثانٍ.',
    surprises: 'لا يقف أي منتفع: تذاكر ومقاعد',
    yes: 'نعم',
    mission: [
      'الملخّص',
      'السياق وموضوع المهمة',
      'الفريق والأشخاص الذين تمّت مقابلتهم',
      'سير المهمة والمنهجية',
      'الملاحظات',
      'التوصيات',
      'الصعوبات',
      'الخطوات القادمة',
    ],
    visit: [
      'التعريف بالزيارة',
      'الموضوع والأهداف',
      'برنامج الزيارات',
      'الملاحظات: ما أدهشنا وما تعلّمناه',
      'الممارسات الجيدة وشروط نجاحها',
      'الأسباب، وقابلية النقل إلى البلدية التونسية، والأعمال المقترحة',
    ],
  },
} as const;

describe.each(['fr', 'ar'] as const)('a mission report and a visit journal, in %s', (locale) => {
  const w = words[locale];
  let who: Sender;
  const say = async (line: string) => (await app.handle(text(who, line))).replies;
  const fill = async (id: string, preset: Record<string, string>) => {
    const q = app.questionnaires.find((x) => x.id === id) as Questionnaire;
    await say(`/diagnostic ${id}`);
    for (const s of planWalk(q, locale, today, Infinity, { ...preset })) await say(s.line);
    await say('/submit');
    await say(w.yes);
    return q;
  };
  let fileName = '';
  let headings: string[] = [];
  const reportOf = async (word: string) => {
    const doc = documentIn(await say(`/report ${word}`));
    if (process.env.SHOW) writeFileSync(join('/tmp', doc.fileName), doc.data);
    fileName = doc.fileName;
    headings = await headingsOf(doc.data);
    return paragraphsOf(doc.data);
  };
  /** The questions in the order a phone asks them. */
  const askedOrder = (id: string) =>
    planWalk(app.questionnaires.find((x) => x.id === id) as Questionnaire, locale, today).map((s) => s.questionId);

  beforeAll(async () => {
    ({ who } = await enrolInNewTeam(app, { slug: `beja-${locale}`, team: { commune: 'Béja' } }));
    if (locale === 'ar') await say('/lang ar');
    const date = (s: string) => (locale === 'ar' ? arabicDigits(s) : s);
    const mission = app.questionnaires.find((x) => x.id === 'compte-rendu-mission') as Questionnaire;
    await fill('compte-rendu-mission', {
      q_mission_date: date('04/12/2026'),
      q_mission_commune: w.commune,
      q_mission_kind: pick(mission, 'q_mission_kind', 'coaching_visit'),
      q_participants: w.participants,
      q_findings: w.findings,
      q_recommendations: w.recommendations,
      q_mission_summary: w.summary,
    });
    await fill('journal-visite', {
      q_visit_date: date('27/11/2026'),
      q_visit_place: w.place,
      q_visit_surprises: w.surprises,
    });
  });

  it('heads the mission report with the commune visited and its day, not the team’s commune', async () => {
    const paragraphs = await reportOf(locale === 'ar' ? 'مهمة' : 'mission');
    const title = locale === 'ar' ? 'تقرير مهمة' : 'Compte rendu de mission';
    // The title, then the subtitle under it.
    expect(paragraphs[paragraphs.indexOf(title) + 1]).toBe(`${w.commune} — 04/12/2026`);
    expect(paragraphs).not.toContain('Béja');
  });

  it('heads the visit journal with the place visited and its day', async () => {
    const paragraphs = await reportOf(locale === 'ar' ? 'زيارة' : 'visite');
    const title = locale === 'ar' ? 'مذكرة زيارة دراسية' : "Journal de visite d'étude";
    expect(paragraphs[paragraphs.indexOf(title) + 1]).toBe(`${w.place} — 27/11/2026`);
  });

  it('names each file by the day of its mission or visit, not the day it was submitted', async () => {
    await reportOf(locale === 'ar' ? 'مهمة' : 'mission');
    expect(fileName).toBe(
      locale === 'ar' ? 'jawda-تقرير-مهمة-beja-2026-12-04.docx' : 'jawda-compte-rendu-mission-beja-2026-12-04.docx',
    );
    await reportOf(locale === 'ar' ? 'زيارة' : 'visite');
    expect(fileName).toBe(
      locale === 'ar' ? 'jawda-مذكرة-زيارة-دراسية-beja-2026-11-27.docx' : 'jawda-journal-visite-beja-2026-11-27.docx',
    );
  });

  it('keeps an answer typed on several lines on several lines: one participant, one finding a line', async () => {
    const paragraphs = await reportOf(locale === 'ar' ? 'مهمة' : 'mission');
    const sep = locale === 'ar' ? ': ' : ' : ';
    expect(paragraphs).toContain(`${locale === 'ar' ? 'المشاركون' : 'Participants'}${sep}${w.participants}`);
    expect(paragraphs).toContain(`${locale === 'ar' ? 'أهم الملاحظات' : 'Principaux constats'}${sep}${w.findings}`);
  });

  it('shows the mission report in the outline’s parts and order: the summary first, recommendations after the findings', async () => {
    const paragraphs = await reportOf(locale === 'ar' ? 'مهمة' : 'mission');
    expect(headings).toEqual(w.mission);
    // The cover names its object: the kind of mission.
    const sep = locale === 'ar' ? ': ' : ' : ';
    expect(paragraphs).toContain(
      `${locale === 'ar' ? 'الموضوع' : 'Objet'}${sep}${locale === 'ar' ? 'زيارة مرافقة أو متابعة' : "Visite d'accompagnement ou de suivi"}`,
    );
    // The summary under its heading, one paragraph a line, without its label said again.
    const [first, second] = w.summary.split('\n');
    expect(paragraphs.slice(paragraphs.indexOf(w.mission[0] ?? '') + 1).slice(0, 2)).toEqual([first, second]);
    const after = (heading: string) => paragraphs[paragraphs.indexOf(heading) + 1];
    expect(after(w.mission[5] ?? '')).toBe(w.recommendations);
    // The phone asks for the summary last, once everything else is said; recommendations follow the findings.
    const asked = askedOrder('compte-rendu-mission');
    expect(asked.indexOf('q_recommendations')).toBe(asked.indexOf('q_findings') + 1);
    expect(asked.filter((id) => id !== 'q_mission_photo').at(-1)).toBe('q_mission_summary');
  });

  it('shows the visit journal in the outline’s parts and order, what surprised the team among its findings', async () => {
    const paragraphs = await reportOf(locale === 'ar' ? 'زيارة' : 'visite');
    expect(headings).toEqual(w.visit);
    const sep = locale === 'ar' ? ': ' : ' : ';
    const findings = paragraphs.indexOf(w.visit[3] ?? '');
    expect(paragraphs[findings + 1]).toBe(
      `${locale === 'ar' ? 'ما أدهشنا وما تعلّمناه' : 'Étonnements et leçons'}${sep}${w.surprises}`,
    );
  });

  it('puts every question of both reports in one part of its outline', async () => {
    for (const id of ['compte-rendu-mission', 'journal-visite']) {
      const q = app.questionnaires.find((x) => x.id === id) as Questionnaire;
      const outline = reportOutlineOf(id) ?? [];
      const placed = outline.flatMap((part) => part.questions);
      const asked = q.questions.filter((x) => x.type !== 'photo' && x.type !== 'note').map((x) => x.id);
      expect([...placed].sort()).toEqual([...asked].sort());
    }
  });
});
