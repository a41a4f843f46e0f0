import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import { projectRoot } from './helpers/console.ts';

// The architecture rules run without type information here, so snippets need no real file.
const eslint = new ESLint({
  cwd: projectRoot,
  overrideConfig: [{ files: ['**/*.ts'], ...tseslint.configs.disableTypeChecked }],
});

async function ruleIds(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('architecture lint rules', () => {
  it.each([
    ["import { Bot } from 'grammy';", 'src/core/x.ts'],
    ["import { Client } from 'whatsapp-web.js';", 'src/features/questionnaires/x.ts'],
    ["import { run } from '@grammyjs/runner';", 'src/features/x.ts'],
    ["import { createConsoleAdapter } from '../channels/console/adapter.ts';", 'src/core/x.ts'],
  ])('keeps channel libraries out of the core and features: %s', async (code, file) => {
    expect(await ruleIds(`${code}\nexport {};\n`, file)).toContain('no-restricted-imports');
  });

  it('allows channel libraries in adapters, and channel types in the core', async () => {
    expect(
      await ruleIds("import { Bot } from 'grammy';\nexport { Bot };\n", 'src/channels/telegram/x.ts'),
    ).not.toContain('no-restricted-imports');
    expect(
      await ruleIds(
        "import type { InboundMessage } from '../src/core/messages.ts';\nexport type { InboundMessage };\n",
        'src/core/x.ts',
      ),
    ).toEqual([]);
  });
});
