// A number stays on the line of the word that announces it (« article 85 », « الفصل 68 »), in DOCX and XLSX.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { directionalRuns } from '../../src/documents/bidi.ts';
import { bindAnnounced, bindPunctuation, joinBoundHyphens, keepTogether } from '../../src/documents/bind.ts';
import { renderDocx } from '../../src/documents/docx.ts';
import { renderXlsx } from '../../src/documents/xlsx.ts';

const NBSP = '\u00a0';
const LRM = '\u200e';
const NNBSP = '\u202f';
const WJ = '\u2060';

const TEXT = {
  fr: "Selon l'article 85 et le décret n° 2014-1039 (page 3), la loi 2019-47 fixe 3 mois.",
  ar: 'حسب الفصل 68 والفصل 85 من القانون عدد 116 لسنة 2023 والبند 9.1 والأمر عدد 2014-1039، في أجل 3 أشهر و 10 أعوان بنسبة 50 %.',
};
const BOUND = {
  fr: ['article\u00a085', 'n°\u00a02014-1039', 'page\u00a03', 'loi\u00a02019-47'],
  ar: [
    'الفصل\u00a068',
    'والفصل\u00a085',
    'عدد\u00a0116',
    'لسنة\u00a02023',
    'أجل\u00a03',
    'والبند\u00a09.1',
    'عدد\u00a02014-1039',
    'بنسبة\u00a050',
  ],
};
/** In DOCX, hyphens so bound are joined, and in Arabic a figure is marked left to right after its first number. */
const BOUND_DOCX = {
  fr: ['article\u00a085', 'n°\u00a02014-\u20601039', 'page\u00a03', 'loi\u00a02019-\u206047'],
  ar: [...BOUND.ar.slice(0, 6), 'عدد\u00a02014\u200e-\u20601039\u200e', 'بنسبة\u00a050\u200e\u202f%\u200e'],
};

describe('bindAnnounced', () => {
  it.each(['fr', 'ar'] as const)('binds a number to the word announcing it with a no-break space (%s)', (locale) => {
    const bound = bindAnnounced(TEXT[locale]);
    for (const words of BOUND[locale]) expect(bound).toContain(words);
    // A number after an ordinary word, or before its noun, keeps its plain space.
    expect(bound).toContain(locale === 'fr' ? 'fixe 3 mois' : 'و 10 أعوان');
  });

  it('leaves a word that only ends like an announcing one, and a word without a number after it', () => {
    expect(bindAnnounced('Le Liban 2 fois')).toBe('Le Liban 2 fois');
    expect(bindAnnounced('الفصل الأول')).toBe('الفصل الأول');
    expect(bindAnnounced('pages 3 à 5')).toBe('pages\u00a03 à 5');
  });
});

describe('directionalRuns with a bound number', () => {
  it('keeps a plain number bound to its Arabic word in the word’s run, as it is', () => {
    for (const number of ['68', '9.1', '0,750'])
      expect(directionalRuns(`حسب البند${NBSP}${number} من القانون`, 'ar')).toEqual([
        { text: `حسب البند${NBSP}${number} من القانون`, rtl: true },
      ]);
    // Without the binding, the number is a left-to-right run as before.
    expect(directionalRuns('حسب الفصل 68 من القانون', 'ar').map((run) => run.rtl)).toEqual([true, false, true]);
  });

  it('keeps a figure with a hyphen or a sign in the word’s run, marked left to right after its first number', () => {
    // LibreOffice ended lines between « عدد » and « 2014-1039 » or « بنسبة » and « 50 % » in runs of their own.
    expect(directionalRuns(bindAnnounced('الأمر عدد 2014-1039 المؤرخ'), 'ar')).toEqual([
      { text: `الأمر عدد${NBSP}2014${LRM}-1039${LRM} المؤرخ`, rtl: true },
    ]);
    expect(directionalRuns(keepTogether('بنسبة 50 % من الأعوان'), 'ar')).toEqual([
      { text: `بنسبة${NBSP}50${LRM}${NNBSP}%${LRM} من الأعوان`, rtl: true },
    ]);
    expect(directionalRuns(keepTogether('بنسبة 63% من الاستهلاك'), 'ar')).toEqual([
      { text: `بنسبة${NBSP}63${LRM}%${LRM} من الاستهلاك`, rtl: true },
    ]);
    // A figure after an ordinary word keeps its own run.
    expect(directionalRuns(keepTogether('حوالي 50 % من'), 'ar').map((run) => run.text)).toEqual([
      'حوالي ',
      `50${NNBSP}%`,
      ' من',
    ]);
  });

  it('keeps a number opening an Arabic quotation with its guillemet, after a full no-break space', () => {
    // After « and a narrow no-break space, LibreOffice still left the guillemet alone at a line end.
    expect(directionalRuns(keepTogether('في أجل « 30 يوما » من'), 'ar')).toEqual([
      { text: `في أجل «${NBSP}30 يوما${NNBSP}» من`, rtl: true },
    ]);
    expect(directionalRuns(keepTogether('أي « 50 % من الأعوان »'), 'ar')).toEqual([
      { text: `أي «${NBSP}50${LRM}${NNBSP}%${LRM} من الأعوان${NNBSP}»`, rtl: true },
    ]);
    // In French, the quotation keeps its narrow space: LibreOffice holds it there.
    expect(directionalRuns(keepTogether('un délai de « 45 jours »'), 'fr')).toEqual([
      { text: `un délai de «${NNBSP}45 jours${NNBSP}»`, rtl: false },
    ]);
  });
});

describe('joinBoundHyphens', () => {
  it('joins the hyphens of a number bound to its word or guillemet, and no other', () => {
    expect(joinBoundHyphens(bindAnnounced('le décret n° 2014-1039 du 13 mars, de 2020-2021'))).toBe(
      `le décret n°${NBSP}2014-${WJ}1039 du 13 mars, de 2020-2021`,
    );
    expect(joinBoundHyphens(`عدد${NBSP}2014${LRM}-1039${LRM} و«${NNBSP}2018-29${NNBSP}»`)).toBe(
      `عدد${NBSP}2014${LRM}-${WJ}1039${LRM} و«${NNBSP}2018-${WJ}29${NNBSP}»`,
    );
  });
});

describe.each(['fr', 'ar'] as const)('documents keep a number with its word (%s)', (locale) => {
  it('DOCX: paragraphs and cells', async () => {
    const bytes = await renderDocx({
      locale,
      title: 'T',
      sections: [
        {
          heading: 'H',
          blocks: [
            { type: 'paragraph', text: TEXT[locale] },
            { type: 'table', header: ['#'], rows: [[TEXT[locale]]] },
          ],
        },
      ],
    });
    const body = (await JSZip.loadAsync(bytes).then((zip) => zip.file('word/document.xml')?.async('string'))) ?? '';
    for (const words of BOUND_DOCX[locale]) {
      // In one run (in Arabic, the number in its word's run), in the paragraph and the cell.
      expect(body.split(words).length).toBe(3);
    }
  });

  it('XLSX: text cells and headers', async () => {
    const bytes = await renderXlsx({
      locale,
      sheets: [{ name: 'S', columns: [{ header: TEXT[locale] }], rows: [[TEXT[locale]]] }],
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('S');
    for (const cell of ['A1', 'A2']) {
      const value = sheet?.getCell(cell).text ?? '';
      // Hyphens as typed: a cell is searched and filtered by the number.
      for (const words of BOUND[locale]) expect(value).toContain(words);
      expect(value).not.toContain(WJ);
    }
  });
});

describe('bindPunctuation', () => {
  it('keeps « ; », « ! » and « ? » on the line of the word before them, in DOCX', async () => {
    // The guide printed « … avec des homologues français » and, alone on the next line, « ; ».
    expect(bindPunctuation('des homologues français ; puis. Et ? Oui ! Clé : valeur')).toBe(
      `des homologues français${NNBSP}; puis. Et${NNBSP}? Oui${NNBSP}! Clé : valeur`,
    );
    // A sign that is not one (a smiley, a URL's query, a sign opening a line) is left as it is.
    expect(bindPunctuation('voir ?id=3 ;) et\n? fin')).toBe('voir ?id=3 ;) et\n? fin');
    const bytes = await renderDocx({
      locale: 'fr',
      title: 'T',
      sections: [{ heading: 'H', blocks: [{ type: 'paragraph', text: 'avec des homologues français ; puis' }] }],
    });
    const body = (await JSZip.loadAsync(bytes).then((zip) => zip.file('word/document.xml')?.async('string'))) ?? '';
    expect(body).toContain(`français${NNBSP};`);
  });
});
