/**
 * Adding articles to a story. The slow parts run before the transaction and off the event loop (the
 * analyzer's worker threads): reading and analysing each article, then regrouping the whole story. The
 * transaction only writes, after checking nobody regrouped the story meanwhile (its grouping revision);
 * if someone did, the grouping is done again. So the embedded database, which runs one transaction at a
 * time, is held for the writes alone, and reads of other reviewers go on during a large upload.
 */
import type { AddArticlesResponse } from '../../contract/api';
import type { Source } from '../../engine';
import { ApiError, notFound } from '../errors';
import type { Db, Tx } from '../storage/db';
import type { ArticleRow } from '../storage/rows';
import { store } from '../storage/store';

import { inlineAnalyzer, type AnalysedItem, type Analyzer, type UploadItem } from './analyzer';
import { newId, now } from './clock';
import { toArticleSummary } from './fact-views';
import { loadGroupInput, recomputeFacts, saveGrouping } from './recompute-facts';

export interface UploadProgress { phase: 'analysing' | 'grouping' | 'saving'; done: number; total: number }
export interface AddOptions { actor?: string | null; analyzer?: Analyzer; onProgress?: (p: UploadProgress) => void }
type Analysed = Extract<AnalysedItem, { ok: true }>;

/** Test hook: lets a test make an upload fail halfway, to prove nothing half-added stays. */
export const uploadFaults = { afterFirstArticle: null as null | (() => void) };
/** Regroupings tried outside the transaction before grouping inside it, where no one can cross. */
const OPTIMISTIC_TRIES = 3;

function readable(items: UploadItem[], analysed: AnalysedItem[]): Analysed[] {
  const errors = analysed.flatMap((a) => (a.ok ? [] : [{ file: a.file, message: a.message }]));
  if (errors.length === 0) return analysed as Analysed[];
  const unsupported = errors.every((e) => e.message.includes('unsupported file type'));
  throw new ApiError(unsupported ? 'unsupported_media_type' : 'unprocessable', `${errors.length} of ${items.length} files could not be read, nothing was added: ${errors.map((e) => e.message).join('; ')}`, { errors });
}

async function insertArticles(tx: Tx, storyId: string, rows: ArticleRow[], analysed: Analysed[], actor: string | null): Promise<void> {
  const existing = await tx.query<{ source_id: string; title: string }>('SELECT source_id, title FROM articles WHERE story_id = $1 AND source_id = ANY($2::text[])', [storyId, rows.map((r) => r.source_id)]);
  const seen = new Map(existing.map((e) => [e.source_id, e.title]));
  for (const [i, row] of rows.entries()) {
    const title = seen.get(row.source_id);
    if (title !== undefined) throw new ApiError('conflict', `${row.file}: this article is already in the story (as "${title}")`);
    seen.set(row.source_id, row.title);
    const { claims } = analysed[i] as Analysed;
    await store.insertArticle(tx, row);
    await store.insertClaims(tx, storyId, row.id, claims);
    await store.addHistory(tx, storyId, { at: row.created_at, actor, action: 'article added', entity: 'article', entityId: row.id, before: null, after: { title: row.title, outlet: row.outlet, claims: claims.length } });
    if (i === 0) uploadFaults.afterFirstArticle?.();
  }
}

/** Adds articles to a story and regroups its facts: every article is stored, or (on any failure) none is. */
export async function addArticles(db: Db, storyId: string, items: UploadItem[], { actor = null, analyzer = inlineAnalyzer, onProgress }: AddOptions = {}): Promise<AddArticlesResponse> {
  if (!(await store.getStory(db, storyId))) throw notFound('story', storyId);
  let done = 0;
  const total = items.length;
  onProgress?.({ phase: 'analysing', done, total });
  const analysed = readable(items, await analyzer.analyze(items, () => onProgress?.({ phase: 'analysing', done: ++done, total })));
  // Articles are listed by the time they were added: one millisecond apart keeps an upload in its own order.
  const at = Date.parse(now());
  const rows: ArticleRow[] = analysed.map(({ article: a, source, claims }, i) => ({
    id: newId('a'), story_id: storyId, source_id: source.id, file: a.file, title: a.title, outlet: a.outlet,
    published: a.published, url: a.url, body: a.text, claim_count: claims.length, created_at: new Date(at + i).toISOString(),
  }));
  const sources: Source[] = analysed.map((a) => a.source);
  const claims = analysed.flatMap((a) => a.claims);

  let saved = false;
  for (let attempt = 1; attempt <= OPTIMISTIC_TRIES && !saved; attempt++) {
    const seen = await store.groupingRevision(db, storyId);
    if (seen === null) throw notFound('story', storyId);
    const input = await loadGroupInput(db, storyId);
    onProgress?.({ phase: 'grouping', done: total, total });
    const grouped = await analyzer.group({ ...input, sources: [...input.sources, ...sources], claims: [...input.claims, ...claims] });
    onProgress?.({ phase: 'saving', done: total, total });
    saved = await db.transaction(async (tx) => {
      if ((await store.groupingRevision(tx, storyId, true)) !== seen) return false;
      await insertArticles(tx, storyId, rows, analysed, actor);
      await saveGrouping(tx, storyId, grouped);
      await store.bumpRevision(tx, storyId);
      return true;
    });
  }
  if (!saved) {
    await db.transaction(async (tx) => {
      if ((await store.groupingRevision(tx, storyId, true)) === null) throw notFound('story', storyId);
      await insertArticles(tx, storyId, rows, analysed, actor);
      await recomputeFacts(tx, storyId, analyzer);
      await store.bumpRevision(tx, storyId);
    });
  }
  return { articles: rows.map(toArticleSummary), errors: [] };
}
