// A team's answer typed in one language with a word of the other in it (an acronym, a product
// name) is drawn in its own order in the report and the guide of either language: an Arabic
// answer with « SMS » or « GED » inside is one right-to-left stretch in a French document (it was
// cut at the Latin word, and its pieces drawn left to right: « (SMS غير مرسلة للمنتفعين) »), and
// the arrow from a problem to its action stays between them, pointing at the action.
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
import { planWalk } from '../../helpers/walk.ts';

let app: App;
appForTests((made) => (app = made));
const today = localDay(new Date(), 'Africa/Tunis');

const problem = 'الإرساليات القصيرة (SMS غير مرسلة) للمنتفعين';
const action = 'رقمنة الأرشيف عبر نظام GED في المصلحة';

/** Each paragraph of the body: its runs' text (marks and controls kept) and whether each is right to left. */
async function paragraphs(data: Uint8Array): Promise<{ text: string; rtl: boolean }[][]> {
  const xml = (await (await JSZip.loadAsync(data)).file('word/document.xml')?.async('string')) ?? '';
  return xml.split('</w:p>').map((p) =>
    [...p.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)].map(([, run = '']) => ({
      text: [...run.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)]
        .map((t) =>
          (t[1] ?? '')
            .replace(/&apos;/g, "'")
            .replace(/&quot;/g, '"')
            .replace(/&amp;/g, '&'),
        )
        .join(''),
      rtl: /<w:rtl\/>/.test(run),
    })),
  );
}

/** The paragraph's text as the Unicode bidi algorithm sees it (its direction controls kept). */
const joined = (runs: { text: string }[]) => runs.map((r) => r.text).join('');

describe.each(['fr', 'ar'] as const)('an answer with words of both languages, in a %s document', (locale) => {
  let who: Sender;
  const say = async (line: string) => (await app.handle(text(who, line))).replies;

  beforeAll(async () => {
    let personId: string;
    ({ who, personId } = await enrolInNewTeam(app, { slug: `mixed-${locale}`, team: { commune: 'Béja' } }));
    await app.db.personRole.create({ data: { personId, role: 'coordinator' } });
    // The team answers in Arabic; the documents are asked for in `locale`.
    await say('/lang ar');
    const q = app.questionnaires[0] as Questionnaire;
    await say(`/diagnostic ${q.id}`);
    for (const s of planWalk(q, 'ar', today, Infinity, { q_problem_1: problem, q_problem_1_action: action }))
      await say(s.line);
    await say('/submit');
    await say('نعم');
    if (locale === 'fr') await say('/lang fr');
  });

  const documentOf = async (command: string) => {
    const doc = documentIn(await say(command));
    if (process.env.SHOW) writeFileSync(join('/tmp', `${locale}-${doc.fileName}`), doc.data);
    return paragraphs(doc.data);
  };

  it.each(['/report', `/guide ${locale}`])(
    '%s keeps the Arabic answer in one right-to-left stretch',
    async (command) => {
      const all = await documentOf(command);
      const found = all.filter((p) =>
        joined(p)
          .replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
          .includes(problem),
      );
      expect(found.length).toBeGreaterThan(0);
      for (const p of found) {
        const whole = joined(p);
        if (locale === 'fr') {
          // The answer from its first Arabic word to its last, Latin word and brackets within, in one
          // right-to-left embedding: the Latin word is drawn inside it, not between its pieces.
          expect(whole).toMatch(/\u202bالإرساليات القصيرة \([^]*SMS[^]*غير مرسلة\) للمنتفعين[\u200f]*\u202c/u);
        } else {
          // In Arabic, the paragraph's own direction keeps it in order: no embedding is needed.
          expect(whole).not.toMatch(/[\u202a-\u202e]/u);
          expect(p.find((r) => r.text.includes('SMS'))?.rtl).toBe(false);
        }
      }
    },
  );

  it(`/guide ${locale} points the arrow from the problem to its action`, async () => {
    const all = await documentOf(`/guide ${locale}`);
    const line = all.find((p) => joined(p).includes('رقمنة الأرشيف'));
    const whole = joined(line ?? []);
    const strip = (s: string) => s.replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '');
    expect(strip(whole)).toBe(`${problem} ${locale === 'ar' ? '←' : '→'} ${action}`);
    if (locale === 'fr') {
      // Problem and action each in an embedding of its own; the arrow between them, after a
      // left-to-right mark, is laid out left to right with the French line (it was drawn inside the
      // right-to-left text, pointing back at the problem).
      const arrow = whole.indexOf('→');
      expect(whole.slice(0, arrow)).toMatch(/\u202c\u200e\s*$/u);
      expect(whole.slice(arrow + 1)).toMatch(/^\s*\u202b/u);
    }
  });
});

// The mirror: a team's French answer in an Arabic document, with an Arabic word inside or its own
// figures and full stop, is one left-to-right embedding drawn in order, its full stop at its end; the
// arrow to its action after it stays in the Arabic line (it was laid out right to left, the Arabic
// word before the French words and the full stop before « Guichet »).
const frenchProblem = "Guichet unique (bureau d'ordre) : 3 agents.";
const frenchAction = 'Former les agents au logiciel مضمون';
const LRE = '\u202a';
const PDF = '\u202c';

describe.each(['fr', 'ar'] as const)('a French answer, in a %s document', (locale) => {
  let who: Sender;
  const say = async (line: string) => (await app.handle(text(who, line))).replies;

  beforeAll(async () => {
    let personId: string;
    ({ who, personId } = await enrolInNewTeam(app, { slug: `french-${locale}`, team: { commune: 'Béja' } }));
    await app.db.personRole.create({ data: { personId, role: 'coordinator' } });
    await say('/lang fr');
    const q = app.questionnaires[0] as Questionnaire;
    await say(`/diagnostic ${q.id}`);
    for (const s of planWalk(q, 'fr', today, Infinity, {
      q_problem_1: frenchProblem,
      q_problem_1_action: frenchAction,
    }))
      await say(s.line);
    await say('/submit');
    await say('oui');
    if (locale === 'ar') await say('/lang ar');
  });

  const documentOf = async (command: string) => {
    const doc = documentIn(await say(command));
    if (process.env.SHOW) writeFileSync(join('/tmp', `fr-answer-${locale}-${doc.fileName}`), doc.data);
    return paragraphs(doc.data);
  };
  const strip = (s: string) => s.replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '');

  it.each(['/report', `/guide ${locale}`])(
    '%s keeps the French action in one left-to-right stretch',
    async (command) => {
      const all = await documentOf(command);
      const found = all.filter((p) => strip(joined(p)).includes(frenchAction));
      expect(found.length).toBeGreaterThan(0);
      for (const p of found) {
        const whole = joined(p);
        // « (fr) » marks, in the Arabic report, an answer typed in French: it ends the embedding too.
        if (locale === 'ar')
          expect(whole).toMatch(/\u202aFormer les agents au logiciel مضمون(?: \(fr\))?\u202c\u200f/u);
        else expect(whole).not.toMatch(/[\u202a-\u202e]/u);
      }
    },
  );

  it('/report keeps the problem with its full stop after its numbered label', async () => {
    const all = await documentOf('/report');
    const whole = joined(all.find((p) => strip(joined(p)).includes('Guichet unique')) ?? []);
    if (locale === 'ar') {
      // « المشكلة 1: » stays in the Arabic line, the answer with its full stop one embedding after it
      // (the number was drawn with the French words, the full stop at the line's far left).
      expect(strip(whole)).toBe(`المشكلة 1: ${frenchProblem}`);
      expect(whole).toMatch(/1\u200e\u200f: \u202aGuichet unique \(bureau d'ordre\) : 3 agents\.\u202c\u200f$/u);
    } else expect(whole).not.toMatch(/[\u202a-\u202e]/u);
  });

  it(`/guide ${locale} keeps the problem's full stop at its end and the arrow in the line`, async () => {
    const all = await documentOf(`/guide ${locale}`);
    const whole = joined(all.find((p) => strip(joined(p)).includes('Guichet unique')) ?? []);
    expect(strip(whole)).toBe(`${frenchProblem} ${locale === 'ar' ? '←' : '→'} ${frenchAction}`);
    if (locale === 'ar') {
      // Problem and action each in a left-to-right embedding, the full stop inside the first; the
      // arrow between them, after a right-to-left mark, is laid out right to left with the line.
      const arrow = whole.indexOf('←');
      expect(whole.slice(0, arrow)).toMatch(new RegExp(`^${LRE}[^${PDF}]*agents\\.${PDF}\\u200f\\s*$`, 'u'));
      expect(whole.slice(arrow + 1)).toMatch(new RegExp(`^\\s*${LRE}`, 'u'));
    }
  });
});
