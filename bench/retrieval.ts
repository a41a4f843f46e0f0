// `npm run bench:retrieval`: quality and latency of the knowledge retriever on the evaluation set,
// next to a plain BM25 baseline. The last line is JSON for tooling.
import {
  baselineSearch,
  evalLanguages,
  evaluate,
  loadBase,
  loadQuestions,
  ourSearch,
  summary,
  type EvalReport,
} from './retrieval-eval.ts';

const started = performance.now();
const kb = loadBase();
const indexMs = performance.now() - started;
const questions = loadQuestions();
const verbose = process.argv.includes('--verbose');

// Warm-up so the JIT and the stem cache do not count against the first questions.
for (const q of questions.slice(0, 10)) ourSearch(kb)(q.q);

const ours = evaluate(ourSearch(kb), questions, 5);
const baseline = evaluate(baselineSearch(kb), questions, 5);

function print(name: string, report: EvalReport) {
  console.log(`\n${name}`);
  console.log('  lang  n   hit@1  hit@5  MRR');
  for (const language of evalLanguages) {
    const s = report.byLanguage[language];
    console.log(
      `  ${language.padEnd(4)} ${String(s.count).padStart(3)}  ${s.hitAt1.toFixed(3)}  ${s.hitAt5.toFixed(3)}  ${s.mrr.toFixed(3)}`,
    );
  }
  console.log(`  all MRR ${report.mrr.toFixed(3)} · latency p50 ${report.p50Ms} ms · p99 ${report.p99Ms} ms`);
  if (verbose)
    for (const m of report.misses)
      console.log(
        `  rank ${m.rank} [${m.question.language}] ${m.question.q} → ${m.got.join(', ')} (want ${m.question.expected.join('|')})`,
      );
}

console.log(
  `${kb.pages().length} pages, ${kb.chunks().length} chunks indexed in ${indexMs.toFixed(0)} ms; ${questions.length} questions`,
);
print('Jawda retriever (normalisation, stemming, glossary)', ours);
print('Baseline (plain BM25: Unicode words, no normalisation, no stemming, no glossary)', baseline);
console.log(JSON.stringify({ ...summary(ours), baseline: summary(baseline) }));
