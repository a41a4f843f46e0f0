import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, createConfig, loadConfig } from '../src/config.ts';

describe('createConfig', () => {
  it('gives every default on an empty environment', () => {
    const config = createConfig({});
    expect(config.DATABASE_URL).toBe('file:./data/jawda.db');
    expect(config.DEFAULT_LOCALE).toBe('fr');
    expect(config.LOG_LEVEL).toBe('info');
    expect(config.LOG_FILE).toBeUndefined();
    expect(config.SQLITE_BUSY_TIMEOUT_MS).toBe(5000);
  });

  it.each([
    [{ DEFAULT_LOCALE: 'ar' }, 'DEFAULT_LOCALE', 'ar'],
    [{ SQLITE_BUSY_TIMEOUT_MS: '250' }, 'SQLITE_BUSY_TIMEOUT_MS', 250],
    [{ LOG_LEVEL: 'debug' }, 'LOG_LEVEL', 'debug'],
    [{ LOG_FILE: '' }, 'LOG_FILE', undefined],
    [{ DATABASE_URL: 'file:/tmp/x.db' }, 'DATABASE_URL', 'file:/tmp/x.db'],
  ] as const)('accepts %o', (input, key, expected) => {
    expect(createConfig(input)[key]).toBe(expected);
  });

  it.each([
    [{ DEFAULT_LOCALE: 'en' }, ['DEFAULT_LOCALE']],
    [{ SQLITE_BUSY_TIMEOUT_MS: 'soon' }, ['SQLITE_BUSY_TIMEOUT_MS']],
    [{ SQLITE_BUSY_TIMEOUT_MS: '-1' }, ['SQLITE_BUSY_TIMEOUT_MS']],
    [{ DATABASE_URL: 'mysql://x' }, ['DATABASE_URL']],
    [{ LOG_LEVEL: 'loud', DEFAULT_LOCALE: 'de' }, ['DEFAULT_LOCALE', 'LOG_LEVEL']],
  ])('refuses %o, naming each bad variable', (input, names) => {
    let caught: unknown;
    try {
      createConfig(input);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConfigError);
    const problems = (caught as ConfigError).problems;
    expect(problems.map((p) => p.split(':')[0]).sort()).toEqual(names);
    for (const name of names) expect((caught as ConfigError).message).toContain(name);
  });
});

describe('loadConfig', () => {
  it('reads .env when present, real environment variables winning', () => {
    const dir = mkdtempSync(join(tmpdir(), 'jawda-env-'));
    const file = join(dir, '.env');
    writeFileSync(file, 'DEFAULT_LOCALE=ar\nLOG_LEVEL=warn\n');
    const config = loadConfig({ LOG_LEVEL: 'error' }, file);
    expect(config.DEFAULT_LOCALE).toBe('ar');
    expect(config.LOG_LEVEL).toBe('error');
  });

  it('works without a .env file', () => {
    expect(loadConfig({}, '/nonexistent/.env').DEFAULT_LOCALE).toBe('fr');
  });
});
