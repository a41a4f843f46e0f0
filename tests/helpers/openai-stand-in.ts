// A real OpenAI-compatible HTTP server on 127.0.0.1 for tests: /v1/chat/completions and
// /v1/embeddings. Embeddings are deterministic bags of words (hashed), so similar texts are close.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface ChatRequest {
  model: string;
  messages: Array<{ role: string; content: string }>;
}

export interface ChatBehaviour {
  /** Reply text, or a function of the request; default: cites passage [1]. */
  reply?: string | ((request: ChatRequest) => string);
  /** Wait this long before answering (to exercise timeouts). */
  delayMs?: number;
  /** Answer with this HTTP status and an error body instead. */
  status?: number;
}

export interface OpenAiStandIn {
  /** e.g. http://127.0.0.1:41234/v1 — give it to the SDK as baseURL. */
  baseURL: string;
  chatRequests: ChatRequest[];
  /** Every input text sent to /v1/embeddings, in order. */
  embeddedTexts: string[];
  embeddingCalls: number;
  /** Authorization headers received (to check the key is sent, and only there). */
  authorizations: string[];
  chat: ChatBehaviour;
  close(): Promise<void>;
}

export const standInDimensions = 256;

/** Hashed bag of words, accents and Arabic diacritics folded: a poor man's embedding. */
export function standInEmbedding(text: string): number[] {
  const vector = new Array<number>(standInDimensions).fill(0);
  const words =
    text
      .toLowerCase()
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .match(/[\p{L}\p{N}]{3,}/gu) ?? [];
  for (const word of words) {
    let hash = 2166136261;
    for (const ch of word.slice(0, 6)) hash = Math.imul(hash ^ (ch.codePointAt(0) ?? 0), 16777619);
    const i = (hash >>> 0) % standInDimensions;
    vector[i] = (vector[i] ?? 0) + 1;
  }
  return vector;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => resolve(body));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

export async function startOpenAiStandIn(): Promise<OpenAiStandIn> {
  const sockets = new Set<Socket>();
  const state: Omit<OpenAiStandIn, 'baseURL' | 'close'> = {
    chatRequests: [],
    embeddedTexts: [],
    embeddingCalls: 0,
    authorizations: [],
    chat: {},
  };

  const server = createServer((req, res) => {
    void (async () => {
      const body = JSON.parse((await readBody(req)) || '{}') as Record<string, unknown>;
      state.authorizations.push(String(req.headers.authorization ?? ''));
      if (req.method === 'POST' && req.url === '/v1/embeddings') {
        state.embeddingCalls++;
        const inputs = (Array.isArray(body.input) ? body.input : [body.input]).map(String);
        state.embeddedTexts.push(...inputs);
        const data = inputs.map((text, index) => {
          const vector = standInEmbedding(text);
          const embedding =
            body.encoding_format === 'base64'
              ? Buffer.from(new Float32Array(vector).buffer).toString('base64')
              : vector;
          return { object: 'embedding', index, embedding };
        });
        return send(res, 200, {
          object: 'list',
          data,
          model: body.model,
          usage: { prompt_tokens: 0, total_tokens: 0 },
        });
      }
      if (req.method === 'POST' && req.url === '/v1/chat/completions') {
        const request = body as unknown as ChatRequest;
        state.chatRequests.push(request);
        const { reply, delayMs, status } = state.chat;
        if (delayMs) await new Promise((r) => setTimeout(r, delayMs));
        if (res.destroyed) return;
        if (status) return send(res, status, { error: { message: 'stand-in failure', type: 'server_error' } });
        const text = typeof reply === 'function' ? reply(request) : (reply ?? 'Réponse tirée du passage [1].');
        return send(res, 200, {
          id: 'chatcmpl-standin',
          object: 'chat.completion',
          created: Math.floor(Date.now() / 1000),
          model: request.model,
          choices: [{ index: 0, message: { role: 'assistant', content: text }, finish_reason: 'stop' }],
        });
      }
      send(res, 404, { error: { message: `no route ${req.method} ${req.url}` } });
    })().catch((error: unknown) => send(res, 500, { error: { message: String(error) } }));
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  // Idle sockets stay open a minute (Node closes them after 5 s): on a loaded machine the client may
  // reuse one just as the server closes it, and the request fails (answered by the offline fallback).
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(state, {
    baseURL: `http://127.0.0.1:${port}/v1`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  });
}
