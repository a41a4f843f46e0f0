import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Api, HttpError, InputFile } from 'grammy';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBotApiHttp, isPlainJson, type BotApiHttp } from '../../../src/channels/telegram/http.ts';

/** A bare HTTP server whose answer each test chooses. */
let server: Server;
let root: string;
let answer: (body: string, respond: (status: number, type: string, body: string) => void) => void;
let http: BotApiHttp;
const seen: { url: string; type: string | undefined; body: string }[] = [];

beforeEach(async () => {
  seen.length = 0;
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => {
      seen.push({ url: req.url ?? '', type: req.headers['content-type'], body });
      answer(body, (status, type, text) => res.writeHead(status, { 'content-type': type }).end(text));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  root = `http://127.0.0.1:${(server.address() as AddressInfo).port}/prefix`;
  http = createBotApiHttp();
});
afterEach(async () => {
  await http.close();
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe('Bot API calls over undici', () => {
  it("sends grammY's request (path under the API root, JSON body) and returns Telegram's answer", async () => {
    answer = (_, respond) => respond(200, 'application/json', JSON.stringify({ ok: true, result: { message_id: 7 } }));
    const api = new Api('1:T', { apiRoot: root, fetch: http.fetch });
    const sent = await api.sendMessage(5, 'Bonjour « ça va » ?');
    expect(sent.message_id).toBe(7);
    expect(seen[0]).toMatchObject({ url: '/prefix/bot1:T/sendMessage', type: 'application/json' });
    expect(JSON.parse(seen[0]?.body ?? '{}')).toEqual({ chat_id: 5, text: 'Bonjour « ça va » ?' });
  });

  it('turns an error answer into a GrammyError with its code, and a non-JSON answer into an HttpError', async () => {
    answer = (_, respond) => respond(400, 'application/json', JSON.stringify({ ok: false, error_code: 400, description: 'Bad Request: chat not found' }));
    const api = new Api('1:T', { apiRoot: root, fetch: http.fetch });
    await expect(api.sendMessage(5, 'x')).rejects.toMatchObject({ error_code: 400, description: 'Bad Request: chat not found' });
    answer = (_, respond) => respond(502, 'text/html', '<html>Bad Gateway</html>');
    await expect(api.sendMessage(5, 'x')).rejects.toBeInstanceOf(HttpError);
  });

  it("uploads files as multipart and honours grammY's timeout", async () => {
    answer = (_, respond) => respond(200, 'application/json', JSON.stringify({ ok: true, result: true }));
    const { InputFile } = await import('grammy');
    const api = new Api('1:T', { apiRoot: root, fetch: http.fetch, timeoutSeconds: 1 });
    await api.sendDocument(5, new InputFile(new TextEncoder().encode('contenu du plan'), 'plan.txt'));
    expect(seen[0]?.type).toMatch(/^multipart\/form-data; boundary=/);
    expect(seen[0]?.body).toContain('contenu du plan');
    answer = () => {}; // never answers
    const started = performance.now();
    await expect(api.sendMessage(5, 'x')).rejects.toBeInstanceOf(HttpError);
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('close() may be called twice', async () => {
    await http.close();
    await expect(http.close()).resolves.toBeUndefined();
  });
});

describe('JSON calls sent without grammY’s client', () => {
  /** An API whose plain-JSON calls go through `jsonCalls`, the others through grammY's client. */
  const apiWithJsonCalls = (timeoutSeconds?: number) => {
    const api = new Api('1:T', { apiRoot: root, fetch: http.fetch });
    api.config.use(http.jsonCalls(root, '1:T', timeoutSeconds));
    return api;
  };

  it('sends the same request as grammY and hands back its answers and errors', async () => {
    answer = (_, respond) => respond(200, 'application/json', JSON.stringify({ ok: true, result: { message_id: 9 } }));
    const api = apiWithJsonCalls();
    const keyboard = { inline_keyboard: [[{ text: 'Oui', callback_data: 'q:1:2:yes' }]] };
    const sent = await api.sendMessage(5, 'مرحبا « Jawda » 3', { reply_markup: keyboard });
    expect(sent.message_id).toBe(9);
    expect(seen[0]).toMatchObject({ url: '/prefix/bot1:T/sendMessage', type: 'application/json' });
    expect(JSON.parse(seen[0]?.body ?? '{}')).toEqual({ chat_id: 5, text: 'مرحبا « Jawda » 3', reply_markup: keyboard });
    answer = (_, respond) => respond(429, 'application/json', JSON.stringify({ ok: false, error_code: 429, description: 'Too Many Requests: retry after 3', parameters: { retry_after: 3 } }));
    await expect(api.sendMessage(5, 'x')).rejects.toMatchObject({ error_code: 429, parameters: { retry_after: 3 } });
    answer = (_, respond) => respond(502, 'text/html', '<html>Bad Gateway</html>');
    const failed = await api.sendMessage(5, 'x').catch((e: unknown) => e);
    expect(failed).toBeInstanceOf(HttpError);
    expect((failed as HttpError).message).toBe("Network request for 'sendMessage' failed!");
  });

  it('leaves uploads and payloads with nulls to grammY (multipart; nulls left out)', async () => {
    answer = (_, respond) => respond(200, 'application/json', JSON.stringify({ ok: true, result: true }));
    const api = apiWithJsonCalls();
    await api.sendDocument(5, new InputFile(new TextEncoder().encode('plan d’action'), 'plan.txt'), { caption: 'Plan' });
    expect(seen[0]?.type).toMatch(/^multipart\/form-data; boundary=/);
    expect(seen[0]?.body).toContain('plan d’action');
    await api.raw.sendMessage({ chat_id: 5, text: 'x', reply_markup: null as never });
    expect(JSON.parse(seen[1]?.body ?? '{}')).toEqual({ chat_id: 5, text: 'x' });
  });

  it('gives up after its timeout, and when the call is aborted, with an HttpError', async () => {
    answer = () => {}; // never answers
    const api = apiWithJsonCalls(1);
    const started = performance.now();
    await expect(api.sendMessage(5, 'x')).rejects.toBeInstanceOf(HttpError);
    expect(performance.now() - started).toBeLessThan(5000);
    const controller = new AbortController();
    // grammY types signals with its polyfill's AbortSignal; Node's is what runs.
    const call = apiWithJsonCalls().sendMessage(5, 'x', {}, controller.signal as unknown as Parameters<Api['sendMessage']>[3]);
    const aborted = performance.now();
    setTimeout(() => controller.abort(), 50);
    await expect(call).rejects.toBeInstanceOf(HttpError);
    expect(performance.now() - aborted).toBeLessThan(900);
  });

  it('reads a long answer that arrives in many pieces, and refuses a call aborted before it starts', async () => {
    const long = 'مرحبا Jawda '.repeat(30_000);
    answer = (_, respond) => respond(200, 'application/json', JSON.stringify({ ok: true, result: { message_id: 1, text: long } }));
    const api = apiWithJsonCalls();
    const sent = await api.sendMessage(5, 'x');
    expect((sent as unknown as { text: string }).text).toBe(long);
    const controller = new AbortController();
    controller.abort();
    const before = seen.length;
    await expect(api.sendMessage(5, 'x', {}, controller.signal as unknown as Parameters<Api['sendMessage']>[3])).rejects.toBeInstanceOf(HttpError);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(seen.length).toBe(before);
  });

  it('tells plain JSON from payloads grammY must handle', () => {
    expect(isPlainJson({ chat_id: 1, text: 'x', reply_markup: { inline_keyboard: [[{ text: 'a', callback_data: 'b' }]] } })).toBe(true);
    expect(isPlainJson({ chat_id: 1, text: 'x', entities: undefined })).toBe(true);
    expect(isPlainJson({ media: [{ type: 'photo', media: new InputFile(new Uint8Array(1)) }] })).toBe(false);
    expect(isPlainJson({ chat_id: 1, reply_markup: { inline_keyboard: [[null]] } })).toBe(false);
    expect(isPlainJson(new InputFile(new Uint8Array(1)))).toBe(false);
  });
});
