// Chunk embeddings for hybrid retrieval, cached in the database by (model, chunk hash): a restart
// or a content change recomputes only the chunks whose text changed.
import type { LlmClient } from '../../llm/client.ts';
import type { Db } from '../../persistence/prisma.ts';
import type { Chunk } from './ingest.ts';

export interface EmbeddingSync {
  cached: number;
  computed: number;
}

export interface EmbeddingIndex {
  /** Loads cached vectors and computes the missing ones (batched). */
  sync(chunks: Chunk[]): Promise<EmbeddingSync>;
  /** Cosine similarity of a question to every embedded chunk, by chunk id. */
  similarities(question: string, timeoutMs: number): Promise<Map<string, number>>;
  readonly size: number;
}

const batchSize = 64;

/** Float32 little-endian bytes, the storage format of Embedding.vector. */
export function vectorToBytes(vector: Float32Array): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(vector.length * 4);
  const view = new DataView(bytes.buffer);
  vector.forEach((v, i) => view.setFloat32(i * 4, v, true));
  return bytes;
}

export function bytesToVector(bytes: Uint8Array): Float32Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return Float32Array.from({ length: bytes.byteLength / 4 }, (_, i) => view.getFloat32(i * 4, true));
}

/** Unit length, so a dot product is the cosine. */
export function normalize(vector: Float32Array): Float32Array {
  let sum = 0;
  for (const v of vector) sum += v * v;
  const norm = Math.sqrt(sum) || 1;
  return vector.map((v) => v / norm);
}

function dot(a: Float32Array, b: Float32Array): number {
  let sum = 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) sum += (a[i] as number) * (b[i] as number);
  return sum;
}

/** What is embedded for a chunk: its heading path gives the passage its topic. */
export function embeddingText(chunk: Chunk): string {
  return `${chunk.headingPath.join(' > ')}\n\n${chunk.text}`;
}

export function createEmbeddingIndex(db: Db, llm: LlmClient): EmbeddingIndex {
  const model = llm.embeddingModel;
  let vectors = new Map<string, Float32Array>();

  return {
    get size() {
      return vectors.size;
    },
    async sync(chunks) {
      const hashes = [...new Set(chunks.map((c) => c.hash))];
      const byHash = new Map<string, Float32Array>();
      for (let i = 0; i < hashes.length; i += 500) {
        const rows = await db.embedding.findMany({ where: { model, hash: { in: hashes.slice(i, i + 500) } } });
        for (const row of rows) byHash.set(row.hash, bytesToVector(row.vector));
      }
      const cached = byHash.size;
      const seen = new Set<string>();
      const missing = chunks.filter((c) => !byHash.has(c.hash) && !seen.has(c.hash) && Boolean(seen.add(c.hash)));
      for (let i = 0; i < missing.length; i += batchSize) {
        const batch = missing.slice(i, i + batchSize);
        const computed = await llm.embed(batch.map(embeddingText));
        await db.$transaction(
          batch.map((chunk, k) => {
            const vector = normalize(computed[k] as Float32Array);
            byHash.set(chunk.hash, vector);
            const data = { model, hash: chunk.hash, vector: vectorToBytes(vector) };
            return db.embedding.upsert({
              where: { model_hash: { model, hash: chunk.hash } },
              create: data,
              update: { vector: data.vector },
            });
          }),
        );
      }
      const next = new Map<string, Float32Array>();
      for (const chunk of chunks) {
        const vector = byHash.get(chunk.hash);
        if (vector) next.set(chunk.id, vector);
      }
      vectors = next;
      return { cached, computed: missing.length };
    },
    async similarities(question, timeoutMs) {
      if (vectors.size === 0) return new Map();
      const [raw] = await llm.embed([question], { timeoutMs });
      const query = normalize(raw as Float32Array);
      const scores = new Map<string, number>();
      for (const [id, vector] of vectors) scores.set(id, dot(query, vector));
      return scores;
    },
  };
}
