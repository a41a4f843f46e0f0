import { pino } from 'pino';
import type { Logger } from '../../src/logger.ts';

export interface CapturedLogger {
  logger: Logger;
  lines: Record<string, unknown>[];
}

/** A real pino logger writing into memory, so tests can read what was logged. */
export function captureLogger(): CapturedLogger {
  const lines: Record<string, unknown>[] = [];
  const stream = { write: (line: string) => lines.push(JSON.parse(line) as Record<string, unknown>) };
  return { logger: pino({ level: 'debug' }, stream), lines };
}
