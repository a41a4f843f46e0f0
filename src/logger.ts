import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { pino, type Logger } from 'pino';

export type { Logger };

/** Paths whose values are replaced by "[secret]" in every log line. */
const redactPaths = [
  'token',
  '*.token',
  'apiKey',
  '*.apiKey',
  'secret',
  '*.secret',
  'password',
  '*.password',
  'authorization',
  '*.authorization',
  'headers.authorization',
  '*.headers.authorization',
  'config.TELEGRAM_BOT_TOKEN',
  'config.OPENAI_API_KEY',
  'config.WEBHOOK_SECRET',
];

export interface LoggerOptions {
  level: string;
  /** Write to this file instead of standard error (the console chat keeps the terminal for itself). */
  file?: string | undefined;
}

export function createLogger(options: LoggerOptions): Logger {
  const base = { level: options.level, redact: { paths: redactPaths, censor: '[secret]' } };
  if (!options.file) return pino(base, pino.destination({ fd: 2, sync: true }));
  mkdirSync(dirname(options.file), { recursive: true });
  return pino(base, pino.destination({ dest: options.file, mkdir: true, sync: true }));
}
