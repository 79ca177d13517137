/**
 * Responses of a story's reads, cached under the story's revision: while the revision stands the same
 * bytes answer, and their ETag answers an If-None-Match with 304, neither touching the database. A new
 * revision makes every entry of the story stale at once. Requests for an entry being computed wait for
 * it rather than compute it again (after a write, fifty dashboards ask at once).
 */
import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';

import { ENGINE_VERSION } from '../../engine';

const gzipAsync = promisify(gzip);
/** Bump when a response's shape changes without the engine's version, so no client keeps an old body by its ETag. */
const RESPONSE_FORMAT = 4;

/** Bytes as the Node adapter writes them without copying (it streams an ArrayBuffer, slowly). */
type Bytes = Uint8Array<ArrayBuffer>;
const toBytes = (b: Buffer): Bytes => new Uint8Array(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer);

export interface CachedBody {
  etag: string;
  /** The JSON, encoded once. */
  bytes: Bytes;
  /** Compressed once, on first demand, off the event loop (zlib's thread pool). */
  gzipped?: Promise<Bytes>;
}

interface Entry { revision: number; body: CachedBody; bytes: number }

export class ReadCache {
  private readonly entries = new Map<string, Entry>();
  private readonly computing = new Map<string, Promise<CachedBody>>();
  private bytes = 0;
  /** Counted for tests and the benchmark. */
  readonly stats = { hits: 0, misses: 0 };

  constructor(private readonly maxBytes = 64 * 1024 * 1024) {}

  /** The same on every server process, so a 304 holds whichever process a load balancer picks. */
  static etag(storyId: string, revision: number, variant: string): string {
    const hash = createHash('sha1').update(`${RESPONSE_FORMAT}|${ENGINE_VERSION}|${storyId}|${variant}`).digest('base64url').slice(0, 16);
    return `W/"${revision}-${hash}"`;
  }

  async get(storyId: string, revision: number, variant: string, compute: () => Promise<unknown>): Promise<CachedBody> {
    const key = `${storyId}|${variant}`;
    const hit = this.entries.get(key);
    if (hit && hit.revision === revision) {
      this.stats.hits++;
      // Most recently used last: eviction takes from the front.
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit.body;
    }
    const flight = `${key}|${revision}`;
    const running = this.computing.get(flight);
    if (running) return running;
    this.stats.misses++;
    const made = (async () => {
      const body: CachedBody = { etag: ReadCache.etag(storyId, revision, variant), bytes: toBytes(Buffer.from(JSON.stringify(await compute()))) };
      this.put(key, { revision, body, bytes: body.bytes.byteLength });
      return body;
    })();
    this.computing.set(flight, made);
    try {
      return await made;
    } finally {
      this.computing.delete(flight);
    }
  }

  gzipped(body: CachedBody): Promise<Bytes> {
    body.gzipped ??= gzipAsync(body.bytes).then(toBytes);
    return body.gzipped;
  }

  private put(key: string, entry: Entry): void {
    const old = this.entries.get(key);
    if (old && old.revision > entry.revision) return;
    if (old) this.bytes -= old.bytes;
    this.entries.delete(key);
    if (entry.bytes > this.maxBytes / 4) return;
    this.entries.set(key, entry);
    this.bytes += entry.bytes;
    for (const [k, e] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(k);
      this.bytes -= e.bytes;
    }
  }
}
