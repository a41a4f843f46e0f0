// Telegram throughput: N simulated chats against the local Bot API stand-in, in alternating rounds
// of a bare grammY echo bot and of Jawda (real app, temp SQLite) walking questionnaire 1 by typed
// answers (a typed choice costs two calls: its keyboard is replaced, then the next question sent).
// Run: npm run bench:telegram [-- --chats 50 --steps 40 --rounds 5 --latency 0]. Last line is JSON.
// 40 answers per chat: most of questionnaire 1, long enough for steady figures.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { run } from '@grammyjs/runner';
import { Bot } from 'grammy';
import { createApp } from '../src/app.ts';
import { createTelegramAdapter } from '../src/channels/telegram/adapter.ts';
import { createConfig } from '../src/config.ts';
import { localDay } from '../src/core/time.ts';
import { createLogger } from '../src/logger.ts';
import { createBotApi, type BotView, type SentMessage } from '../tests/helpers/bot-api/index.ts';
import { planWalk } from '../tests/helpers/walk.ts';

const { values: args } = parseArgs({
  options: {
    chats: { type: 'string', default: '50' },
    steps: { type: 'string', default: '40' },
    latency: { type: 'string', default: '0' },
    rounds: { type: 'string', default: '5' },
  },
});
const chats = Number(args.chats);
const stepsPerChat = Number(args.steps);
const rounds = Math.max(1, Number(args.rounds));
const api = await createBotApi({ latencyMs: Number(args.latency) });

const round = (n: number, d = 1) => Math.round(n * 10 ** d) / 10 ** d;

/** One exchange: send a line, wait until `done` accepts a message the bot sent to that chat. */
type Exchange = { line: string; done: (m: SentMessage) => boolean };

/** Drives every chat through its exchanges, one at a time per chat, all chats at once. */
async function drive(view: BotView, scripts: Map<number, Exchange[]>) {
  const waiting = new Map<number, { done: Exchange['done']; resolve: () => void }>();
  const off = view.onSent((m) => {
    const w = waiting.get(m.chatId);
    if (w?.done(m)) {
      waiting.delete(m.chatId);
      w.resolve();
    }
  });
  const latencies: number[] = [];
  // CPU time of the whole process (bot, stand-in and simulated people) per update: steadier than
  // throughput on a shared machine, where a neighbour's load slows a round without costing it CPU.
  const cpu0 = process.cpuUsage();
  const started = performance.now();
  await Promise.all(
    [...scripts].map(async ([chatId, exchanges]) => {
      const user = view.user(chatId, { firstName: `Chat ${chatId}`, languageCode: 'fr' });
      for (const exchange of exchanges) {
        const t0 = performance.now();
        const answered = new Promise<void>((resolve) => waiting.set(chatId, { done: exchange.done, resolve }));
        await user.send(exchange.line);
        await answered;
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpu0);
  off();
  latencies.sort((a, b) => a - b);
  const pick = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] ?? 0;
  return {
    updates: latencies.length,
    seconds,
    perSecond: latencies.length / seconds,
    p50: pick(0.5),
    p99: pick(0.99),
    cpuUs: (cpu.user + cpu.system) / latencies.length,
  };
}

// The bare echo bot: grammY's runner (concurrent updates) and its default HTTP client, as Jawda's adapter.
const echoView = api.bot('999:ECHO-bench');
const echo = new Bot(echoView.token, { client: { apiRoot: api.apiRoot } });
echo.on('message:text', (ctx) => ctx.reply(ctx.message.text));
const echoRunner = run(echo, { runner: { silent: true, fetch: { timeout: 5 } } });
await drive(echoView, new Map([[9_999, [{ line: 'warm-up', done: () => true }]]]));
/** One echo round: fresh chats, each sending the same number of messages as a Jawda chat. */
const echoRound = (r: number) =>
  drive(
    echoView,
    new Map(
      Array.from({ length: chats }, (_, i) => [
        10_000 + r * chats + i,
        Array.from({ length: stepsPerChat + 1 }, (_, k) => ({
          line: `message ${k}`,
          done: (m: SentMessage) => m.text === `message ${k}`,
        })),
      ]),
    ),
  );

// Jawda: real app and adapter; every chat in its own team walks questionnaire 1.
const dir = mkdtempSync(join(tmpdir(), 'jawda-bench-'));
const logger = createLogger({ level: 'silent' });
const app = await createApp(createConfig({ DATABASE_URL: `file:${join(dir, 'bench.db')}` }), logger);
const adapter = createTelegramAdapter({
  token: api.token,
  apiRoot: api.apiRoot,
  mode: { kind: 'polling', timeoutSeconds: 5 },
  i18n: app.i18n,
  logger,
  defaultLocale: 'fr',
  commands: app.commands,
});
await adapter.start(app.link('telegram'));
const [questionnaire] = (await import('../src/features/questionnaires/index.ts')).loadQuestionnaires(
  createConfig({}).QUESTIONNAIRES_DIR,
);
if (!questionnaire) throw new Error('no questionnaire');
// One step more than walked: its question is the one shown after the last answer.
const fullWalk = planWalk(questionnaire, 'fr', localDay(new Date(), 'Africa/Tunis'), stepsPerChat + 1);
const walk = fullWalk.slice(0, stepsPerChat);
const cohort = await app.db.cohort.create({ data: { name: 'Bench' } });
// Each line is answered when the next question (or the review) is shown. The marker is built once
// per exchange (numbers come bidi-isolated, as Fluent formats them): the simulated person's
// check is not the bot's work, so it is kept as cheap as the echo's.
const position = (n: number | null | undefined) => {
  const marker = n === undefined || n === null ? 'Revue —' : `Question \u2068${n}\u2069/`;
  return (m: SentMessage) => m.text?.includes(marker) ?? false;
};
// Questions are numbered among those that apply (the service domain chosen changes them).
const jawdaScript = (): Exchange[] => [
  { line: `/diagnostic 1`, done: position(walk[0]?.shownAs) },
  ...walk.map((s, i) => ({ line: s.line, done: position(fullWalk[i + 1]?.shownAs) })),
];
/** One Jawda round: fresh people, each in a new team (enrolled outside the measure), walk from the start. */
async function jawdaRound(r: number) {
  const ids = Array.from({ length: chats }, (_, i) => 20_000 + r * chats + i);
  await drive(
    api,
    new Map(ids.map((id) => [id, [{ line: '/start', done: (m: SentMessage) => /aucune équipe/.test(m.text ?? '') }]])),
  );
  for (const id of ids) {
    const identity = await app.db.identity.findUniqueOrThrow({
      where: { channel_externalId: { channel: 'telegram', externalId: String(id) } },
    });
    const team = await app.db.team.create({
      data: { slug: `b${id}`, name: `Bench ${id}`, commune: 'Bench', cohortId: cohort.id },
    });
    await app.db.teamMember.create({ data: { teamId: team.id, personId: identity.personId } });
  }
  return drive(api, new Map(ids.map((id) => [id, jawdaScript()])));
}

// Rounds alternate (echo, Jawda, echo, Jawda…) so a slow moment of the machine weighs on both.
// The first round of each is a warm-up, not counted: a cold echo bot runs at half its speed (the
// JIT is still compiling), which made a single-round ratio look twice as good as it is. The
// figures are the medians of the counted rounds: five by default, as one round swings by about
// ten percent on a shared 2-core machine and a median of three still moved the ratio by as much.
const echoResults: Awaited<ReturnType<typeof drive>>[] = [];
const jawdaResults: Awaited<ReturnType<typeof drive>>[] = [];
for (let r = 0; r <= rounds; r++) {
  const echoed = await echoRound(r);
  const walked = await jawdaRound(r);
  if (r === 0) {
    console.log(
      `warm-up round: echo ${round(echoed.perSecond, 0)} updates/s, jawda ${round(walked.perSecond, 0)} updates/s`,
    );
    continue;
  }
  echoResults.push(echoed);
  jawdaResults.push(walked);
}
await echoRunner.stop();
await adapter.stop();
await app.close();
await api.close();
rmSync(dir, { recursive: true, force: true });

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const summary = (results: Awaited<ReturnType<typeof drive>>[]) => ({
  updates: results.reduce((n, r) => n + r.updates, 0),
  perSecond: median(results.map((r) => r.perSecond)),
  p50: median(results.map((r) => r.p50)),
  p99: median(results.map((r) => r.p99)),
  cpuUs: median(results.map((r) => r.cpuUs)),
});
const echoResult = summary(echoResults);
const jawda = summary(jawdaResults);
console.log(
  `chats: ${chats}, exchanges per chat: ${stepsPerChat + 1}, rounds: 1 warm-up + ${rounds}, stand-in latency: ${args.latency} ms, node flags: ${process.execArgv.filter((a) => a.startsWith('--max')).join(' ') || 'none'}`,
);
console.log(
  `echo  (grammY + runner, node-fetch): ${echoResult.updates} updates; per round ${echoResults.map((r) => round(r.perSecond, 0)).join(', ')} updates/s → median ${round(echoResult.perSecond)}, p50 ${round(echoResult.p50)} ms, p99 ${round(echoResult.p99)} ms`,
);
console.log(
  `jawda (diagnostic walk, inbox): ${jawda.updates} updates; per round ${jawdaResults.map((r) => round(r.perSecond, 0)).join(', ')} updates/s → median ${round(jawda.perSecond)}, p50 ${round(jawda.p50)} ms, p99 ${round(jawda.p99)} ms`,
);
console.log(
  JSON.stringify({
    updatesPerSecond: round(jawda.perSecond),
    p99Ms: round(jawda.p99),
    echoUpdatesPerSecond: round(echoResult.perSecond),
    ratio: round(jawda.perSecond / echoResult.perSecond, 3),
    cpuUsPerUpdate: round(jawda.cpuUs, 0),
    echoCpuUsPerUpdate: round(echoResult.cpuUs, 0),
    cpuRatio: round(echoResult.cpuUs / jawda.cpuUs, 3),
  }),
);
