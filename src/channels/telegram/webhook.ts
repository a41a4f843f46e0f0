import { timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Update } from 'grammy/types';
import type { Logger } from '../../logger.ts';

export interface WebhookSettings {
  /** Public HTTPS URL Telegram posts to; its path is the one served here. */
  url: string;
  /** Sent back by Telegram in X-Telegram-Bot-Api-Secret-Token; anything else gets 401. */
  secret: string;
  port: number;
  /** Interface to listen on; all of them by default. */
  host?: string | undefined;
}

export interface WebhookDeps {
  /** Stores an update; Telegram gets its 200 only once this resolves. */
  store(update: Update): Promise<void>;
  /** Whether the bot can serve (the database answers), for GET /healthz. */
  healthy(): Promise<boolean>;
  logger: Logger;
  /** Largest body accepted (Telegram's updates are a few kilobytes); larger gets 413. Default 1 MB. */
  maxBodyBytes?: number;
}

export interface WebhookServer {
  /** Listens and resolves with the port (useful with port 0). */
  listen(): Promise<number>;
  /** Stops taking requests; requests under way finish. */
  close(): Promise<void>;
}

class TooLarge extends Error {}

/** The body, read only up to `limit` bytes: a larger one is refused before the rest is read. */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.pause();
        reject(new TooLarge());
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function secretMatches(header: string | string[] | undefined, secret: string): boolean {
  if (typeof header !== 'string') return false;
  const given = Buffer.from(header);
  const expected = Buffer.from(secret);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

const isUpdate = (value: unknown): value is Update =>
  typeof value === 'object' && value !== null && Number.isSafeInteger((value as { update_id?: unknown }).update_id);

/**
 * The webhook endpoint and a health probe (GET /healthz). An update is answered 200 only once it
 * is stored, so an update Telegram was told we have is never lost; it is handled in the background.
 */
export function createWebhookServer(settings: WebhookSettings, deps: WebhookDeps): WebhookServer {
  const path = new URL(settings.url).pathname;
  const limit = deps.maxBodyBytes ?? 1024 * 1024;
  let accepting = true;
  const end = (res: ServerResponse, status: number, close = false) => {
    res.writeHead(status, close ? { connection: 'close' } : {}).end();
  };

  async function receive(req: IncomingMessage, res: ServerResponse) {
    if (!secretMatches(req.headers['x-telegram-bot-api-secret-token'], settings.secret)) return end(res, 401, true);
    if (Number(req.headers['content-length'] ?? 0) > limit) return end(res, 413, true);
    let update: unknown;
    try {
      update = JSON.parse((await readBody(req, limit)).toString('utf8'));
    } catch (error) {
      return end(res, error instanceof TooLarge ? 413 : 400, true);
    }
    if (!isUpdate(update)) return end(res, 400);
    try {
      await deps.store(update);
    } catch (error) {
      // Not stored: Telegram keeps the update and sends it again.
      deps.logger.error({ err: error, updateId: update.update_id }, 'webhook update not stored');
      return end(res, 500);
    }
    end(res, 200);
  }

  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (req.method === 'GET' && url.pathname === '/healthz') {
      void deps
        .healthy()
        .catch(() => false)
        .then((db) => {
          const ok = accepting && db;
          res.writeHead(ok ? 200 : 503, { 'content-type': 'application/json' });
          res.end(
            JSON.stringify({ status: ok ? 'ok' : accepting ? 'database unavailable' : 'stopping', mode: 'webhook' }),
          );
        });
      return;
    }
    if (url.pathname !== path || req.method !== 'POST') return end(res, 404);
    // Telegram keeps the update and tries again later: it is not lost.
    if (!accepting) return end(res, 503, true);
    receive(req, res).catch((error: unknown) => {
      deps.logger.warn(
        { err: { message: error instanceof Error ? error.message : String(error) } },
        'webhook request failed',
      );
      if (!res.headersSent) end(res, 500);
    });
  });
  server.keepAliveTimeout = 5000;
  server.requestTimeout = 30_000;

  return {
    listen: () =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(settings.port, settings.host ?? '0.0.0.0', () => resolve((server.address() as AddressInfo).port));
      }),
    close: () =>
      new Promise((resolve) => {
        accepting = false;
        server.close(() => resolve());
        server.closeIdleConnections();
      }),
  };
}
