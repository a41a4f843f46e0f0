/** Channel-neutral documents: score chart (PNG), reports (DOCX) and exports (XLSX), in French or Arabic. */
export {
  layoutScoreChart,
  renderScoreChart,
  type MaturityLevel,
  type ScoreBar,
  type ScoreChartInput,
  type ScoreChartLayout,
} from './chart.ts';
export { renderDocx } from './docx.ts';
export type { Block, DocModel, KeyValue, Section } from './doc-model.ts';
export { renderXlsx, sheetName, type CellValue, type Sheet, type SheetColumn, type WorkbookModel } from './xlsx.ts';
