import type { IncomingMessage } from 'node:http';
import { parseMultipart } from './multipart.ts';
import type { Params, StoredFile } from './types.ts';

export interface ParsedRequest {
  params: Params;
  /** Files of a multipart request, by form field name. */
  files: Map<string, StoredFile>;
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * Reads Bot API parameters the way Telegram accepts them: query string, JSON, urlencoded or
 * multipart/form-data (files).
 */
export async function parseRequest(req: IncomingMessage): Promise<ParsedRequest> {
  const url = new URL(req.url ?? '/', 'http://stand-in');
  const params: Params = Object.fromEntries(url.searchParams);
  const files = new Map<string, StoredFile>();
  const body = await readBody(req);
  const type = req.headers['content-type'] ?? '';
  if (body.length === 0) return { params, files };
  if (type.includes('application/json')) {
    Object.assign(params, JSON.parse(body.toString('utf8')) as Params);
  } else if (type.includes('application/x-www-form-urlencoded')) {
    Object.assign(params, Object.fromEntries(new URLSearchParams(body.toString('utf8'))));
  } else if (type.includes('multipart/form-data')) {
    const form = parseMultipart(body, type);
    Object.assign(params, form.fields);
    for (const [name, file] of form.files) files.set(name, file);
  }
  // JSON-encoded fields of form requests (reply_markup, commands...) are decoded like Telegram does.
  for (const field of ['reply_markup', 'commands', 'allowed_updates']) {
    if (typeof params[field] === 'string') params[field] = JSON.parse(params[field]);
  }
  return { params, files };
}

/** The file a send call carries: `attach://name` refers to a multipart field; otherwise the field itself. */
export function attachedFile(field: string, parsed: ParsedRequest): StoredFile | undefined {
  const value = parsed.params[field];
  if (typeof value === 'string' && value.startsWith('attach://'))
    return parsed.files.get(value.slice('attach://'.length));
  if (parsed.files.has(field)) return parsed.files.get(field);
  // A file_id or URL: the stand-in records it as a reference without bytes.
  if (typeof value === 'string') return { name: value, mimeType: '', bytes: new Uint8Array() };
  return undefined;
}
