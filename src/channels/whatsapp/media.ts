import { mkdir, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { SaveMedia } from './inbound.ts';

const extensions: Record<string, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/gif': 'gif',
  'application/pdf': 'pdf',
};

/** A file name made of the message id, safe on any file system ("false_216…@c.us_3EB0…" → "false_216_c.us_3EB0…"). */
export function mediaFileName(messageId: string, mimeType: string, originalName?: string | null): string {
  const base = messageId.replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, 120);
  const fromName = originalName ? extname(originalName).slice(1).toLowerCase() : '';
  const ext = extensions[mimeType.split(';')[0] ?? ''] ?? (/^[a-z0-9]{1,8}$/.test(fromName) ? fromName : 'bin');
  return `${base}.${ext}`;
}

/**
 * Downloads a message's attachment into `<dir>` (under the WhatsApp data folder): WhatsApp media
 * links expire, so a photo answer must be kept as a file rather than as a link.
 */
export function createMediaStore(dir: string): SaveMedia {
  return async (message) => {
    const media = await message.downloadMedia().catch(() => undefined);
    // The library answers undefined or null when WhatsApp no longer has the file.
    if (!media?.data) return null;
    await mkdir(dir, { recursive: true });
    const path = join(dir, mediaFileName(message.id._serialized, media.mimetype, media.filename));
    await writeFile(path, Buffer.from(media.data, 'base64'));
    return { path, fileName: media.filename ?? undefined };
  };
}
