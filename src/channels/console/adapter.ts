import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { clearLine, createInterface, cursorTo, type Interface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { withDirection, type I18n, type Locale } from '../../core/i18n.ts';
import { createPromptMemory } from '../prompt-memory.ts';
import {
  readBackReplies,
  type Address,
  type ChannelAdapter,
  type CoreLink,
  type InboundHandler,
  type InboundMessage,
  type OutboundMessage,
  type Sender,
} from '../../core/messages.ts';
import { renderForConsole } from './render.ts';

export interface ConsoleOptions {
  input: Readable;
  output: Writable;
  /** A terminal (prompt shown) rather than a pipe. */
  interactive: boolean;
  /** Who types in the terminal. */
  operator: Sender;
  /** Folder where documents and images sent to the console are saved. */
  filesDir: string;
  /** Printed once when a terminal session starts: who you are and what to type. */
  greeting?: string;
  i18n: I18n;
  /** Language of the note under a reminder when the sender gives none. */
  locale: Locale;
}

export interface ConsoleAdapter extends ChannelAdapter {
  /** Resolves when the input ends and every reply has been written. */
  readonly finished: Promise<void>;
}

/**
 * Chat in the terminal as the local operator. Lines are handled one at a time, in order, so from
 * a pipe every reply is printed before the next line is read; the end of input ends the chat.
 */
export function createConsoleAdapter(options: ConsoleOptions): ConsoleAdapter {
  const { input, output, operator, i18n } = options;
  const runId = Date.now().toString(36);
  let counter = 0;
  // The console has one chat, the operator's: the lists it shows, as on WhatsApp.
  const chat = operator.externalId;
  const prompts = createPromptMemory();
  let resolveFinished: () => void = () => {};
  const finished = new Promise<void>((resolve) => (resolveFinished = resolve));
  let rl: Interface | undefined;

  const write = (text: string) =>
    new Promise<void>((resolve, reject) => output.write(`${text}\n`, (err) => (err ? reject(err) : resolve())));

  async function render(messages: OutboundMessage[]) {
    for (const message of messages) {
      let saved: string | undefined;
      if (message.kind === 'document' || message.kind === 'image') {
        await mkdir(options.filesDir, { recursive: true });
        saved = join(options.filesDir, message.fileName);
        await writeFile(saved, message.data);
      }
      await write(`${renderForConsole(message, saved)}\n`);
    }
  }

  function toInbound(line: string, current: InboundHandler): Promise<InboundMessage> {
    const text: InboundMessage = {
      id: `${runId}-${++counter}`,
      from: operator,
      receivedAt: new Date(),
      kind: 'text',
      text: line,
    };
    return prompts.choiceOf(chat, text, current);
  }

  async function loop({ handle, current }: CoreLink) {
    // In a terminal, readline owns the line being typed, so a reminder can be printed above it.
    rl = options.interactive
      ? createInterface({ input, output, terminal: true, prompt: '> ' })
      : createInterface({ input, terminal: false });
    if (options.interactive) {
      if (options.greeting) await write(`${options.greeting}\n`);
      rl.prompt();
    }
    for await (const raw of rl) {
      const line = raw.trim();
      if (line) {
        const inbound = await toInbound(line, current);
        const result = await handle(inbound);
        // A number answers only the choice list just shown; after anything else it is plain text.
        prompts.replied(chat, result.replies);
        await render([...readBackReplies(result), ...result.replies]);
      }
      if (options.interactive) rl.prompt();
    }
  }

  /** Prints messages that arrive on their own (reminders) above the line being typed, then redraws it. */
  async function renderAside(messages: OutboundMessage[]) {
    if (!options.interactive || !rl) return render(messages);
    clearLine(output, 0);
    cursorTo(output, 0);
    await render(messages);
    rl.prompt(true);
  }

  return {
    name: 'console',
    finished,
    async start(core) {
      // Nothing to acknowledge or redeliver: lines go straight to the core, one at a time.
      loop(core).then(resolveFinished, async (error: unknown) => {
        await write(`Console error: ${String(error)}`);
        resolveFinished();
      });
    },
    async send(to: Address, messages: OutboundMessage[], locale?: Locale) {
      if (to.channel !== 'console' || to.externalId !== operator.externalId) return;
      // A reminder is answered by its words; numbers keep answering the question in progress, and it says so.
      const shown = locale ?? options.locale;
      await renderAside(prompts.sent(chat, messages, withDirection(shown, i18n.t(shown, 'aside-numbers'))));
    },
    async stop() {
      rl?.close();
    },
  };
}
