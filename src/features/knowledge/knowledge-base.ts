// The knowledge folder in memory: pages, glossary and the BM25 index, re-read incrementally.
import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { words } from './analyze.ts';
import { createGlossary, parseGlossary, type Glossary } from './glossary.ts';
import { PageError, parsePage, readPageFiles, sha256, type Chunk, type Page, type PageLanguage } from './ingest.ts';
import { createChunkIndex, type ChunkIndex, type IndexChange } from './search-index.ts';

export interface SyncReport extends IndexChange {
  pages: number;
  /** Files whose content changed since the last sync (all of them on the first one). */
  changedFiles: number;
  /** Pages that could not be read (bad front matter...): skipped, the rest still works. */
  errors: string[];
  ms: number;
}

export interface KnowledgeBase {
  readonly dir: string;
  index: ChunkIndex;
  glossary: Glossary;
  /** Re-reads the folder; unchanged files (same hash) are neither parsed nor re-indexed. */
  sync(): SyncReport;
  page(pageId: string, language: PageLanguage): Page | undefined;
  pages(): Page[];
  chunks(): Chunk[];
  /** The French pages' words as written (folded, headings and text), read again when the pages change. */
  frenchWords(): ReadonlySet<string>;
}

function frenchWordsOf(chunks: Chunk[]): Set<string> {
  return new Set(
    chunks.filter((c) => c.language === 'fr').flatMap((c) => words(`${c.headingPath.join(' ')} ${c.text}`)),
  );
}

export function createKnowledgeBase(dir: string): KnowledgeBase {
  const index = createChunkIndex();
  let pagesByFile = new Map<string, Page>();
  let byKey = new Map<string, Page>();
  let glossaryHash = '';
  let frenchWords = new Set<string>();
  const base: KnowledgeBase = {
    dir,
    index,
    glossary: createGlossary([]),
    sync() {
      const started = performance.now();
      const errors: string[] = [];
      const next = new Map<string, Page>();
      let changedFiles = 0;
      for (const { file, source } of readPageFiles(dir)) {
        const known = pagesByFile.get(file);
        if (known && known.hash === sha256(source)) {
          next.set(file, known);
          continue;
        }
        changedFiles++;
        try {
          const page = parsePage(file, source);
          const folder = basename(dirname(file));
          if (page.language !== folder) throw new PageError(file, `language "${page.language}" but folder "${folder}"`);
          next.set(file, page);
        } catch (error) {
          errors.push(error instanceof Error ? error.message : String(error));
        }
      }
      const keys = new Map<string, Page>();
      for (const page of next.values()) {
        const key = `${page.id}:${page.language}`;
        const other = keys.get(key);
        if (other) {
          errors.push(`${page.file}: id "${page.id}" (${page.language}) already used by ${other.file}`);
          next.delete(page.file);
          continue;
        }
        keys.set(key, page);
      }
      pagesByFile = next;
      byKey = keys;
      syncGlossary(errors);
      const change = index.sync([...next.values()].flatMap((p) => p.chunks));
      if (change.added + change.removed > 0) frenchWords = frenchWordsOf(index.chunks());
      return { ...change, pages: next.size, changedFiles, errors, ms: performance.now() - started };
    },
    page: (pageId, language) => byKey.get(`${pageId}:${language}`),
    pages: () => [...byKey.values()],
    chunks: () => index.chunks(),
    frenchWords: () => frenchWords,
  };
  function syncGlossary(errors: string[]) {
    const file = join(dir, 'glossary.yaml');
    let source = '';
    try {
      source = readFileSync(file, 'utf8');
    } catch {
      // no glossary yet: retrieval works without expansion
    }
    const hash = sha256(source);
    if (hash === glossaryHash) return;
    try {
      base.glossary = createGlossary(source ? parseGlossary(source) : []);
      glossaryHash = hash;
    } catch (error) {
      errors.push(`${file}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return base;
}
