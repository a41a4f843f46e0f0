import { existsSync, readFileSync } from 'node:fs';
import { parseEnv } from 'node:util';
import { validate as validateCron } from 'node-cron';
import { z } from 'zod';

const locale = z.enum(['fr', 'ar']);
const emptyToUndefined = (value: unknown) => (value === '' ? undefined : value);
/** "true" or "false" (empty: false). */
const flag = z.preprocess(emptyToUndefined, z.enum(['true', 'false']).default('false')).transform((v) => v === 'true');
const addressList = /^\s*(telegram|whatsapp|console):[^\s,:]+(\s*,\s*(telegram|whatsapp|console):[^\s,:]+)*\s*$/;
const isTimeZone = (value: string) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
};

/** The demo team's commune when DEMO_TEAM_COMMUNE names none, in both languages (see /team add). */
export const defaultDemoCommune = 'Commune pilote (démo) | بلدية نموذجية (للتجربة)';

/** Every environment variable Jawda reads, with its default. Documented in .env.example. */
export const configSchema = z
  .object({
    // SQLite (the embedded default) or PostgreSQL (several instances, managed databases).
    DATABASE_URL: z
      .string()
      .regex(
        /^(file:.+|postgres(ql)?:\/\/.+)/i,
        'must look like file:./data/jawda.db (SQLite) or postgresql://user@host:5432/jawda (PostgreSQL)',
      )
      .default('file:./data/jawda.db'),
    DEFAULT_LOCALE: locale.default('fr'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    LOG_FILE: z.preprocess(emptyToUndefined, z.string().optional()),
    // Unset: the operator is « Opérateur local » / « المشغّل المحلي », in each reader's language.
    CONSOLE_OPERATOR_NAME: z.preprocess(emptyToUndefined, z.string().optional()),
    DEMO_TEAM_COMMUNE: z.string().min(1).default(defaultDemoCommune),
    QUESTIONNAIRES_DIR: z.string().min(1).default('./knowledge/questionnaires'),
    SQLITE_BUSY_TIMEOUT_MS: z.coerce.number().int().min(0).max(600_000).default(5000),
    // Telegram: on when a token is set. Polling by default; webhook needs WEBHOOK_URL and WEBHOOK_SECRET.
    TELEGRAM_BOT_TOKEN: z.preprocess(
      emptyToUndefined,
      z
        .string()
        .regex(/^\d+:[\w-]+$/, 'must look like 123456:ABC-def (from @BotFather)')
        .optional(),
    ),
    TELEGRAM_API_ROOT: z.preprocess(emptyToUndefined, z.url().default('https://api.telegram.org')),
    TELEGRAM_MODE: z.preprocess(emptyToUndefined, z.enum(['polling', 'webhook']).default('polling')),
    TELEGRAM_SEND_RATE: z.coerce.number().int().min(1).max(30).default(28),
    WEBHOOK_URL: z.preprocess(emptyToUndefined, z.url().optional()),
    WEBHOOK_SECRET: z.preprocess(
      emptyToUndefined,
      z
        .string()
        .regex(/^[A-Za-z0-9_-]{16,256}$/, '16 to 256 characters among A-Z a-z 0-9 _ -')
        .optional(),
    ),
    PORT: z.coerce.number().int().min(0).max(65_535).default(8080),
    // Coordination: coordinators bootstrapped at start, invite links, reminder tick, quiet hours.
    COORDINATORS: z.preprocess(
      emptyToUndefined,
      z.string().regex(addressList, 'a comma-separated list like telegram:123,whatsapp:21612345678').optional(),
    ),
    TELEGRAM_BOT_USERNAME: z.preprocess(
      emptyToUndefined,
      z
        .string()
        .regex(/^@?[A-Za-z]\w{3,31}$/, 'a bot username like JawdaBot')
        .optional(),
    ),
    REMINDER_CRON: z
      .string()
      .refine((v) => validateCron(v), 'not a cron expression (e.g. "* * * * *"; seconds allowed)')
      .default('* * * * *'),
    QUIET_HOURS: z
      .string()
      .regex(/^(off|\d{1,2}:\d{2}-\d{1,2}:\d{2})$/, 'like 21:00-08:00, or off')
      .default('21:00-08:00'),
    TIMEZONE: z.string().refine(isTimeZone, 'an IANA time zone like Africa/Tunis').default('Africa/Tunis'),
    // WhatsApp (whatsapp-web.js in Debian's Chromium): off unless enabled; the session lives in WHATSAPP_DATA_DIR.
    WHATSAPP_ENABLED: flag,
    CHROMIUM_PATH: z.string().min(1).default('/usr/bin/chromium'),
    WHATSAPP_DATA_DIR: z.string().min(1).default('./data/whatsapp'),
    WHATSAPP_READY_TIMEOUT_MS: z.coerce.number().int().min(10_000).max(3_600_000).default(120_000),
    WHATSAPP_MIN_DELAY_MS: z.coerce.number().int().min(0).max(60_000).default(1000),
    WHATSAPP_MAX_DELAY_MS: z.coerce.number().int().min(0).max(60_000).default(2000),
    WHATSAPP_ALLOW_GROUPS: flag,
    // Knowledge base: offline BM25 always; with an OpenAI-compatible key, hybrid retrieval and LLM answers.
    KNOWLEDGE_DIR: z.string().min(1).default('./knowledge'),
    OPENAI_API_KEY: z.preprocess(emptyToUndefined, z.string().min(1).optional()),
    OPENAI_BASE_URL: z.preprocess(emptyToUndefined, z.url().optional()),
    OPENAI_MODEL: z.preprocess(emptyToUndefined, z.string().min(1).default('gpt-4o-mini')),
    OPENAI_EMBEDDING_MODEL: z.preprocess(emptyToUndefined, z.string().min(1).default('text-embedding-3-small')),
    LLM_TIMEOUT_MS: z.coerce.number().int().min(500).max(120_000).default(10_000),
  })
  .superRefine((config, ctx) => {
    if (config.WHATSAPP_MAX_DELAY_MS < config.WHATSAPP_MIN_DELAY_MS) {
      ctx.addIssue({
        code: 'custom',
        path: ['WHATSAPP_MAX_DELAY_MS'],
        message: 'must be at least WHATSAPP_MIN_DELAY_MS',
      });
    }
    // Webhook mode cannot run without its URL and secret (the polling/webhook discriminant).
    if (config.TELEGRAM_MODE !== 'webhook') return;
    for (const name of ['WEBHOOK_URL', 'WEBHOOK_SECRET'] as const) {
      if (!config[name]) ctx.addIssue({ code: 'custom', path: [name], message: 'required when TELEGRAM_MODE=webhook' });
    }
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
