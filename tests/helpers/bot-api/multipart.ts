import type { StoredFile } from './types.ts';

export interface MultipartResult {
  fields: Record<string, string>;
  files: Map<string, StoredFile>;
}

/**
 * A small, binary-safe multipart/form-data parser. Lenient on purpose: grammY writes
 * `content-disposition:form-data;name="x";filename=a.pdf` (no spaces, unquoted filename), which
 * the platform's strict parser refuses, and Telegram accepts.
 */
export function parseMultipart(body: Buffer, contentType: string): MultipartResult {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType);
  const fields: Record<string, string> = {};
  const files = new Map<string, StoredFile>();
  const marker = Buffer.from(`--${boundary?.[1] ?? boundary?.[2] ?? ''}`);
  let start = body.indexOf(marker);
  while (start !== -1) {
    const partStart = start + marker.length;
    if (body.subarray(partStart, partStart + 2).toString() === '--') break;
    const next = body.indexOf(marker, partStart);
    if (next === -1) break;
    // A part is CRLF, headers, CRLF CRLF, content, CRLF.
    const part = body.subarray(partStart + 2, next - 2);
    const split = part.indexOf('\r\n\r\n');
    const headers = part.subarray(0, split).toString('utf8');
    const content = part.subarray(split + 4);
    const name = /name="([^"]*)"/i.exec(headers)?.[1] ?? /name=([^;\r\n]*)/i.exec(headers)?.[1];
    const filename = /filename="([^"]*)"/i.exec(headers)?.[1] ?? /filename=([^;\r\n]*)/i.exec(headers)?.[1];
    const type = /content-type:\s*([^\r\n]*)/i.exec(headers)?.[1] ?? '';
    if (name !== undefined) {
      if (filename !== undefined) files.set(name, { name: filename, mimeType: type, bytes: new Uint8Array(content) });
      else fields[name] = content.toString('utf8');
    }
    start = next;
  }
  return { fields, files };
}
