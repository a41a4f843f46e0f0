// npm run bench:questionnaire — 200 simulated people walk questionnaire 1 concurrently through
// the real core and SQLite; the same steps then go through an echo handler without database.
// Throughput comes from a saturating walk (everyone answers as fast as the bot replies). Step
// latency comes from a second, paced walk where each person thinks ~1 s between answers (a very
// fast human): with 200 people all replying instantly, latency would only measure the queue.
// Prints figures, then one JSON line.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { createApp } from '../src/app.ts';
import type { InboundHandler, InboundMessage } from '../src/core/messages.ts';
import { createConfig } from '../src/config.ts';
import { localDay } from '../src/core/time.ts';
import { planWalk } from '../tests/helpers/walk.ts';

const people = Number(process.env.BENCH_PEOPLE ?? 200);
const thinkMs = Number(process.env.BENCH_THINK_MS ?? 1000);
const dir = mkdtempSync(join(tmpdir(), 'jawda-bench-'));
const config = createConfig({ DATABASE_URL: `file:${join(dir, 'bench.db')}`, LOG_LEVEL: 'silent' });
const app = await createApp(config, pino({ level: 'silent' }));
const questionnaire = app.questionnaires[0];
if (!questionnaire) throw new Error('no questionnaire');
const lines = [
  '/diagnostic 1',
  ...planWalk(questionnaire, 'fr', localDay(new Date(), 'Africa/Tunis')).map((s) => s.line),
];

// One team per person and per walk, so every walk is the full questionnaire.
const cohort = await app.db.cohort.create({ data: { name: 'bench' } });
for (const tag of ['load', 'paced']) {
  for (let i = 0; i < people; i++) {
    const person = await app.db.person.create({
      data: { displayName: `SG ${i}`, identities: { create: { channel: 'console', externalId: `${tag}-sg-${i}` } } },
    });
    await app.db.team.create({
      data: {
        cohortId: cohort.id,
        slug: `${tag}${i}`,
        name: `Équipe ${i}`,
        commune: `Commune ${i}`,
        members: { create: { personId: person.id } },
      },
    });
  }
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

async function walkAll(handle: InboundHandler, tag: string, think = 0) {
  const latencies: number[] = [];
  const started = performance.now();
  await Promise.all(
    Array.from({ length: people }, async (_, i) => {
      for (const [n, text] of lines.entries()) {
        if (think > 0) await new Promise((r) => setTimeout(r, think * (0.5 + Math.random())));
        const message: InboundMessage = {
          id: `${tag}-${i}-${n}`,
          kind: 'text',
          text,
          receivedAt: new Date(),
          from: { channel: 'console', externalId: `${tag}-sg-${i}`, displayName: `SG ${i}` },
        };
        const t0 = performance.now();
        await handle(message);
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    perSecond: latencies.length / seconds,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    steps: latencies.length,
    seconds,
  };
}

const load = await walkAll(app.handle, 'load');
const paced = await walkAll(app.handle, 'paced', thinkMs);
const answers = await app.db.answer.count();
const echo = await walkAll(
  async (m) => ({
    replies: [{ kind: 'text', text: m.kind === 'text' ? m.text : '' }],
    answered: null,
    left: null,
    locale: 'fr',
  }),
  'echo',
);
await app.close();
rmSync(dir, { recursive: true, force: true });

const round = (n: number, d = 2) => Math.round(n * 10 ** d) / 10 ** d;
console.log(`people: ${people}, steps each: ${lines.length}, answers stored: ${answers}`);
console.log(
  `saturating walk: ${round(load.perSecond, 0)} steps/s over ${round(load.seconds)} s (p50 ${round(load.p50)} ms, p99 ${round(load.p99)} ms: queueing)`,
);
console.log(
  `paced walk (think ~${thinkMs} ms): ${round(paced.perSecond, 0)} steps/s offered, p50 ${round(paced.p50)} ms, p99 ${round(paced.p99)} ms`,
);
console.log(`echo baseline: ${round(echo.perSecond, 0)} steps/s`);
console.log(
  JSON.stringify({
    answersPerSecond: round(load.perSecond, 0),
    p50Ms: round(paced.p50),
    p99Ms: round(paced.p99),
    baselinePerSecond: round(echo.perSecond, 0),
    ratio: round(load.perSecond / echo.perSecond, 4),
  }),
);
