/**
 * Dimension scores (0–100) as horizontal bars, one per dimension, coloured by maturity level, drawn to a PNG
 * sized for a phone screen (a Telegram photo). In Arabic the chart is mirrored: labels on the right, bars
 * growing leftward, legend read from the right.
 */
import { createCanvas, type SKRSContext2D } from '@napi-rs/canvas';
import type { Locale } from '../core/i18n.ts';
import { createPen, wrapText, type Pen } from './chart-text.ts';
import { registerChartFonts } from './fonts.ts';

/** A maturity level: scores from `min` (0–100) up to the next level's `min`. */
export interface MaturityLevel {
  /** Name in the reader's language, e.g. "Maîtrisé" or "متحكَّم فيه". */
  label: string;
  min: number;
  /** CSS colour of its bars; a red-to-green ramp by default. */
  color?: string;
}

export interface ScoreBar {
  /** Dimension name in the reader's language (wrapped on up to three lines). */
  label: string;
  /** 0–100 (shown rounded), or null when the dimension was not assessed. */
  score: number | null;
  /** 1-based maturity level, as the scoring gives it; found from the rounded score and `levels` when absent. */
  level?: number | null;
}

export interface ScoreChartInput {
  locale: Locale;
  title: string;
  subtitle?: string;
  bars: ScoreBar[];
  /** Ascending by `min`; a bar takes the colour of the highest level whose `min` its score reaches. */
  levels: MaturityLevel[];
  /** A dashed line across the bars, e.g. a target or the average of the other communes. */
  target?: { value: number; label: string };
  /** Shown instead of a score for a dimension not assessed, e.g. "non évalué". */
  notAssessed?: string;
  /**
   * A line under the bars, wrapped if long, e.g. the dimensions left out as not applicable
   * (« Sans objet pour ce service : 6. Mode de gestion et suivi des contrats »).
   */
  note?: string;
  /** Image width in pixels (1200 by default); the height follows from the number of bars. */
  width?: number;
}

/** What the chart lays out: its height and every line of text, in drawing order. */
export interface ScoreChartLayout {
  height: number;
  lines: string[];
}

const RAMP = ['#d64541', '#f0932b', '#f1c40f', '#7cb342', '#2e7d32'];
const INK = '#1f2933';
const MUTED = '#5f6b7a';
const TRACK = '#eceff3';
const GRID = '#d5dae1';
const TARGET = '#1f3a5f';
const PAD = 40;
const LABEL_SIZE = 30;
const LINE = 38; // label line height
const BAR_THICKNESS = 36;
const TICKS = [0, 25, 50, 75, 100];

/** Lays the chart out without drawing it: the height it needs and the text it would write. */
export function layoutScoreChart(input: ScoreChartInput): ScoreChartLayout {
  registerChartFonts();
  const width = input.width ?? 1200;
  const lines: string[] = [];
  const height = draw(
    createPen(createCanvas(width, 10).getContext('2d'), input.locale, width),
    input,
    undefined,
    lines,
  );
  return { height, lines };
}

/** Renders the chart as PNG bytes. */
export async function renderScoreChart(input: ScoreChartInput): Promise<Buffer> {
  const width = input.width ?? 1200;
  // Lay out once on a scratch canvas to know the height, then draw for real.
  const { height } = layoutScoreChart(input);
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  draw(createPen(ctx, input.locale, width), input, ctx);
  // Encoded on this thread: the library's asynchronous encode, run on Node's thread pool while other
  // charts were drawn, crashed the process (SIGSEGV) after a few rounds of concurrent charts
  // (tests/documents/chart-concurrent.process.test.ts). A chart takes about 60 ms either way.
  return canvas.encodeSync('png');
}

/** Draws everything on `ctx` (only measures without it, noting each text in `written`) and returns the height used. */
function draw(pen: Pen, input: ScoreChartInput, ctx?: SKRSContext2D, written?: string[]): number {
  const { width } = pen;
  const inner = width - 2 * PAD;
  const labelWidth = Math.round(inner * 0.34);
  const barStart = PAD + labelWidth + 24;
  const barLength = width - PAD - 90 - barStart; // 90 px keep room for "100" after a full bar
  const at = (score: number) => barStart + (barLength * clamp(score)) / 100;
  const text: Pen['text'] = ctx ? (...args) => pen.text(...args) : (line) => void written?.push(line);
  const rect = (x0: number, x1: number, y: number, h: number, color: string) => {
    if (!ctx) return;
    ctx.fillStyle = color;
    ctx.fillRect(Math.min(pen.x(x0), pen.x(x1)), y, Math.abs(x1 - x0), h);
  };

  let y = PAD;
  for (const line of wrapText(pen, input.title, inner, 40, 3, true)) {
    text(line, PAD, y + 40, { size: 40, bold: true, color: INK });
    y += 52;
  }
  for (const line of input.subtitle ? wrapText(pen, input.subtitle, inner, 28, 2) : []) {
    text(line, PAD, y + 28, { size: 28, color: MUTED });
    y += 36;
  }
  y = legend(pen, input, y + 16, ctx, written) + 24;

  // Axis: ticks above the bars, grid lines drawn across every row afterwards.
  for (const tick of TICKS) text(String(tick), at(tick), y + 22, { size: 24, color: MUTED, align: 'center' });
  y += 36;
  const rowsTop = y;
  const rows = input.bars.map((bar) => ({ bar, lines: wrapText(pen, bar.label, labelWidth, LABEL_SIZE, 3) }));
  const rowHeights = rows.map((r) => Math.max(BAR_THICKNESS + 28, r.lines.length * LINE + 20));
  const rowsHeight = rowHeights.reduce((a, b) => a + b, 0);
  for (const tick of TICKS) rect(at(tick), at(tick) + 1, rowsTop, rowsHeight, GRID);

  rows.forEach(({ bar, lines }, i) => {
    const h = rowHeights[i] ?? 0;
    const mid = y + h / 2;
    lines.forEach((line, k) => {
      const baseline = mid - (lines.length * LINE) / 2 + k * LINE + 29;
      text(line, PAD + labelWidth, baseline, { size: LABEL_SIZE, color: INK, align: 'end' });
    });
    rect(at(0), at(100), mid - BAR_THICKNESS / 2, BAR_THICKNESS, TRACK);
    if (bar.score === null) {
      text(`— ${input.notAssessed ?? ''}`.trim(), at(0) + 12, mid + 10, { size: 26, color: MUTED });
    } else {
      // Rounded before its level is found, as the scoring does, so that "60" is never drawn in the 40–59 colour.
      const score = Math.round(clamp(bar.score));
      const color = levelColor(input.levels, bar.level ? bar.level - 1 : levelIndex(input.levels, score));
      rect(at(0), at(score), mid - BAR_THICKNESS / 2, BAR_THICKNESS, color);
      text(String(score), at(score) + 12, mid + 11, { size: 30, bold: true, color: INK });
    }
    y += h;
  });

  if (input.target && ctx) {
    const x = pen.x(at(input.target.value));
    ctx.strokeStyle = TARGET;
    ctx.lineWidth = 3;
    ctx.setLineDash([12, 8]);
    ctx.beginPath();
    ctx.moveTo(x, rowsTop - 6);
    ctx.lineTo(x, y + 6);
    ctx.stroke();
    ctx.setLineDash([]);
  }
  if (input.target) {
    text(String(Math.round(clamp(input.target.value))), at(input.target.value), y + 34, {
      size: 24,
      bold: true,
      color: TARGET,
      align: 'center',
    });
    y += 40;
  }
  if (input.note) y += 16;
  for (const line of input.note ? wrapText(pen, input.note, inner, 26, 4) : []) {
    text(line, PAD, y + 30, { size: 26, color: MUTED });
    y += 36;
  }
  return Math.ceil(y + PAD);
}

/** Legend items (level swatches with their range, then the target line) flowing from the start edge. */
function legend(pen: Pen, input: ScoreChartInput, top: number, ctx?: SKRSContext2D, written?: string[]): number {
  const items = input.levels.map((level, i) => {
    const next = input.levels[i + 1]?.min;
    const upper = next === undefined ? 100 : Number.isInteger(next) ? next - 1 : next;
    return { label: `${level.label} ${level.min}–${upper}`, color: levelColor(input.levels, i) };
  });
  const entries: { label: string; color?: string }[] = [...items];
  if (input.target) entries.push({ label: input.target.label });
  let x = PAD;
  let y = top;
  for (const entry of entries) {
    const w = 44 + pen.measure(entry.label, 26);
    if (x > PAD && x + w > pen.width - PAD) {
      x = PAD;
      y += 40;
    }
    if (ctx) {
      const left = pen.rtl ? pen.x(x) - 32 : pen.x(x);
      if (entry.color) {
        ctx.fillStyle = entry.color;
        ctx.fillRect(left, y + 6, 32, 24);
      } else {
        ctx.strokeStyle = TARGET;
        ctx.lineWidth = 3;
        ctx.setLineDash([8, 5]);
        ctx.beginPath();
        ctx.moveTo(left + 16, y + 2);
        ctx.lineTo(left + 16, y + 34);
        ctx.stroke();
        ctx.setLineDash([]);
      }
      pen.text(entry.label, x + 42, y + 27, { size: 26, color: INK });
    } else written?.push(entry.label);
    x += w + 28;
  }
  return y + 36;
}

/** 0-based index of the highest level whose `min` the score reaches. */
function levelIndex(levels: MaturityLevel[], score: number): number {
  let index = 0;
  levels.forEach((level, i) => {
    if (score >= level.min) index = i;
  });
  return index;
}

/** The level's own colour, or its place on the red-to-green ramp (4 levels skip the middle yellow). */
function levelColor(levels: MaturityLevel[], index: number): string {
  const own = levels[index]?.color;
  if (own) return own;
  const step = levels.length > 1 ? (RAMP.length - 1) / (levels.length - 1) : 0;
  return RAMP[Math.min(RAMP.length - 1, Math.max(0, Math.round(index * step)))] ?? INK;
}

function clamp(score: number): number {
  return Math.min(100, Math.max(0, score));
}
