/**
 * The chart's fonts, registered with the canvas once. Noto Sans Arabic ships in unicode-range subsets
 * (Fontsource): each subset gets its own family name, because two files registered under one name hide each
 * other's glyphs; the canvas then falls back from one family of the list to the next for each character.
 */
import { createRequire } from 'node:module';
import { GlobalFonts } from '@napi-rs/canvas';

const SUBSETS = [
  { subset: 'latin', family: 'Jawda Latin' },
  { subset: 'latin-ext', family: 'Jawda Latin Ext' },
  { subset: 'arabic', family: 'Jawda Arabic' },
] as const;
const WEIGHTS = [400, 700] as const;

/** CSS font-family list covering French and Arabic with the registered fonts only (no system font needed). */
export const CHART_FONT_FAMILY = SUBSETS.map((s) => `"${s.family}"`).join(', ');

let registered = false;

/** Registers the font files with the canvas on first use; later calls do nothing. */
export function registerChartFonts(): void {
  if (registered) return;
  const require = createRequire(import.meta.url);
  for (const { subset, family } of SUBSETS) {
    for (const weight of WEIGHTS) {
      const path = require.resolve(
        `@fontsource/noto-sans-arabic/files/noto-sans-arabic-${subset}-${weight}-normal.woff2`,
      );
      if (!GlobalFonts.registerFromPath(path, family)) throw new Error(`cannot load the chart font ${path}`);
    }
  }
  registered = true;
}

/** A canvas font string: `bold 30px "Jawda Latin", …`. */
export function chartFont(sizePx: number, bold = false): string {
  return `${bold ? 'bold ' : ''}${sizePx}px ${CHART_FONT_FAMILY}`;
}
