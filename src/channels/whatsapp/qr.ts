import { mkdir, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Writable } from 'node:stream';
import QRCode from 'qrcode';

export interface QrDisplay {
  /** Prints the code in the terminal and writes it as a PNG (for a set-up over SSH or by a colleague). */
  show(qr: string): Promise<void>;
  /** Removes the PNG once linked: a stale code must not be scanned by mistake. */
  clear(): Promise<void>;
}

export interface QrDisplayOptions {
  output: Writable;
  pngPath: string;
  /** The instructions printed above the code, in the operator's language. */
  instructions: (pngPath: string) => string;
}

/**
 * Each step runs after the previous one: a code refreshed while the last one is still being
 * written, or a link right after a code appeared, must not leave a stale image behind.
 */
export function createQrDisplay(options: QrDisplayOptions): QrDisplay {
  let work: Promise<unknown> = Promise.resolve();
  const then = (step: () => Promise<void>) => {
    const next = work.then(step);
    work = next.catch(() => undefined);
    return next;
  };
  return {
    show: (qr) =>
      then(async () => {
        const art = await QRCode.toString(qr, { type: 'terminal', small: true });
        await mkdir(dirname(options.pngPath), { recursive: true });
        // Written aside then renamed: whoever fetches the image never gets half of it.
        const partial = `${options.pngPath}.part`;
        await QRCode.toFile(partial, qr, { type: 'png', width: 512, margin: 2 });
        await rename(partial, options.pngPath);
        options.output.write(`\n${options.instructions(options.pngPath)}\n${art}\n`);
      }),
    clear: () => then(() => rm(options.pngPath, { force: true })),
  };
}
