// A sentence in the other language keeps its full stop at its end: an Arabic answer in a French
// report ended « .عون واحد … » in LibreOffice (its full stop drawn at the right, before its first word);
// a French answer in an Arabic report keeps its own as before.
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { DocModel } from '../../src/documents/doc-model.ts';
import { renderDocx } from '../../src/documents/docx.ts';

const RLM = '\u200f';

/** Each text run of the body: its text and whether it is marked right to left. */
async function runsOf(doc: DocModel): Promise<{ text: string; rtl: boolean }[]> {
  const xml = (await (await JSZip.loadAsync(await renderDocx(doc))).file('word/document.xml')?.async('string')) ?? '';
  return [...xml.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)].map(([, run = '']) => ({
    text: [...run.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)]
      .map((t) => t[1])
      .join('')
      .replace(/&apos;/g, "'"),
    rtl: /<w:rtl\/>|<w:rtl w:val="true"\/>/.test(run),
  }));
}

const model = (locale: 'fr' | 'ar', value: string): DocModel => ({
  locale,
  title: locale === 'fr' ? 'Rapport' : 'تقرير',
  sections: [
    {
      heading: locale === 'fr' ? 'Problèmes' : 'المشاكل',
      blocks: [
        { type: 'keyValues', items: [{ key: locale === 'fr' ? 'Cause racine' : 'السبب الجذري', value }] },
        { type: 'paragraph', text: value },
      ],
    },
  ],
});

describe('the full stop of a sentence in the other language', () => {
  it('fr: an Arabic sentence keeps its full stop and question mark in its right-to-left run, closed by a mark', async () => {
    for (const sentence of ['عون واحد يمضي المضامين، وهو نفسه في الاستقبال يوم الاثنين.', 'من يمضي المضامين؟']) {
      const runs = await runsOf(model('fr', sentence));
      const last = sentence.slice(-8);
      const ending = runs.filter((r) => r.text.includes(last.slice(0, -1)));
      expect(ending.length).toBe(2);
      for (const run of ending) {
        expect(run.rtl).toBe(true);
        expect(run.text.endsWith(`${last}${RLM}`)).toBe(true);
      }
      // No run of the full stop alone, laid out left to right after the Arabic.
      expect(runs.filter((r) => /^[.؟]$/.test(r.text))).toEqual([]);
    }
  });

  it('ar: a French sentence keeps its full stop in its left-to-right run', async () => {
    const runs = await runsOf(model('ar', "Un seul agent signe les extraits, et il est aussi à l'accueil."));
    const french = runs.filter((r) => r.text.includes('Un seul agent'));
    expect(french.length).toBe(2);
    for (const run of french) {
      expect(run.rtl).toBe(false);
      expect(run.text.replace(/[\u200e\u200f]/g, '').endsWith("à l'accueil.")).toBe(true);
    }
  });
});
