import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { renderScoreChart } from '../../src/documents/chart.ts';
import type { DocModel } from '../../src/documents/doc-model.ts';
import { renderDocx } from '../../src/documents/docx.ts';

const LRM = '\u200e';
const RLM = '\u200f';

async function sample(locale: 'fr' | 'ar'): Promise<DocModel> {
  const png = await renderScoreChart({
    locale,
    title: locale === 'fr' ? 'Scores' : 'النتائج',
    levels: [{ label: 'Initial', min: 0 }],
    bars: [{ label: 'Accueil', score: 72 }],
  });
  const fr = locale === 'fr';
  return {
    locale,
    title: fr ? 'Rapport de diagnostic — état civil' : 'تقرير تشخيص — الحالة المدنية',
    subtitle: fr ? 'Commune de Sfax' : 'بلدية صفاقس',
    cover: [{ key: fr ? 'Date' : 'التاريخ', value: '12/03/2025' }],
    sections: [
      {
        heading: fr ? 'Synthèse' : 'الخلاصة',
        blocks: [
          { type: 'paragraph', text: fr ? 'Score global : 72 / 100.' : 'النتيجة الجملية 72 / 100 حسب ISO 9001.' },
          { type: 'bullets', items: [fr ? 'Accueil organisé' : 'استقبال منظّم'] },
          { type: 'image', png, caption: fr ? 'Figure 1' : 'الشكل 1' },
        ],
      },
      {
        heading: fr ? 'Plan' : 'الخطة',
        level: 2,
        blocks: [
          { type: 'numbered', items: ['A', 'B'] },
          {
            type: 'table',
            header: fr ? ['N°', 'Action', 'Pilote'] : ['ع', 'النشاط', 'المسؤول'],
            rows: [['1', fr ? 'Rédiger les objectifs' : 'صياغة الأهداف', 'Ahmed Ben Ali']],
            columnWidths: [1, 4, 2],
          },
          { type: 'numbered', items: ['C'] },
          { type: 'keyValues', items: [{ key: fr ? 'Pilote' : 'المسؤول', value: 'Leïla' }] },
          { type: 'pageBreak' },
          { type: 'paragraph', text: fr ? 'Fin' : 'النهاية', bold: true },
        ],
      },
    ],
  };
}

async function open(doc: DocModel) {
  const zip = await JSZip.loadAsync(await renderDocx(doc));
  const text = async (path: string) => {
    const file = zip.file(path);
    if (!file) throw new Error(`${path} missing`);
    return file.async('string');
  };
  return { zip, text };
}

/** The XML without the direction marks put around runs, and runs joined: the text as read. */
const stripMarks = (xml: string) =>
  xml
    .replace(/[\u200e\u200f]/g, '')
    .replace(/<\/w:t><\/w:r><w:r>(?:<w:rPr>(?:(?!<\/w:rPr>).)*<\/w:rPr>)?<w:t xml:space="preserve">/g, '');

const paragraphs = (xml: string) => xml.match(/<w:p[ >].*?<\/w:p>/g) ?? [];

describe.each(['fr', 'ar'] as const)('renderDocx (%s)', (locale) => {
  it('writes the title, header, footer page numbers, table cells and an embedded PNG', async () => {
    const doc = await sample(locale);
    const { zip, text } = await open(doc);
    const body = await text('word/document.xml');
    expect(body).toContain(doc.title);
    expect(body).toContain('<w:pStyle w:val="Title"/>');
    expect(body).toContain('<w:pStyle w:val="Heading1"/>');
    expect(body).toContain('<w:pStyle w:val="Heading2"/>');
    for (const cell of locale === 'fr' ? ['Action', 'Rédiger les objectifs'] : ['النشاط', 'صياغة الأهداف'])
      expect(body).toContain(`>${cell}<`);
    expect(body).toContain('Ahmed Ben Ali');
    expect(body).toMatch(/<w:pgSz w:w="11906" w:h="16838"/); // A4
    expect(Object.keys(zip.files).filter((f) => /^word\/media\/.+\.png$/.test(f))).toHaveLength(1);
    expect(body).toContain('<w:drawing>');
    expect(body).toContain('<w:br w:type="page"/>');
    expect(await text('word/header1.xml')).toContain(doc.title);
    const footer = await text('word/footer1.xml');
    expect(footer).toContain('PAGE');
    expect(footer).toContain('NUMPAGES');
    expect(footer).toContain(locale === 'fr' ? 'Page ' : 'الصفحة ');
  });

  it('shades the header row, repeats it on each page, keeps each row on one page and sizes the columns', async () => {
    const body = await (await open(await sample(locale))).text('word/document.xml');
    expect(body).toContain('<w:tblHeader/>');
    const rows = body.match(/<w:tr>.*?<\/w:tr>/g) ?? [];
    expect(rows.length).toBeGreaterThan(1);
    for (const row of rows) expect(row).toContain('<w:cantSplit/>');
    expect(body).toMatch(/<w:shd [^>]*w:fill="DCE6F0"/);
    expect(body).toContain('<w:tblLayout w:type="fixed"/>');
    const grid = [...body.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(grid).toHaveLength(3);
    expect(grid.reduce((a, b) => a + b, 0)).toBe(11906 - 2 * 1134);
    expect(grid[1]).toBeGreaterThan(grid[0]! * 3);
  });

  it('fits the image to the text width, keeping its proportions', async () => {
    const doc = await sample(locale);
    const image = doc.sections[0]?.blocks.find((b) => b.type === 'image');
    if (image?.type !== 'image') throw new Error('no image block');
    const view = new DataView(image.png.buffer, image.png.byteOffset);
    const [width, height] = [view.getUint32(16), view.getUint32(20)];
    const body = await (await open(doc)).text('word/document.xml');
    const [, cx = '0', cy = '0'] = body.match(/<wp:extent cx="(\d+)" cy="(\d+)"\/>/) ?? [];
    expect(Number(cx)).toBeLessThanOrEqual((11906 - 2 * 1134) * 635); // EMU per twip
    expect(Number(cx) / Number(cy)).toBeCloseTo(width / height, 1);
  });

  it("keeps a bold line and a table's or a picture's introduction on the page of what follows them", async () => {
    const fr = locale === 'fr';
    const [intro, title, plain, chartIntro] = fr
      ? ['Le plan contient 2 actions.', 'Problème 1 : attente au guichet', 'Texte courant.', 'Notes de 0 à 100.']
      : ['تتضمن الخطة إجراءين.', 'المشكلة 1: الانتظار في الشباك', 'نص عادي.', 'النتائج من 0 إلى 100.'];
    const png = await renderScoreChart({
      locale,
      title: 'Scores',
      levels: [{ label: 'Initial', min: 0 }],
      bars: [{ label: 'Accueil', score: 72 }],
    });
    const doc: DocModel = {
      locale,
      title: 'Plan',
      sections: [
        {
          heading: 'Plan',
          blocks: [
            { type: 'paragraph', text: intro },
            { type: 'table', header: ['#', 'Action'], rows: [['1', 'A']] },
            { type: 'paragraph', text: title, bold: true },
            { type: 'keyValues', items: [{ key: 'Cause', value: 'B' }] },
            { type: 'paragraph', text: plain },
            { type: 'paragraph', text: plain },
            { type: 'paragraph', text: chartIntro },
            { type: 'image', png, alt: 'Scores' },
          ],
        },
      ],
    };
    const body = await (await open(doc)).text('word/document.xml');
    const holding = (words: string) =>
      paragraphs(body)
        .filter((p) => stripMarks(p).includes(words))
        .map((p) => p.includes('<w:keepNext/>'));
    expect(holding(intro)).toEqual([true]);
    expect(holding(title)).toEqual([true]);
    expect(holding(plain)).toEqual([false, false]);
    expect(holding(chartIntro)).toEqual([true]);
    // The bold line stands apart from the block above it; plain lines keep the default spacing.
    const spaced = (words: string) =>
      paragraphs(body)
        .filter((p) => stripMarks(p).includes(words))
        .map((p) => /<w:spacing [^>]*w:before="200"/.test(p));
    expect(spaced(title)).toEqual([true]);
    expect(spaced(plain)).toEqual([false, false]);
  });

  it('starts each numbered list at 1 (its own numbering instance)', async () => {
    const body = await (await open(await sample(locale))).text('word/document.xml');
    const numIds = new Set([...body.matchAll(/<w:numId w:val="(\d+)"\/>/g)].map((m) => m[1]));
    expect(numIds.size).toBe(3); // bullets, first numbered list, second numbered list
  });
});

describe('renderDocx direction', () => {
  it('French: no paragraph, run or table is right to left', async () => {
    const { text } = await open(await sample('fr'));
    for (const part of ['word/document.xml', 'word/header1.xml', 'word/footer1.xml']) {
      const xml = await text(part);
      expect(xml).not.toContain('<w:bidi/>');
      expect(xml).not.toContain('<w:rtl/>');
    }
    expect(await text('word/document.xml')).not.toContain('<w:bidiVisual/>');
  });

  it('Arabic: every paragraph, header and footer included, is right to left', async () => {
    const { text } = await open(await sample('ar'));
    for (const part of ['word/document.xml', 'word/header1.xml', 'word/footer1.xml']) {
      const all = paragraphs(await text(part));
      expect(all.length).toBeGreaterThan(0);
      expect(all.filter((p) => !p.includes('<w:bidi/>'))).toEqual([]);
    }
  });

  it('Arabic: the table reads from the right and is right-aligned', async () => {
    const body = await (await open(await sample('ar'))).text('word/document.xml');
    const tblPr = body.match(/<w:tblPr>.*?<\/w:tblPr>/)?.[0] ?? '';
    expect(tblPr).toContain('<w:bidiVisual/>');
    expect(tblPr).toContain('<w:jc w:val="right"/>');
  });

  it('Arabic: Arabic runs are rtl; French words and numbers are ltr runs between LRM marks, inside RLM marks', async () => {
    const body = await (await open(await sample('ar'))).text('word/document.xml');
    const run = (content: string) =>
      body.match(new RegExp(`<w:r>(?:(?!</w:r>).)*${content}(?:(?!</w:r>).)*</w:r>`))?.[0] ?? '';
    expect(run('النتيجة الجملية')).toContain('<w:rtl/>');
    for (const ltr of ['72 / 100', 'ISO 9001', 'Ahmed Ben Ali', '12/03/2025']) {
      expect(run(ltr)).toContain(`>${RLM}${LRM}${ltr}${LRM}${RLM}<`);
      expect(run(ltr)).not.toContain('<w:rtl/>');
    }
  });

  it.each(['fr', 'ar'] as const)(
    'binds a number to its percent sign or unit with a narrow no-break space, in paragraphs and cells (%s)',
    async (locale) => {
      const doc = await sample(locale);
      const fr = locale === 'fr';
      doc.sections[0]?.blocks.push({
        type: 'paragraph',
        text: fr
          ? 'Couverture : 50 % des ménages en 3 mois, 10 agents.'
          : 'التغطية: 50 % من المنازل في 5 أيام، 10 أعوان.',
      });
      doc.sections[1]?.blocks.push({ type: 'table', header: ['#'], rows: [['78 % → ≥ 90 %']] });
      const body = stripMarks(await (await open(doc)).text('word/document.xml'));
      expect(body).toContain('50\u202f%');
      expect(body).toContain('78\u202f% → ≥ 90\u202f%');
      expect(body).not.toMatch(/\d[ \u00a0]%/u);
      if (!fr) expect(body).toContain('5\u202fأيام');
      // A number before an ordinary word keeps its plain space.
      expect(body).toContain(fr ? '10 agents' : '10 أعوان');
    },
  );

  it.each(['fr', 'ar'] as const)(
    'keeps French quotes with their words: no line ends after « or starts with » (%s)',
    async (locale) => {
      const doc = await sample(locale);
      doc.sections[0]?.blocks.push({
        type: 'paragraph',
        text: "Une procédure permet d'obtenir le label « Effective CAF User », qui reconnaît une démarche.",
      });
      doc.sections[1]?.blocks.push({ type: 'table', header: ['#'], rows: [['« Voirie »']] });
      const body = stripMarks(await (await open(doc)).text('word/document.xml'));
      expect(body).toContain('le label «\u202fEffective CAF User\u202f», qui');
      expect(body).toContain('«\u202fVoirie\u202f»');
      expect(body).not.toMatch(/«[ \u00a0]|[ \u00a0]»/u);
    },
  );

  it('refuses an image that is not a PNG', async () => {
    const doc: DocModel = {
      locale: 'fr',
      title: 'T',
      sections: [{ heading: 'H', blocks: [{ type: 'image', png: new Uint8Array([1, 2, 3]) }] }],
    };
    await expect(renderDocx(doc)).rejects.toThrow('not a PNG');
  });

  it('sets Arabic-capable fonts and complex-script sizes', async () => {
    const { text } = await open(await sample('ar'));
    const styles = await text('word/styles.xml');
    expect(styles).toMatch(/<w:rFonts [^>]*w:cs="Arial"/);
    expect(styles).toContain('<w:szCs w:val="22"/>');
    expect(styles).toContain('w:bidi="ar-TN"');
  });
});
