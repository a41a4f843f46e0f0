// Prompts live as files in prompts/ (reviewable, translatable without touching code):
// `<name>.system.md` and `<name>.user.md`, LangChain f-string templates ({variable}).
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ChatPromptTemplate } from '@langchain/core/prompts';
import type { ChatMessage } from './client.ts';

export const defaultPromptsDir = resolve(import.meta.dirname, '../../prompts');

export interface Prompt {
  readonly name: string;
  readonly inputVariables: string[];
  format(values: Record<string, string>): Promise<ChatMessage[]>;
}

const roles: Record<string, ChatMessage['role']> = { system: 'system', human: 'user', ai: 'assistant' };

/** Loads a prompt pair; a missing file or a template error stops the start, not the first question. */
export function loadPrompt(name: string, dir = defaultPromptsDir): Prompt {
  const read = (part: string) => readFileSync(join(dir, `${name}.${part}.md`), 'utf8').trim();
  const template = ChatPromptTemplate.fromMessages([
    ['system', read('system')],
    ['human', read('user')],
  ]);
  return {
    name,
    inputVariables: template.inputVariables,
    async format(values) {
      const messages = await template.formatMessages(values);
      return messages.map((m) => ({
        role: roles[m.getType()] ?? 'user',
        content: typeof m.content === 'string' ? m.content : JSON.stringify(m.content),
      }));
    },
  };
}
