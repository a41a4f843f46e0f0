import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { onTestFinished } from 'vitest';
import { freshDatabase } from './db.ts';

export const projectRoot = resolve(import.meta.dirname, '../..');

export interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface ConsoleRun {
  dir: string;
  env: Record<string, string>;
}

/**
 * A temp folder and environment for a real bot process with its own database (of the suite's
 * provider) and log; dropped when the test ends.
 */
export async function consoleRun(extraEnv: Record<string, string> = {}): Promise<ConsoleRun> {
  const fresh = await freshDatabase();
  onTestFinished(() => fresh.drop());
  return {
    dir: fresh.dir,
    env: { DATABASE_URL: fresh.url, LOG_FILE: join(fresh.dir, 'jawda.log'), ...extraEnv },
  };
}

/** Runs a command in the project root with `input` piped to its standard input. */
export function runWithInput(
  command: string,
  args: string[],
  input: string,
  env: Record<string, string>,
): Promise<RunResult> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, {
      cwd: projectRoot,
      env: { ...process.env, ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code, signal) => resolvePromise({ code, signal, stdout, stderr }));
    child.stdin.end(input);
  });
}

/** The bot as `npm start` runs it, without npm's own start-up cost. */
export function runBot(input: string, env: Record<string, string>, args: string[] = []): Promise<RunResult> {
  return runWithInput(process.execPath, ['--import', 'tsx', 'src/main.ts', ...args], input, env);
}

export function stripMarks(text: string): string {
  return text.replace(/[\u200e\u200f\u2066-\u2069]/g, '');
}

/** A bot process fed line by line, to act between replies (and kill it mid-run). */
export function startBot(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: projectRoot,
    env: { ...process.env, ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  const exited = new Promise<number | null>((resolvePromise) => child.on('close', (code) => resolvePromise(code)));
  return {
    child,
    exited,
    output: () => stdout,
    /** Sends a line and waits until `marker` appears `count` times in the output. */
    async send(line: string, marker: string, count: number, timeoutMs = 45_000) {
      child.stdin.write(`${line}\n`);
      const deadline = Date.now() + timeoutMs;
      while (stdout.split(marker).length - 1 < count) {
        if (Date.now() > deadline) throw new Error(`timed out waiting for reply to "${line}"`);
        await new Promise((r) => setTimeout(r, 10));
      }
    },
  };
}
