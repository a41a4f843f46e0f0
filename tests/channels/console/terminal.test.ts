import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createConsoleAdapter } from '../../../src/channels/console/adapter.ts';
import { createI18n } from '../../../src/core/i18n.ts';
import type { CoreLink, InboundMessage } from '../../../src/core/messages.ts';
import { until } from '../../helpers/bot-process.ts';

const operator = { channel: 'console' as const, externalId: 'operator', displayName: 'Opérateur' };

describe('console chat in a terminal', () => {
  it('greets, shows a prompt, and redraws the line being typed when a reminder arrives', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    let printed = '';
    output.on('data', (chunk: Buffer) => (printed += chunk.toString('utf8')));
    const received: InboundMessage[] = [];
    const adapter = createConsoleAdapter({
      input,
      output,
      interactive: true,
      operator,
      filesDir: join(tmpdir(), 'jawda-console-test'),
      i18n: createI18n(),
      locale: 'fr',
      greeting: 'Bienvenue dans Jawda. Tapez /help.',
    });
    const core: CoreLink = {
      handle: async (message) => {
        received.push(message);
        return { replies: [{ kind: 'text', text: 'Bien reçu.' }], answered: null, left: null, locale: 'fr' };
      },
      current: async () => ({ replies: [], answered: null, left: null, locale: 'fr' }),
      inbox: () => {
        throw new Error('the console stores nothing');
      },
      unreachable: async () => {},
      healthy: async () => true,
    };
    await adapter.start(core);
    await until(() => printed.includes('> '), 'the prompt');
    expect(printed.indexOf('Bienvenue dans Jawda')).toBeLessThan(printed.indexOf('> '));

    input.write('demain 14');
    await until(() => printed.includes('demain 14'), 'the echo of what is typed');
    await adapter.send({ channel: 'console', externalId: 'operator' }, [{ kind: 'text', text: '⏰ Rappel : note' }]);
    const after = printed.slice(printed.indexOf('⏰ Rappel : note'));
    // The typed text is shown again after the reminder, on a fresh prompt, and is not lost.
    expect(after).toMatch(/> demain 14/);
    input.write('h\r');
    await until(() => received.length === 1, 'the line sent to the core');
    expect(received[0]).toMatchObject({ kind: 'text', text: 'demain 14h' });
    await until(() => printed.includes('Bien reçu.'), 'the reply');
    input.end();
    await adapter.finished;
  });
});
