// A number stays on the line of the word that announces it (« article 85 », « الفصل 68 »), in DOCX and XLSX.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { directionalRuns } from '../../src/documents/bidi.ts';
import { bindAnnounced } from '../../src/documents/bind.ts';
import { renderDocx } from '../../src/documents/docx.ts';
import { renderXlsx } from '../../src/documents/xlsx.ts';

const NBSP = '\u00a0';
const LRM = '\u200e';

const TEXT = {
  fr: "Selon l'article 85 et le décret n° 2014-1039 (page 3), la loi 2019-47 fixe 3 mois.",
  ar: 'حسب الفصل 68 والفصل 85 من القانون عدد 116 لسنة 2023 والبند 9.1، في أجل 3 أشهر و 10 أعوان.',
};
const BOUND = {
  fr: ['article\u00a085', 'n°\u00a02014-1039', 'page\u00a03', 'loi\u00a02019-47'],
  ar: ['الفصل\u00a068', 'والفصل\u00a085', 'عدد\u00a0116', 'لسنة\u00a02023', 'أجل\u00a03', 'والبند\u00a09.1'],
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
  it('keeps a number bound to its Arabic word in the word’s run, and a number with a hyphen in its own', () => {
    for (const number of ['68', '9.1', '0,750'])
      expect(directionalRuns(`حسب البند${NBSP}${number} من القانون`, 'ar')).toEqual([
        { text: `حسب البند${NBSP}${number} من القانون`, rtl: true },
      ]);
    expect(directionalRuns(`الأمر عدد${NBSP}2014-1039 المؤرخ`, 'ar')).toEqual([
      { text: `الأمر عدد${NBSP}`, rtl: true },
      { text: '2014-1039', rtl: false },
      { text: ' المؤرخ', rtl: true },
    ]);
    // Without the binding, the number is a left-to-right run as before.
    expect(directionalRuns('حسب الفصل 68 من القانون', 'ar').map((run) => run.rtl)).toEqual([true, false, true]);
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
    for (const words of BOUND[locale]) {
      // In one run (in Arabic, the number in its word's run, without marks), in the paragraph and the cell.
      expect(body.split(words).length).toBe(3);
      expect(body).not.toContain(`${LRM}${words.replace(/^\D+/u, '')}${LRM}`);
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
      for (const words of BOUND[locale]) expect(value).toContain(words);
    }
  });
});
