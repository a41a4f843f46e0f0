import { describe, expect, it } from 'vitest';
import { createPromptRegistry } from '../../../src/channels/telegram/prompts.ts';
import type { RenderedPrompt } from '../../../src/channels/telegram/render.ts';

const prompt = (promptId: string): RenderedPrompt => ({
  promptId,
  choices: [],
  multiple: false,
  text: promptId,
  locale: 'fr',
  selected: new Set(),
  page: 1,
  answered: false,
  idempotent: false,
  left: false,
});

describe('the prompts remembered for Telegram messages', () => {
  it("finds a chat's live copies of a prompt among that chat's messages only", () => {
    const registry = createPromptRegistry();
    registry.set(1, 10, prompt('q:a'));
    registry.set(2, 10, prompt('q:a'));
    registry.set(1, 11, prompt('q:b'));
    registry.set(1, 12, prompt('q:a'));
    expect(registry.live(1, 'q:a').map((x) => x.messageId)).toEqual([10, 12]);
    const answered = registry.get(1, 10);
    if (answered) answered.answered = true;
    expect(registry.live(1, 'q:a').map((x) => x.messageId)).toEqual([12]);
    expect(registry.latest(1)?.messageId).toBe(12);
    expect(registry.latest(2)?.messageId).toBe(10);
  });

  it("keeps a chat's last prompts and the chats written to last; a read keeps a chat, not its order", () => {
    const registry = createPromptRegistry(2, 3);
    for (let id = 1; id <= 4; id++) registry.set(1, id, prompt(`q:${id}`));
    expect(registry.get(1, 1)).toBeUndefined();
    expect(registry.get(1, 2)?.promptId).toBe('q:2');
    // Reading an older message does not make it the latest: a typed answer answers the last one sent.
    expect(registry.latest(1)?.messageId).toBe(4);
    registry.set(2, 1, prompt('q:x'));
    registry.get(1, 3); // chat 1 used again: chat 2 is now the one written to least recently
    registry.set(3, 1, prompt('q:y'));
    expect(registry.latest(2)).toBeUndefined();
    expect(registry.latest(1)?.messageId).toBe(4);
    expect(registry.latest(3)?.messageId).toBe(1);
  });
});
