// The one place that talks to an OpenAI-compatible server (OpenAI, or a local server through
// OPENAI_BASE_URL). Nothing here logs the key; errors carry the server's message only.
import OpenAI from 'openai';

export interface LlmSettings {
  apiKey: string;
  /** e.g. http://127.0.0.1:8080/v1 for a local server; OpenAI's when absent. */
  baseURL?: string | undefined;
  model: string;
  embeddingModel: string;
  /** Budget of one chat answer; past it the caller falls back to an extractive answer. */
  timeoutMs: number;
}

export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

export interface LlmClient {
  readonly model: string;
  readonly embeddingModel: string;
  /** One chat completion; rejects past `timeoutMs` (no retry: the answer has a deadline). */
  chat(messages: ChatMessage[], options?: { timeoutMs?: number }): Promise<string>;
  /** One vector per text, in order. */
  embed(texts: string[], options?: { timeoutMs?: number }): Promise<Float32Array[]>;
}

export class LlmError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'LlmError';
  }
}

export function createLlmClient(settings: LlmSettings): LlmClient {
  const client = new OpenAI({
    apiKey: settings.apiKey,
    baseURL: settings.baseURL,
    maxRetries: 0,
    timeout: settings.timeoutMs,
  });
  return {
    model: settings.model,
    embeddingModel: settings.embeddingModel,
    async chat(messages, options) {
      const timeout = options?.timeoutMs ?? settings.timeoutMs;
      // The SDK's timeout covers the connection; the abort also bounds a slowly streamed body.
      const response = await client.chat.completions.create(
        { model: settings.model, messages, temperature: 0.2 },
        { timeout, maxRetries: 0, signal: AbortSignal.timeout(timeout) },
      );
      const text = response.choices[0]?.message?.content;
      if (typeof text !== 'string' || !text.trim()) throw new LlmError('empty completion');
      return text.trim();
    },
    async embed(texts, options) {
      if (texts.length === 0) return [];
      const timeout = options?.timeoutMs ?? Math.max(settings.timeoutMs, 30_000);
      // "float" explicitly: the SDK's default (base64) is not implemented by every local server.
      const response = await client.embeddings.create(
        { model: settings.embeddingModel, input: texts, encoding_format: 'float' },
        { timeout, maxRetries: 1 },
      );
      const vectors = new Array<Float32Array>(texts.length);
      for (const item of response.data) vectors[item.index] = Float32Array.from(item.embedding);
      for (let i = 0; i < texts.length; i++)
        if (!vectors[i]) throw new LlmError('embeddings response does not match the inputs');
      return vectors;
    },
  };
}
