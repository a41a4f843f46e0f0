// Markdown pages → chunks, one per heading, each knowing its page, title, heading path and language.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { declaredPositions, positionsProblem } from './declared-sources.ts';

export const pageLanguages = ['fr', 'ar'] as const;
export type PageLanguage = (typeof pageLanguages)[number];

/** A short title fits on one phone line with the section it introduces. */
export const maxShortTitle = 30;

const frontMatterSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/, 'kebab-case id'),
  title: z.string().min(1),
  /**
   * What the page is about in a few words (« Modes de gestion »), for the 📖 line an answer opens
   * with and the page's label in references: the title, on a phone, may take two lines alone.
   */
  short_title: z.string().min(1).max(maxShortTitle).optional(),
  session: z.coerce.number().int().optional(),
  sequence: z.string().optional(),
  language: z.enum(pageLanguages),
  tags: z.array(z.coerce.string()).default([]),
  /** References a participant can look up: laws (number, date, article), standards and clauses, programme-document sections. */
  sources: z.array(z.string().min(1)).default([]),
  /** When facts that change (the post-2023 framework, budgets...) were last checked. YAML reads a bare date as a Date. */
  checked: z
    .union([z.date().transform((d) => d.toISOString().slice(0, 10)), z.string().regex(/^\d{4}-\d{2}-\d{2}$/)])
    .optional(),
});

export type PageMeta = z.infer<typeof frontMatterSchema>;

export interface Page extends PageMeta {
  file: string;
  /** Hash of the whole file: a page whose hash did not change is not re-chunked. */
  hash: string;
  chunks: Chunk[];
}

export interface Chunk {
  /** `<pageId>:<language>:<position>`, stable while the page's structure is. */
  id: string;
  pageId: string;
  language: PageLanguage;
  title: string;
  /** Headings from the page title down to this chunk's own heading. */
  headingPath: string[];
  /** Position of the chunk in its page (0 = text under the title). */
  position: number;
  /** The chunk's Markdown body, without its heading line. */
  text: string;
  tags: string[];
  /** Hash of everything that is indexed or embedded: cache key for embeddings. */
  hash: string;
  /**
   * The positions (1-based) in the page's `sources:` this section rests on, as its author declared
   * them (`<!-- sources: 3, 5 -->`, see declared-sources.ts); undefined when the section declares none.
   */
  sourcePositions?: number[];
}

export class PageError extends Error {
  constructor(
    readonly file: string,
    problem: string,
  ) {
    super(`${file}: ${problem}`);
    this.name = 'PageError';
  }
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Splits `---\nfront matter\n---\nbody`. */
export function splitFrontMatter(file: string, source: string): { meta: PageMeta; body: string } {
  const match = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(source);
  if (!match) throw new PageError(file, 'missing front matter (--- id/title/language ---)');
  const parsed = frontMatterSchema.safeParse(parseYaml(match[1] ?? ''));
  if (!parsed.success) {
    throw new PageError(
      file,
      parsed.error.issues.map((i) => `${i.path.join('.') || 'front matter'}: ${i.message}`).join('; '),
    );
  }
  return { meta: parsed.data, body: match[2] ?? '' };
}

/** What is wrong with one section of a page (parsePage names the page). */
class SectionError extends Error {
  constructor(
    readonly heading: string,
    readonly problem: string,
  ) {
    super(`section « ${heading} »: ${problem}`);
    this.name = 'SectionError';
  }
}

/**
 * Cuts a page body at every heading of level 2 or more; the H1 is the page title. A section
 * without text is skipped, and is an error when it declares sources: they would be lost unseen.
 */
export function chunkPage(meta: PageMeta, body: string): Chunk[] {
  const chunks: Chunk[] = [];
  const path: string[] = [];
  let lines: string[] = [];
  let declared: number[] | undefined;
  let inFence = false;
  const flush = () => {
    const text = lines.join('\n').trim();
    const sourcePositions = declared;
    lines = [];
    declared = undefined;
    const headingPath = [meta.title, ...path.filter(Boolean)];
    if (!text) {
      if (sourcePositions) throw new SectionError(headingPath.at(-1) ?? '', 'declares sources but has no text');
      return;
    }
    const position = chunks.length;
    const hash = sha256(
      JSON.stringify([
        meta.language,
        meta.title,
        headingPath,
        text,
        meta.tags,
        ...(sourcePositions ? [sourcePositions] : []),
      ]),
    );
    chunks.push({
      id: `${meta.id}:${meta.language}:${position}`,
      pageId: meta.id,
      language: meta.language,
      title: meta.title,
      headingPath,
      position,
      text,
      tags: meta.tags,
      hash,
      ...(sourcePositions ? { sourcePositions } : {}),
    });
  };
  for (const line of body.split(/\r?\n/)) {
    if (/^(```|~~~)/.test(line.trim())) inFence = !inFence;
    const heading = inFence ? null : /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    const positions = inFence ? undefined : declaredPositions(line);
    if (positions) {
      declared = [...(declared ?? []), ...positions];
      continue;
    }
    if (!heading) {
      lines.push(line);
      continue;
    }
    const level = heading[1]?.length ?? 1;
    if (level === 1) continue; // the page title, already in every chunk
    flush();
    path.length = level - 2;
    path[level - 2] = (heading[2] ?? '').trim();
  }
  flush();
  return chunks;
}

export function parsePage(file: string, source: string): Page {
  const { meta, body } = splitFrontMatter(file, source);
  let chunks: Chunk[];
  try {
    chunks = chunkPage(meta, body);
  } catch (error) {
    if (error instanceof SectionError) throw new PageError(file, error.message);
    throw error;
  }
  for (const chunk of chunks) {
    const problem = chunk.sourcePositions && positionsProblem(chunk.sourcePositions, meta.sources.length);
    if (problem) throw new PageError(file, `section « ${chunk.headingPath.at(-1) ?? ''} »: ${problem}`);
  }
  return { ...meta, file, hash: sha256(source), chunks };
}

export interface PageFile {
  file: string;
  source: string;
}

/** Every `pages/<language>/*.md` of the knowledge folder, sorted so ids and order are stable. */
export function readPageFiles(knowledgeDir: string): PageFile[] {
  const files: PageFile[] = [];
  for (const language of pageLanguages) {
    const dir = join(knowledgeDir, 'pages', language);
    let names: string[];
    try {
      names = readdirSync(dir)
        .filter((n) => n.endsWith('.md'))
        .sort();
    } catch {
      continue; // a language folder may not exist yet
    }
    for (const name of names) {
      const file = join(dir, name);
      files.push({ file, source: readFileSync(file, 'utf8') });
    }
  }
  return files;
}
