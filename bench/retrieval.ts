// `npm run bench:retrieval`: quality and latency of the knowledge retrieval on the tuning sets
// (bench/retrieval-questions.yaml, written knowing the pages, and bench/retrieval-questions-paraphrased.yaml,
// the same topics in a non-expert's words) and, apart, on the frozen held-out set
// (bench/retrieval-heldout.yaml with its labels) and the later ones, each written by someone else
// who had not read the pages either (bench/retrieval-heldout-N.yaml, their labels apart), next to a
// plain BM25 baseline on the tuning set.
// It also scores the references answers end with (bench/references-labels.yaml: precision and
// wrong citations, for its tuning and held-out parts), and the facts answers show
// (bench/answer-facts.yaml, tuning; bench/answer-facts-heldout.yaml, frozen, written from the
// domain documents by someone who had not read the pages).
// `--verbose` lists the misses of the tuning sets only: the held-out questions are not for reading
// while tuning; `--tuning` skips the held-out sets altogether (for the tuning loop). The last line
// is one JSON object with every set's figures.
import { existsSync } from 'node:fs';
import { create, insert, search, type AnyOrama } from '@orama/orama';
import { createKnowledgeBase, type KnowledgeBase } from '../src/features/knowledge/knowledge-base.ts';
import {
  answerReferences,
  loadReferenceLabels,
  referenceScores,
  type ReferenceRow,
  type ReferenceScores,
} from './references-eval.ts';
import { answerFacts, factScores, loadFacts, type FactRow, type FactScores } from './facts-eval.ts';
import {
  evalLanguages,
  evaluate,
  loadHeldout,
  loadParaphrased,
  loadTuning,
  benchFile,
  ourSearcher,
  summary,
  type Searcher,
  type SetReport,
} from './retrieval-eval.ts';

/**
 * The baseline: same library and chunks, plain BM25 on lower-cased Unicode words (no folding,
 * stemming, stop words or glossary), the best chunk as the section, never declining.
 */
function baselineSearcher(kb: KnowledgeBase): Searcher {
  const tokenize = (raw: string) => [...new Set(raw.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])];
  const tokenizer = { language: 'none', normalizationCache: new Map<string, string>(), tokenize };
  const db: AnyOrama = create({ schema: { heading: 'string', body: 'string' }, components: { tokenizer } });
  for (const c of kb.chunks()) void insert(db, { id: c.id, heading: c.headingPath.join(' / '), body: c.text });
  return (question) => {
    const result = search(db, { term: question, limit: 80, threshold: 1, properties: ['heading', 'body'] });
    if (result instanceof Promise) throw new Error('unexpected asynchronous Orama search');
    const chunks = result.hits.map((hit) => kb.index.chunk(hit.id)).filter((c) => c !== undefined);
    const first = chunks[0];
    return {
      declined: chunks.length === 0,
      pages: [...new Set(chunks.map((c) => c.pageId))],
      section: first ? { pageId: first.pageId, position: first.position } : undefined,
    };
  };
}

function print(name: string, report: SetReport, verbose: boolean) {
  console.log(`\n${name}`);
  console.log('  lang    n  hit@1  hit@5  sect@1  MRR');
  const rows = [...evalLanguages.map((l) => [l, report.byLanguage[l]] as const), ['all', report.all] as const];
  for (const [language, s] of rows) {
    const cells = [s.hitAt1, s.hitAt5, s.sectionAt1].map((v) => v.toFixed(3).padStart(5));
    console.log(`  ${language.padEnd(4)} ${String(s.count).padStart(4)}  ${cells.join('  ')}  ${s.mrr.toFixed(3)}`);
  }
  const d = report.decline;
  console.log(
    `  declined ${d.declined} (should ${d.shouldDecline}): precision ${d.precision.toFixed(3)}, recall ${d.recall.toFixed(3)}` +
      ` · latency p50 ${report.p50Ms} ms · p99 ${report.p99Ms} ms`,
  );
  if (!verbose) return;
  for (const c of d.wrong)
    console.log(`  wrongly ${c.kind === 'covered' ? 'declined' : 'answered'}: [${c.language}] ${c.q}`);
  for (const m of report.misses) {
    const got = m.got.section ? `${m.got.section.pageId}#${m.got.section.position}` : '—';
    console.log(`  rank ${m.rank} section ${m.section ? 'ok' : 'miss'} [${m.case.language}] ${m.case.q} → ${got}`);
  }
}

function printReferences(name: string, s: ReferenceScores) {
  const page = s.otherPage ? ` · ${s.otherPage} answers on another page` : '';
  console.log(
    `  ${name.padEnd(9)} ${String(s.count).padStart(3)}  ${String(s.cited).padStart(5)}  ${s.precision.toFixed(3)}  ${s.wrong}${page}`,
  );
}

function referenceMisses(rows: ReferenceRow[]) {
  for (const r of rows) {
    const off = r.cited.length - r.acceptable;
    if (off === 0 && r.page === r.label.page) continue;
    console.log(`  [${r.label.language}] ${r.label.q} → ${r.page ?? '—'}: ${off} of ${r.cited.length} not acceptable`);
    for (const w of r.wrong) console.log(`      wrong: ${w.slice(0, 90)}`);
  }
}

function printFacts(name: string, s: FactScores) {
  const languages = evalLanguages.map((l) => `${l} ${s.byLanguage[l].complete.toFixed(3)} (${s.byLanguage[l].count})`);
  console.log(
    `  ${name.padEnd(9)} ${String(s.count).padStart(3)}  ${s.complete.toFixed(3)}  ${s.facts.toFixed(3)}  ${languages.join(' · ')}`,
  );
}

function factMisses(rows: FactRow[]) {
  for (const r of rows.filter((row) => row.missing.length > 0)) {
    const why = r.answered ? `missing ${r.missing.map((m) => `« ${m} »`).join(', ')}` : 'declined';
    console.log(`  [${r.case.language}] ${r.case.q} → ${why}`);
  }
}

const verbose = process.argv.includes('--verbose');
const tuningOnly = process.argv.includes('--tuning');
const started = performance.now();
const kb = createKnowledgeBase(new URL('../knowledge', import.meta.url).pathname);
kb.sync();
const indexMs = performance.now() - started;
const tuning = loadTuning();
const paraphrased = loadParaphrased();
const heldout = tuningOnly ? { cases: [], labelled: false } : loadHeldout();
/** The later held-out sets, 2, 3…, as far as they exist. */
const later: { n: number; set: ReturnType<typeof loadHeldout> }[] = [];
for (let n = 2; !tuningOnly && existsSync(benchFile(`retrieval-heldout-${n}.yaml`)); n++)
  later.push({
    n,
    set: loadHeldout(benchFile(`retrieval-heldout-${n}.yaml`), benchFile(`retrieval-heldout-${n}-labels.yaml`)),
  });
const ours = ourSearcher(kb);
// Warm-up so the JIT and the stem cache do not count against the first questions.
for (const c of tuning.slice(0, 20)) ours(c.q, 'fr');

console.log(`${kb.pages().length} pages, ${kb.chunks().length} chunks indexed in ${indexMs.toFixed(0)} ms`);
const tuned = evaluate(kb, ours, tuning, 5);
print(`Tuning set (${tuning.length} questions)`, tuned, verbose);
const reworded = evaluate(kb, ours, paraphrased, 5);
print(`Paraphrased tuning set (${paraphrased.length} questions, a non-expert's words)`, reworded, verbose);
const held = evaluate(kb, ours, heldout.cases, 5);
const labels = heldout.labelled ? '' : '; labels file missing: page and section figures are not meaningful';
if (!tuningOnly) print(`Held-out set (${heldout.cases.length} questions, frozen${labels})`, held, false);
const laterResults = later.map(({ n, set }) => {
  const result = evaluate(kb, ours, set.cases, 5);
  const missing = set.labelled ? '' : '; labels file missing';
  print(`Held-out set ${n} (${set.cases.length} questions, frozen${missing})`, result, false);
  return [`heldout${n}`, { ...summary(result), labelled: set.labelled }] as const;
});
const referenceRows = answerReferences(kb, loadReferenceLabels());
const referenceTuning = referenceScores(referenceRows.filter((r) => !r.label.heldout));
const referenceHeldout = referenceScores(referenceRows.filter((r) => r.label.heldout));
console.log('\nReferences (bench/references-labels.yaml: cited sources judged against what the answer shows)');
console.log('  part        n  cited  precision  wrong');
printReferences('tuning', referenceTuning);
if (!tuningOnly) printReferences('held-out', referenceHeldout);
if (verbose) referenceMisses(referenceRows.filter((r) => !r.label.heldout));
const factRows = answerFacts(kb, loadFacts(benchFile('answer-facts.yaml')));
const factTuning = factScores(factRows);
const heldFacts = tuningOnly ? [] : loadFacts(benchFile('answer-facts-heldout.yaml'));
const factHeldout = heldFacts.length ? factScores(answerFacts(kb, heldFacts)) : null;
console.log('\nFacts shown (bench/answer-facts*.yaml: answers showing every fact asked for, facts shown)');
console.log('  part        n  complete  facts  by language');
printFacts('tuning', factTuning);
if (factHeldout) printFacts('held-out', factHeldout);
if (verbose) factMisses(factRows);
const baseline = evaluate(kb, baselineSearcher(kb), tuning, 1);
print('Baseline on the tuning set (plain BM25, no normalisation, stemming, glossary or decline)', baseline, false);
console.log(
  JSON.stringify({
    tuning: summary(tuned),
    paraphrased: summary(reworded),
    heldout: tuningOnly ? null : { ...summary(held), labelled: heldout.labelled },
    ...Object.fromEntries(laterResults),
    baseline: summary(baseline),
    references: { tuning: referenceTuning, heldout: tuningOnly ? null : referenceHeldout },
    facts: { tuning: factTuning, heldout: factHeldout },
  }),
);
