// The team's report reads each measured indicator against what it should be (the programme's
// diagnostic report: value, reference, gap): the target the team's plan set on it and how far the
// value is from it, and the published reference of the questionnaire (a legal delay and its
// article), in one « Cible / repère » column that keeps the table readable on A4 portrait.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../../src/app.ts';
import type { Sender } from '../../../src/core/messages.ts';
import { localDay } from '../../../src/core/time.ts';
import type { Questionnaire } from '../../../src/features/questionnaires/definitions.ts';
import { appForTests } from '../../helpers/app.ts';
import { documentIn } from '../../helpers/docx.ts';
import { enrolInNewTeam } from '../../helpers/enrol.ts';
import { text } from '../../helpers/messages.ts';
import { pick, planWalk } from '../../helpers/walk.ts';

let app: App;
appForTests((made) => (app = made));
const today = localDay(new Date(), 'Africa/Tunis');

const words = {
  fr: {
    yes: 'oui',
    header: ['Indicateur', 'Valeur', 'Source', 'Sens souhaité', 'Cible / repère'],
    share: 'Dossiers complets décidés dans le délai légal',
    shareCell: [
      'Cible du plan : ≥ 90 %',
      'Écart à combler : 30 points',
      'Repère : délai légal de 45 jours (60 ou 90 selon le cas), CATU art. 69',
    ],
    delay: 'Délai médian entre le dossier complet et la décision',
    delayCell: ['Repère : 45 jours (60 ou 90 selon le cas), CATU art. 69'],
    reached: 'Cible atteinte',
  },
  ar: {
    yes: 'نعم',
    header: ['المؤشر', 'القيمة', 'المصدر', 'الاتجاه المنشود', 'الهدف / المرجع'],
    share: 'نسبة الملفات المكتملة المبتّ فيها في الأجل القانوني',
    shareCell: [
      'هدف الخطة: 90 % على الأقل',
      'الفارق المتبقّي: 30 نقطة',
      'المرجع: أجل قانوني مدّته 45 يومًا (60 أو 90 حسب الحالة)، مجلة التهيئة الترابية والتعمير، الفصل 69',
    ],
    delay: 'المدة الوسيطة بين اكتمال الملف والقرار',
    delayCell: ['المرجع: 45 يومًا (60 أو 90 حسب الحالة)، مجلة التهيئة الترابية والتعمير، الفصل 69'],
    reached: 'الهدف محقَّق',
  },
} as const;

/** A DOCX's tables: rows of cells, each cell its lines (paragraphs, line breaks), without marks. */
async function tables(data: Uint8Array): Promise<string[][][]> {
  const xml = (await (await JSZip.loadAsync(data)).file('word/document.xml')?.async('string')) ?? '';
  const clean = (s: string) =>
    s
      .replace(/<w:br\/>/g, '\n')
      .replace(/<[^>]+>/g, '')
      .replace(/[\u200e\u200f\u2066-\u2069]/g, '')
      .replace(/[\u00a0\u202f\u2060]/g, ' ')
      .trim();
  return xml
    .split('</w:tbl>')
    .slice(0, -1)
    .map((table) =>
      table
        .slice(table.indexOf('<w:tbl>'))
        .split('</w:tr>')
        .slice(0, -1)
        .map((row) =>
          row
            .split('</w:tc>')
            .slice(0, -1)
            .map((cell) => cell.split('</w:p>').slice(0, -1).map(clean).filter(Boolean).join('\n')),
        ),
    );
}

/** A DOCX's paragraphs outside tables, each as its lines (line breaks), without marks. */
async function paragraphLines(data: Uint8Array): Promise<string[][]> {
  const xml = (await (await JSZip.loadAsync(data)).file('word/document.xml')?.async('string')) ?? '';
  return xml
    .replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, '')
    .split('</w:p>')
    .map((p) =>
      p
        .replace(/<w:br\/>/g, '\n')
        .replace(/<[^>]+>/g, '')
        .replace(/&apos;/g, "'")
        .replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
        .replace(/[\u00a0\u202f\u2060]/g, ' ')
        .split('\n')
        .map((l) => l.trim()),
    );
}

describe.each([
  ['fr', '60'],
  ['ar', '60'],
  ['fr', '95'],
  ['ar', '95'],
] as const)("the team report's measures, in %s, %s %% decided in the legal delay", (locale, share) => {
  const w = words[locale];
  let who: Sender;
  const say = async (line: string) => (await app.handle(text(who, line))).replies;

  beforeAll(async () => {
    let personId: string;
    ({ who, personId } = await enrolInNewTeam(app, {
      slug: `measures-${locale}-${share}`,
      team: { commune: 'Béja' },
    }));
    await app.db.personRole.create({ data: { personId, role: 'coordinator' } });
    if (locale === 'ar') await say('/lang ar');
    const q = app.questionnaires[0] as Questionnaire;
    await say(`/diagnostic ${q.id}`);
    // Under 90 % decided in the legal delay, or a decision in over 45 days: the plan drafts an
    // action whose target is « ≥ 90 % » of files decided in the legal delay.
    const preset = {
      q_service_domain: pick(q, 'q_service_domain', 'building_permits'),
      q_bp_legal_delay_share: share,
      q_bp_decision_days: '70',
    };
    for (const s of planWalk(q, locale, today, Infinity, preset)) await say(s.line);
    await say('/submit');
    await say(w.yes);
  });

  it('gives each indicator its plan target, the gap to it and its published reference', async () => {
    const doc = documentIn(await say('/report'));
    if (process.env.SHOW) writeFileSync(join('/tmp', doc.fileName), doc.data);
    const measures = (await tables(doc.data)).find((t) => t[0]?.[0] === w.header[0] && t[0]?.length === 5);
    expect(measures?.[0]).toEqual(w.header);
    const row = (label: string) => measures?.find((r) => r[0] === label);
    // 60 %: 30 points left to the target; 95 %: the target is reached.
    const [target = '', gap = '', reference = ''] = w.shareCell;
    expect(row(w.share)?.[4]?.split('\n')).toEqual([target, share === '60' ? gap : w.reached, reference]);
    expect(row(w.delay)?.[4]?.split('\n')).toEqual(w.delayCell);
    // An indicator with neither target nor reference says so with « — », not an empty cell.
    expect(measures?.slice(1).filter((r) => r[4] === '—').length).toBeGreaterThan(0);
  });

  it("gives the guide's measured indicators of the commune their plan target and the gap to it", async () => {
    const doc = documentIn(await say(`/guide ${locale}`));
    if (process.env.SHOW) writeFileSync(join('/tmp', doc.fileName), doc.data);
    const lines = await paragraphLines(doc.data);
    // « Dossiers complets décidés dans le délai légal : 60 % », then the target and the gap (or that
    // it is reached) on lines of their own, as the report's « Cible / repère » column says them.
    const measure = lines.find((p) => p[0]?.startsWith(w.share) && p[0].includes(`${share} %`));
    const [target = '', gap = ''] = w.shareCell;
    expect(measure?.slice(1)).toEqual([target, share === '60' ? gap : w.reached]);
    // A measured indicator the plan sets no target on keeps its value alone.
    const delay = lines.find((p) => p[0]?.startsWith(w.delay));
    expect(delay).toHaveLength(1);
  });
});
