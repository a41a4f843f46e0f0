import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { clearLine, createInterface, cursorTo, type Interface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { lastPrompt, parseNumberedReply, type NumberedPrompt } from '../numbered.ts';
import type {
  Address,
  ChannelAdapter,
  InboundHandler,
  InboundMessage,
  OutboundMessage,
  Sender,
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
  const { input, output, operator } = options;
  const runId = Date.now().toString(36);
  let counter = 0;
  let prompt: NumberedPrompt | undefined;
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

  function toInbound(line: string): InboundMessage {
    const base = { id: `${runId}-${++counter}`, from: operator, receivedAt: new Date() };
    const values = prompt ? parseNumberedReply(line, prompt) : null;
    if (prompt && values) return { ...base, kind: 'choice', promptId: prompt.promptId, values };
    return { ...base, kind: 'text', text: line };
  }

  async function loop(handle: InboundHandler) {
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
        const inbound = toInbound(line);
        const { replies } = await handle(inbound);
        // A number answers only the choice list just shown; after anything else it is plain text.
        prompt = lastPrompt(replies);
        await render(replies);
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
      loop(core.handle).then(resolveFinished, async (error: unknown) => {
        await write(`Console error: ${String(error)}`);
        resolveFinished();
      });
    },
    async send(to: Address, messages: OutboundMessage[]) {
      if (to.channel !== 'console' || to.externalId !== operator.externalId) return;
      // A reminder's buttons are the last list shown: a numbered reply answers it.
      prompt = lastPrompt(messages) ?? prompt;
      await renderAside(messages);
    },
    async stop() {
      rl?.close();
    },
  };
}
