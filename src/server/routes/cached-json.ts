import type { Context } from 'hono';

import { ReadCache } from '../services/read-cache';
import type { Db } from '../storage/db';

/** Whether an If-None-Match header names `etag` (weak comparison, as for GET). */
function matches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  const bare = (t: string) => t.trim().replace(/^W\//, '');
  return header.split(',').some((t) => bare(t) === bare(etag));
}

/**
 * Answers a read of one story from the cache (or computes and caches it), with an ETag; 304 when the
 * client's copy is current. `storyId` null (an unknown fact or article): computed, which answers 404.
 * Clients revalidate every time (no-cache), so a change is seen at once.
 */
export async function cachedJson(c: Context, db: Db, cache: ReadCache, storyId: string | null, variant: string, compute: () => Promise<unknown>): Promise<Response> {
  const revision = storyId === null ? null : await db.revisions.current(storyId);
  if (storyId === null || revision === null) return c.json(await compute(), 200);
  const etag = ReadCache.etag(storyId, revision, variant);
  const headers: Record<string, string> = { ETag: etag, 'Cache-Control': 'no-cache', Vary: 'Accept-Encoding' };
  if (matches(c.req.header('if-none-match'), etag)) return c.body(null, 304, headers);
  const body = await cache.get(storyId, revision, variant, compute);
  headers['Content-Type'] = 'application/json';
  if (body.bytes.byteLength > 1024 && /\bgzip\b/.test(c.req.header('accept-encoding') ?? '')) {
    return c.body(await cache.gzipped(body), 200, { ...headers, 'Content-Encoding': 'gzip' });
  }
  return c.body(body.bytes, 200, headers);
}
