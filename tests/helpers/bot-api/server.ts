import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApiFailure, BotState } from './bot-state.ts';
import { methods } from './methods.ts';
import { parseRequest } from './request.ts';
import type { ApiCall, Fault, RateLimit } from './types.ts';
import { createBotView, type BotView } from './view.ts';

export const defaultToken = '123456:TEST-token-for-the-stand-in';

export interface BotApiOptions {
  /** Answer 429 (with retry_after) to message sends above this pace, per bot. Off by default. */
  rateLimit?: RateLimit;
  /** Milliseconds added before every answer (a slow network). Default 0. */
  latencyMs?: number;
}

/**
 * A local Telegram Bot API stand-in: an HTTP server on 127.0.0.1 (random port) that grammY can
 * use through `client.apiRoot`. The default bot's helpers are on the returned object itself;
 * `bot(token)` gives the same helpers for another token (several bots may share one stand-in).
 * See README.md beside this file.
 */
export interface BotApi extends BotView {
  /** Give this to grammY as `client.apiRoot` (or to Jawda as TELEGRAM_API_ROOT). */
  readonly apiRoot: string;
  /** Every call of every bot, in arrival order. */
  readonly allCalls: ApiCall[];
  bot(token: string): BotView;
  /** The next `times` calls of `method` ('*' for any method but getUpdates) fail with `fault`. */
  failNext(method: string, fault: Fault, times?: number): void;
  /** Sets or clears (undefined) the 429 pace limit. */
  setRateLimit(limit: RateLimit | undefined): void;
  close(): Promise<void>;
}

interface PendingFault {
  method: string;
  fault: Fault;
  remaining: number;
}

export async function createBotApi(options: BotApiOptions = {}): Promise<BotApi> {
  const started = performance.now();
  const clock = () => Math.round((performance.now() - started) * 10) / 10;
  const states = new Map<string, BotState>();
  const allCalls: ApiCall[] = [];
  const faults: PendingFault[] = [];
  const listeners = new Set<() => void>();
  let rateLimit = options.rateLimit;
  let closing = false;
  let signalClose: () => void = () => {};
  const closed = new Promise<void>((resolve) => (signalClose = resolve));

  const stateOf = (token: string) => {
    let state = states.get(token);
    if (!state) states.set(token, (state = new BotState(token, clock)));
    return state;
  };
  const notify = () => {
    for (const listener of listeners) listener();
  };

  function takeFault(method: string): Fault | undefined {
    const pending = faults.find(
      (f) => f.remaining > 0 && (f.method === method || (f.method === '*' && method !== 'getUpdates')),
    );
    if (!pending) return undefined;
    pending.remaining--;
    return pending.fault;
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const match = /^\/bot([^/]+)\/([A-Za-z]+)/.exec(req.url ?? '');
    if (!match?.[1] || !match[2]) {
      res
        .writeHead(404, { 'content-type': 'application/json' })
        .end(JSON.stringify({ ok: false, error_code: 404, description: 'Not Found' }));
      return;
    }
    const token = decodeURIComponent(match[1]);
    const method = match[2];
    const state = stateOf(token);
    const parsed = await parseRequest(req);
    const requestClosed = new Promise<void>((resolve) => res.once('close', resolve));
    const call: ApiCall = { token, method, params: parsed.params, status: 200, at: clock() };
    let body: Record<string, unknown>;
    const fault = takeFault(method);
    if (fault?.code === 0) {
      // A network failure: the request arrived, no answer ever leaves (nothing is done).
      call.status = 0;
      call.description = 'connection dropped';
      allCalls.push(call);
      req.socket.destroy();
      notify();
      return;
    }
    try {
      if (fault)
        throw new ApiFailure(
          fault.code,
          fault.description ?? defaultDescription(fault),
          fault.code === 429 ? (fault.retryAfter ?? 1) : undefined,
        );
      const implementation = methods[method];
      if (!implementation) throw new ApiFailure(404, 'Not Found: method not found');
      const result = await implementation({ state, parsed, rateLimit, closed: Promise.race([closed, requestClosed]) });
      body = { ok: true, result };
    } catch (error) {
      if (!(error instanceof ApiFailure)) throw error;
      call.status = error.code;
      call.description = error.description;
      body = { ok: false, error_code: error.code, description: error.description };
      if (error.retryAfter !== undefined) body.parameters = { retry_after: error.retryAfter };
    }
    if (options.latencyMs) await new Promise((r) => setTimeout(r, options.latencyMs));
    allCalls.push(call);
    if (!res.destroyed) res.writeHead(call.status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    notify();
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      // A stand-in bug is recorded like any call, so a test sees it.
      allCalls.push({
        token: '',
        method: req.url ?? '',
        params: {},
        status: 500,
        description: String(error),
        at: clock(),
      });
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ ok: false, error_code: 500, description: `Internal Server Error: ${String(error)}` }));
    });
  });
  // Connections stay open between calls as with the real Bot API (Node's client reuses a socket
  // only when the server's keep-alive hint leaves it more than a second); close() ends them all.
  // A minute, not 5 s: the stand-in shares its process with the bots, and on a loaded machine a
  // socket left idle while an app starts was closed here as a bot picked it up again (getMe failed
  // with ECONNRESET in bench:telegram, every time, at a load average of 17).
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  const shared = { allCalls, listeners, notify, isClosing: () => closing };
  const defaultView = createBotView(stateOf(defaultToken), shared);
  return {
    ...defaultView,
    apiRoot: `http://127.0.0.1:${port}`,
    allCalls,
    bot: (token) => createBotView(stateOf(token), shared),
    failNext(method, fault, times = 1) {
      faults.push({ method, fault, remaining: times });
    },
    setRateLimit(limit) {
      rateLimit = limit;
    },
    async close() {
      closing = true;
      signalClose();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function defaultDescription(fault: Fault): string {
  if (fault.code === 429) return `Too Many Requests: retry after ${fault.retryAfter ?? 1}`;
  if (fault.code >= 500) return 'Internal Server Error';
  if (fault.code === 403) return 'Forbidden: bot was blocked by the user';
  return 'Bad Request';
}
