// BM25 full-text index of chunks (Orama), kept in step with the pages by chunk hash.
import { create, insert, remove, search, type Orama, type Tokenizer } from '@orama/orama';
import { analyze } from './analyze.ts';
import type { Chunk } from './ingest.ts';

const schema = { title: 'string', heading: 'string', body: 'string', language: 'enum', pageId: 'enum' } as const;
type ChunkDb = Orama<typeof schema>;

export interface SearchHit {
  chunk: Chunk;
  score: number;
}

export interface IndexChange {
  added: number;
  removed: number;
  kept: number;
}

export interface ChunkIndex {
  /** Makes the index hold exactly `chunks`: only new or changed ones are (re)indexed. */
  sync(chunks: Chunk[]): IndexChange;
  search(query: string, limit: number): SearchHit[];
  /** Chunks whose tokens contain `token` (document frequency, for confidence). */
  docFrequency(token: string): number;
  /** Has the chunk exactly this token (the stems of one word are equal; a prefix is another word)? */
  chunkHasToken(chunkId: string, token: string): boolean;
  pageIds(): ReadonlySet<string>;
  size(): number;
  chunk(id: string): Chunk | undefined;
  chunks(): Chunk[];
}

/** Orama's calls are synchronous with synchronous components; this keeps our API synchronous too. */
function now<T>(value: T | Promise<T>): T {
  if (value instanceof Promise) throw new Error('Orama returned a promise: an asynchronous component was configured');
  return value;
}

/**
 * Ends every token given to Orama. Orama's search matches every indexed word that starts with a
 * query token ("capital", the stem of "capitale", found "capitalisation"), and its `exact` option
 * compares raw text instead of tokens; a token that ends with a mark no word contains can only
 * match itself.
 */
const endOfToken = '\u0003';

/**
 * Our analysis as an Orama tokenizer. Tokens are unique per field, as Orama's own tokenizer does
 * (its BM25 counts a repeated token as another document). `memo` holds texts just analysed.
 */
export function createTokenizer(memo = new Map<string, string[]>()): Tokenizer {
  return {
    language: 'french',
    normalizationCache: new Map(),
    tokenize: (raw) => (memo.get(raw) ?? [...new Set(analyze(raw))]).map((t) => t + endOfToken),
  };
}

/** BM25 weights of the fields: a match in a heading says more than one in the body. */
export const fieldBoost = { title: 2, heading: 1.5, body: 1 };

export function createChunkIndex(): ChunkIndex {
  // Each field is analysed once: for Orama's insert (through the memo) and for our token lists.
  const memo = new Map<string, string[]>();
  const tokenizer = createTokenizer(memo);
  const db: ChunkDb = create({ schema, components: { tokenizer } });
  const indexed = new Map<string, Chunk>();
  /** Sorted unique tokens of each chunk (binary search for prefixes). */
  const tokens = new Map<string, string[]>();
  const df = new Map<string, number>();
  let pageIds = new Set<string>();

  const count = (chunkTokens: string[], delta: number) => {
    for (const t of chunkTokens) df.set(t, (df.get(t) ?? 0) + delta);
  };
  const add = (chunk: Chunk) => {
    const fields = {
      title: chunk.title,
      heading: chunk.headingPath.slice(1).join(' / '),
      body: `${chunk.text}\n${chunk.tags.join(', ')}`,
    };
    for (const text of Object.values(fields)) memo.set(text, [...new Set(analyze(text))]);
    now(insert(db, { id: chunk.id, ...fields, language: chunk.language, pageId: chunk.pageId }));
    const chunkTokens = [...new Set(Object.values(fields).flatMap((text) => memo.get(text) ?? []))].sort();
    memo.clear();
    tokens.set(chunk.id, chunkTokens);
    count(chunkTokens, 1);
    indexed.set(chunk.id, chunk);
  };
  const drop = (id: string) => {
    // Removal re-tokenizes the stored fields: the same analysis gives the same tokens.
    now(remove(db, id));
    count(tokens.get(id) ?? [], -1);
    tokens.delete(id);
    indexed.delete(id);
  };

  return {
    sync(chunks) {
      const wanted = new Map(chunks.map((c) => [c.id, c]));
      const change = { added: 0, removed: 0, kept: 0 };
      for (const [id, chunk] of indexed) {
        if (wanted.get(id)?.hash === chunk.hash) continue;
        drop(id);
        change.removed++;
      }
      for (const chunk of chunks) {
        if (indexed.has(chunk.id)) {
          change.kept++;
          continue;
        }
        add(chunk);
        change.added++;
      }
      if (change.added + change.removed > 0) pageIds = new Set([...indexed.values()].map((c) => c.pageId));
      return change;
    },
    search(query, limit) {
      if (!query.trim() || indexed.size === 0) return [];
      const result = now(
        search(db, { term: query, limit, boost: fieldBoost, properties: ['title', 'heading', 'body'], threshold: 1 }),
      );
      return result.hits.flatMap((hit) => {
        const chunk = indexed.get(hit.id);
        return chunk ? [{ chunk, score: hit.score }] : [];
      });
    },
    docFrequency: (token) => df.get(token) ?? 0,
    chunkHasToken(chunkId, token) {
      const sorted = tokens.get(chunkId) ?? [];
      let lo = 0;
      let hi = sorted.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((sorted[mid] as string) < token) lo = mid + 1;
        else hi = mid;
      }
      return sorted[lo] === token;
    },
    pageIds: () => pageIds,
    size: () => indexed.size,
    chunk: (id) => indexed.get(id),
    chunks: () => [...indexed.values()],
  };
}
