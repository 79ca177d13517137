import type { AddArticlesResponse, ArticleDetail, DeletedStory, HistoryEntry, Story, StoryDetail } from '../../contract/api';
import { ENGINE_VERSION } from '../../engine';
import { notFound } from '../errors';
import type { Db } from '../storage/db';
import { store, type StoryRow } from '../storage/store';

import { addArticles, type AddOptions } from './add-articles';
import { inlineAnalyzer, type Analyzer } from './analyzer';
import { fetchArticle } from './article-from-url';
import { newId, now } from './clock';
import { toArticleSummary } from './fact-views';
import type { FetchOptions } from './fetch-page';
import { factIdFor, recomputeFacts } from './recompute-facts';

function toStory(row: StoryRow, counts?: { articles: number; facts: number; conflicts: number; reviewed: number }): Story {
  return {
    id: row.id, title: row.title, createdAt: row.created_at, engineVersion: row.engine_version,
    articleCount: counts?.articles ?? 0, factCount: counts?.facts ?? 0, conflictCount: counts?.conflicts ?? 0, reviewedCount: counts?.reviewed ?? 0,
  };
}

export async function listStories(db: Db): Promise<Story[]> {
  const [rows, counts] = await Promise.all([store.listStories(db), store.storyCounts(db)]);
  const byId = new Map(counts.map((c) => [c.story_id, c]));
  return rows.map((r) => toStory(r, byId.get(r.id)));
}

export async function getStory(db: Db, id: string): Promise<StoryDetail> {
  const row = await store.getStory(db, id);
  if (!row) throw notFound('story', id);
  const story = (await listStories(db)).find((s) => s.id === id) ?? toStory(row);
  return { ...story, articles: (await store.listArticles(db, id)).map(toArticleSummary) };
}

export async function createStory(db: Db, title: string, actor: string | null = null): Promise<Story> {
  const row: StoryRow = { id: newId('st'), title, created_at: now(), engine_version: ENGINE_VERSION };
  await db.transaction(async (tx) => {
    await store.insertStory(tx, row);
    await store.addHistory(tx, row.id, { at: row.created_at, actor, action: 'story created', entity: 'story', entityId: row.id, before: null, after: { title } });
    await store.bumpRevision(tx, row.id);
  });
  return toStory(row);
}

/** Renames a story; the old and new titles go into the history of the list of stories. */
export async function renameStory(db: Db, id: string, title: string, actor: string | null = null): Promise<Story> {
  await db.transaction(async (tx) => {
    const row = await store.lockStory(tx, id);
    if (!row) throw notFound('story', id);
    if (row.title === title) return;
    await store.renameStory(tx, id, title);
    await store.addHistory(tx, id, { at: now(), actor, action: 'story renamed', entity: 'story', entityId: id, before: { title: row.title }, after: { title } });
    await store.bumpRevision(tx, id);
  });
  const story = (await listStories(db)).find((s) => s.id === id);
  if (!story) throw notFound('story', id);
  return story;
}

/**
 * Deletes a story with its articles, claims, facts, reviews, marks and corrections in one transaction; the
 * history keeps an entry at the level of the list of stories naming what went.
 */
export async function deleteStory(db: Db, id: string, actor: string | null = null): Promise<DeletedStory> {
  return db.transaction(async (tx) => {
    const row = await store.lockStory(tx, id);
    if (!row) throw notFound('story', id);
    const removed = await store.deleteStory(tx, id);
    await store.addHistory(tx, id, { at: now(), actor, action: 'story deleted', entity: 'story', entityId: id, before: { title: row.title, ...removed }, after: null });
    await store.announceDeleted(tx, id);
    return { deleted: id, title: row.title, articles: removed.articles, facts: removed.facts };
  });
}

/** The history of the list of stories: which were created, renamed and deleted, newest first. */
export const storyListHistory = (db: Db): Promise<HistoryEntry[]> => store.storyListHistory(db);

/** Fetches a page and adds it as an article; the story is checked first, so a missing one costs no fetch. */
export async function addArticleFromUrl(db: Db, storyId: string, url: string, fetchOptions: FetchOptions, options: AddOptions = {}): Promise<AddArticlesResponse> {
  if (!(await store.getStory(db, storyId))) throw notFound('story', storyId);
  return addArticles(db, storyId, [{ kind: 'article', article: await fetchArticle(url, fetchOptions) }], options);
}

export async function getArticle(db: Db, id: string): Promise<ArticleDetail> {
  const row = await store.getArticle(db, id);
  if (!row) throw notFound('article', id);
  const claims = (await store.claimsOfArticle(db, id)).sort((a, b) => a.start - b.start);
  const factOf = new Map((await store.factsOfClaims(db, row.story_id, claims.map((c) => c.id))).map((r) => [r.claim_id, r.fact_id]));
  return { ...toArticleSummary(row), text: row.body, claims: claims.map((c) => ({ ...c, factId: factOf.get(c.id) ?? null })) };
}

/** Deletes an article and its claims; reviews stay (and stay in the history) even if their fact goes. */
export async function deleteArticle(db: Db, id: string, actor: string | null = null, analyzer: Analyzer = inlineAnalyzer): Promise<{ deleted: string; orphanedReviews: string[]; storyId: string }> {
  const row = await store.getArticle(db, id);
  if (!row) throw notFound('article', id);
  return db.transaction(async (tx) => {
    await store.deleteArticle(tx, id);
    await store.addHistory(tx, row.story_id, { at: now(), actor, action: 'article deleted', entity: 'article', entityId: id, before: { title: row.title, outlet: row.outlet, claims: row.claim_count }, after: null });
    const result = await recomputeFacts(tx, row.story_id, analyzer);
    await store.bumpRevision(tx, row.story_id);
    return { deleted: id, orphanedReviews: result.orphanedReviews.map((k) => factIdFor(row.story_id, k)), storyId: row.story_id };
  });
}
