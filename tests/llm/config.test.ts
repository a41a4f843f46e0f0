import { describe, expect, it } from 'vitest';
import { ConfigError, createConfig } from '../../src/config.ts';

describe('knowledge and LLM configuration', () => {
  it('defaults to the offline knowledge base', () => {
    const config = createConfig({});
    expect(config).toMatchObject({
      KNOWLEDGE_DIR: './knowledge',
      OPENAI_MODEL: 'gpt-4o-mini',
      OPENAI_EMBEDDING_MODEL: 'text-embedding-3-small',
      LLM_TIMEOUT_MS: 10_000,
    });
    expect(config.OPENAI_API_KEY).toBeUndefined();
    expect(createConfig({ OPENAI_API_KEY: '', OPENAI_BASE_URL: '' }).OPENAI_BASE_URL).toBeUndefined();
  });

  it('takes a local OpenAI-compatible server', () => {
    const config = createConfig({
      OPENAI_API_KEY: 'sk-local',
      OPENAI_BASE_URL: 'http://127.0.0.1:8080/v1',
      LLM_TIMEOUT_MS: '2500',
    });
    expect(config).toMatchObject({ OPENAI_BASE_URL: 'http://127.0.0.1:8080/v1', LLM_TIMEOUT_MS: 2500 });
  });

  it('names bad values, and never prints the key', () => {
    try {
      createConfig({ OPENAI_API_KEY: 'sk-very-secret', OPENAI_BASE_URL: 'not a url', LLM_TIMEOUT_MS: 'soon' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const problems = (error as ConfigError).problems.join('\n');
      expect(problems).toMatch(/OPENAI_BASE_URL/);
      expect(problems).toMatch(/LLM_TIMEOUT_MS/);
      expect(problems).not.toContain('sk-very-secret');
    }
  });
});
