import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { webhookCallback, type Bot } from 'grammy';
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

export interface WebhookServer {
  /** Listens and resolves with the port (useful with port 0). */
  listen(): Promise<number>;
  /** Stops taking requests; requests under way finish. */
  close(): Promise<void>;
}

/**
 * The webhook endpoint and a health probe (GET /healthz). grammY's webhookCallback checks the
 * secret header; the bot's first middleware hands the update to the background, so Telegram
 * gets its 200 at once and never resends because of slow work.
 */
export function createWebhookServer(bot: Bot, settings: WebhookSettings, logger: Logger): WebhookServer {
  const path = new URL(settings.url).pathname;
  const callback = webhookCallback(bot, 'http', { secretToken: settings.secret, onTimeout: 'return', timeoutMilliseconds: 5000 });
  let accepting = true;
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (req.method === 'GET' && url.pathname === '/healthz') {
      res.writeHead(accepting ? 200 : 503, { 'content-type': 'application/json' }).end(JSON.stringify({ status: accepting ? 'ok' : 'stopping', mode: 'webhook' }));
      return;
    }
    if (url.pathname !== path || req.method !== 'POST') {
      res.writeHead(404).end();
      return;
    }
    if (!accepting) {
      // Telegram keeps the update and tries again later: it is not lost.
      res.writeHead(503).end();
      return;
    }
    callback(req, res).catch((error: unknown) => {
      logger.warn({ err: { message: error instanceof Error ? error.message : String(error) } }, 'webhook request rejected');
      if (!res.headersSent) res.writeHead(400).end();
    });
  });
  server.keepAliveTimeout = 5000;

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
