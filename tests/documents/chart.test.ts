import { GlobalFonts, createCanvas, loadImage } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { renderScoreChart, type ScoreChartInput } from '../../src/documents/chart.ts';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

const levels = [
  { label: 'Initial', min: 0, color: '#aa0000' },
  { label: 'En développement', min: 40, color: '#0000aa' },
  { label: 'Maîtrisé', min: 60, color: '#00aa00' },
  { label: 'Exemplaire', min: 80, color: '#00aaaa' },
];

function chart(overrides: Partial<ScoreChartInput> = {}): ScoreChartInput {
  return {
    locale: 'fr',
    title: 'Diagnostic — état civil',
    levels,
    bars: [
      { label: 'Planification', score: 30 },
      { label: 'Indicateurs', score: 65 },
    ],
    ...overrides,
  };
}

async function pixels(png: Buffer) {
  const image = await loadImage(png);
  const canvas = createCanvas(image.width, image.height);
  const ctx = canvas.getContext('2d');
  ctx.drawImage(image, 0, 0);
  return { width: image.width, height: image.height, data: ctx.getImageData(0, 0, image.width, image.height).data };
}

/** The x of every pixel of exactly this colour. */
async function xsOf(png: Buffer, hex: string): Promise<number[]> {
  const { width, data } = await pixels(png);
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  const xs: number[] = [];
  for (let i = 0; i < data.length; i += 4) {
    if (data[i] === r && data[i + 1] === g && data[i + 2] === b) xs.push((i / 4) % width);
  }
  return xs;
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

describe('renderScoreChart', () => {
  it('draws a PNG 1200 px wide whose height follows the number of bars', async () => {
    const two = await renderScoreChart(chart());
    const bars = Array.from({ length: 9 }, (_, i) => ({ label: `Dimension ${i + 1}`, score: i * 11 }));
    const nine = await renderScoreChart(chart({ bars }));
    expect(two.subarray(0, 8)).toEqual(PNG_SIGNATURE);
    const [small, big] = [await pixels(two), await pixels(nine)];
    expect(small.width).toBe(1200);
    expect(big.width).toBe(1200);
    expect(big.height).toBeGreaterThan(small.height + 7 * 50);
  });

  it('honours another width', async () => {
    expect((await pixels(await renderScoreChart(chart({ width: 900 })))).width).toBe(900);
  });

  it('colours each bar by its maturity level', async () => {
    const png = await renderScoreChart(
      chart({
        bars: [
          { label: 'A', score: 20 },
          { label: 'B', score: 90 },
        ],
      }),
    );
    // Legend swatches use every colour; the bars add many more pixels to the two levels reached.
    const counts = await Promise.all(levels.map(async (l) => (await xsOf(png, l.color)).length));
    const [initial = 0, developing = 0, mastered = 0, exemplary = 0] = counts;
    expect(initial).toBeGreaterThan(mastered * 5);
    expect(exemplary).toBeGreaterThan(developing * 5);
  });

  it('rounds a score before finding its level, as the scoring does; a level given by the caller wins', async () => {
    const [developing, mastered, initial] = ['#0000aa', '#00aa00', '#aa0000'];
    const rounded = await renderScoreChart(chart({ bars: [{ label: 'A', score: 59.6 }] }));
    expect((await xsOf(rounded, mastered)).length).toBeGreaterThan((await xsOf(rounded, developing)).length * 5);
    const given = await renderScoreChart(chart({ bars: [{ label: 'A', score: 59.6, level: 1 }] }));
    expect((await xsOf(given, initial)).length).toBeGreaterThan((await xsOf(given, mastered)).length * 5);
  });

  it('mirrors the layout in Arabic: bars grow leftward from the right', async () => {
    const bars = [{ label: 'Planification', score: 30 }];
    const fr = await renderScoreChart(chart({ bars }));
    const ar = await renderScoreChart(
      chart({ locale: 'ar', title: 'التشخيص', bars: [{ label: 'التخطيط', score: 30 }] }),
    );
    expect(fr.equals(ar)).toBe(false);
    // The bar's colour (with its legend swatch) sits left of the middle in French, right of it in Arabic,
    // at mirrored places.
    const [xFr, xAr] = [mean(await xsOf(fr, '#aa0000')), mean(await xsOf(ar, '#aa0000'))];
    expect(xFr).toBeLessThan(600);
    expect(xAr).toBeGreaterThan(600);
    expect(Math.abs(xFr + xAr - 1200)).toBeLessThan(60);
  });

  it('draws the dashed target line only when asked', async () => {
    const target = '#1f3a5f';
    const without = await renderScoreChart(chart());
    const withTarget = await renderScoreChart(chart({ target: { value: 70, label: 'Cible 70' } }));
    expect(await xsOf(without, target)).toHaveLength(0);
    expect((await xsOf(withTarget, target)).length).toBeGreaterThan(100);
  });

  it('wraps a long label over more lines, making the row taller', async () => {
    const short = await pixels(await renderScoreChart(chart({ bars: [{ label: 'Accueil', score: 50 }] })));
    const label =
      'Besoins et attentes des habitants, mesurés par enquêtes de satisfaction et registre des réclamations';
    const long = await pixels(await renderScoreChart(chart({ bars: [{ label, score: 50 }] })));
    expect(long.height).toBeGreaterThan(short.height + 40);
  });

  it('shows a dimension without a score with no bar', async () => {
    const png = await renderScoreChart(
      chart({ bars: [{ label: 'Mode de gestion', score: null }], notAssessed: 'non évalué' }),
    );
    // Only the four legend swatches carry level colours.
    const swatch = (await xsOf(await renderScoreChart(chart({ bars: [] })), '#aa0000')).length;
    expect((await xsOf(png, '#aa0000')).length).toBe(swatch);
  });

  it('uses its own registered fonts (no system font needed)', async () => {
    await renderScoreChart(chart());
    for (const family of ['Jawda Latin', 'Jawda Latin Ext', 'Jawda Arabic']) expect(GlobalFonts.has(family)).toBe(true);
  });
});
