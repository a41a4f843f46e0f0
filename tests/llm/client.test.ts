import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLlmClient } from '../../src/llm/client.ts';
import { startOpenAiStandIn, standInDimensions, type OpenAiStandIn } from '../helpers/openai-stand-in.ts';

let server: OpenAiStandIn;
beforeAll(async () => {
  server = await startOpenAiStandIn();
});
afterAll(() => server.close());

const settings = () => ({
  apiKey: 'sk-test-secret',
  baseURL: server.baseURL,
  model: 'stand-in-chat',
  embeddingModel: 'stand-in-embed',
  timeoutMs: 500,
});

describe('LLM client over an OpenAI-compatible server (baseURL)', () => {
  it('sends the chat to the configured model with the key as a bearer token, and returns the text', async () => {
    server.chat = { reply: '  Bonjour [1]  ' };
    const llm = createLlmClient(settings());
    expect(await llm.chat([{ role: 'user', content: 'Salut' }])).toBe('Bonjour [1]');
    expect(server.chatRequests.at(-1)).toMatchObject({
      model: 'stand-in-chat',
      messages: [{ role: 'user', content: 'Salut' }],
    });
    expect(server.authorizations.at(-1)).toBe('Bearer sk-test-secret');
  });

  it('rejects past the timeout, without retrying', async () => {
    server.chat = { delayMs: 2000 };
    const before = server.chatRequests.length;
    await expect(createLlmClient(settings()).chat([{ role: 'user', content: 'lent' }])).rejects.toThrow(
      /timed out|timeout|aborted/i,
    );
    expect(server.chatRequests.length).toBe(before + 1);
  });

  it('rejects on a server error, without retrying', async () => {
    server.chat = { status: 500 };
    const before = server.chatRequests.length;
    await expect(createLlmClient(settings()).chat([{ role: 'user', content: 'x' }])).rejects.toThrow(/500/);
    expect(server.chatRequests.length).toBe(before + 1);
  });

  it('embeds texts in order, as float vectors', async () => {
    const vectors = await createLlmClient(settings()).embed(['qualité du service', 'الجودة']);
    expect(vectors).toHaveLength(2);
    expect(vectors[0]).toBeInstanceOf(Float32Array);
    expect(vectors[0]?.length).toBe(standInDimensions);
    expect(server.embeddedTexts.slice(-2)).toEqual(['qualité du service', 'الجودة']);
  });
});
