import { existsSync, readFileSync } from 'node:fs';
import { parseEnv } from 'node:util';
import { z } from 'zod';

const locale = z.enum(['fr', 'ar']);
const emptyToUndefined = (value: unknown) => (value === '' ? undefined : value);

/** Every environment variable Jawda reads, with its default. Documented in .env.example. */
export const configSchema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^file:.+/, 'must look like file:./data/jawda.db (SQLite file path)')
    .default('file:./data/jawda.db'),
  DEFAULT_LOCALE: locale.default('fr'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  LOG_FILE: z.preprocess(emptyToUndefined, z.string().optional()),
  CONSOLE_OPERATOR_NAME: z.string().min(1).default('Opérateur local'),
  DEMO_TEAM_COMMUNE: z.string().min(1).default('Commune pilote (démo)'),
  QUESTIONNAIRES_DIR: z.string().min(1).default('./knowledge/questionnaires'),
  SQLITE_BUSY_TIMEOUT_MS: z.coerce.number().int().min(0).max(600_000).default(5000),
});

export type Config = z.infer<typeof configSchema>;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Names whose values are never printed or logged. */
export function isSecretName(name: string): boolean {
  return /TOKEN|SECRET|KEY|PASSWORD/i.test(name);
}

/** Pure: builds a config from a map of variables, or throws one ConfigError naming each bad variable. */
export function createConfig(input: Record<string, string | undefined>): Config {
  const result = configSchema.safeParse(input);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const name = issue.path.join('.') || '(root)';
    const value = input[name];
    const shown = value === undefined || isSecretName(name) ? '' : ` (got "${value}")`;
    return `${name}: ${issue.message}${shown}`;
  });
  throw new ConfigError(problems);
}

/** Reads `.env` when present (real environment variables win), then validates. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, envFile = '.env'): Config {
  const fromFile = existsSync(envFile) ? parseEnv(readFileSync(envFile, 'utf8')) : {};
  return createConfig({ ...fromFile, ...env });
}
