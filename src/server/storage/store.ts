/**
 * Every SQL statement of the server lives here, behind plain functions over a Queryable (the database or
 * an open transaction). Services compose them; routes never see SQL.
 */
import type { ClaimMark, HistoryEntry, ReportedValue, Review, ReviewReason, ReviewStatus } from '../../contract/api';
import type { Claim, CopyLink, Fact } from '../../engine';

import { authStore } from './auth-store';
import type { Queryable } from './db';

export type { SessionRow, UserRow } from './auth-store';
export interface StoryRow { id: string; title: string; created_at: string; engine_version: string | null }
export interface ArticleRow {
  id: string; story_id: string; source_id: string; file: string; title: string; outlet: string;
  published: string | null; url: string | null; body: string; claim_count: number; created_at: string;
}
export interface ReviewRow {
  story_id: string; fact_key: string; status: ReviewStatus; reason: ReviewReason | null; value: number | null;
  right_claim_ids: string[]; note: string; reviewer: string | null; version: number; updated_at: string; claim_ids: string[];
}
export interface MarkRow { claim_id: string; mark: ClaimMark; reviewer: string | null; updated_at: string }
/** A fact as stored: the engine's fact plus what its list row shows, computed once per recompute. */
export interface StoredFactData extends Fact {
  values: Array<Claim['value']>;
  /** The values as written, one per distinct (value, outlet, date); missing on facts stored before they were kept. */
  reported?: ReportedValue[];
  outlets: string[];
  /** Lower-case label, explanation, outlets and quotes, for the text filter. */
  searchText: string;
}
export interface StoredFact { id: string; key: string; position: number; data: StoredFactData }

const json = (v: unknown) => JSON.stringify(v);
type HistoryRow = { seq: string | number; at: string; actor: string | null; action: string; entity: HistoryEntry['entity']; entity_id: string; before: unknown; after: unknown };
const toHistoryEntry = (r: HistoryRow): HistoryEntry => ({ id: String(r.seq), at: r.at, actor: r.actor, action: r.action, entity: r.entity, entityId: r.entity_id, before: r.before, after: r.after });
const withClaimIds = (row: StoredFact & { claim_ids: string[]; source_ids: string[] }): StoredFact => ({
  id: row.id, key: row.key, position: row.position, data: { ...row.data, claimIds: row.claim_ids, sourceIds: row.source_ids, searchText: '' },
});

export const store = {
  // ---- users, sessions, failed sign-ins (team mode)
  ...authStore,

  // ---- stories
  insertStory: (q: Queryable, s: StoryRow) =>
    q.query('INSERT INTO stories (id, title, created_at, engine_version) VALUES ($1, $2, $3, $4)', [s.id, s.title, s.created_at, s.engine_version]),
  listStories: (q: Queryable) => q.query<StoryRow>('SELECT id, title, created_at, engine_version FROM stories ORDER BY created_at, id'),
  getStory: async (q: Queryable, id: string) => (await q.query<StoryRow>('SELECT id, title, created_at, engine_version FROM stories WHERE id = $1', [id]))[0] ?? null,
  /** Locks the story row for the rest of the transaction, so a rename and a delete cannot cross. */
  lockStory: async (q: Queryable, id: string) => (await q.query<StoryRow>('SELECT id, title, created_at, engine_version FROM stories WHERE id = $1 FOR UPDATE', [id]))[0] ?? null,
  renameStory: (q: Queryable, id: string, title: string) => q.query('UPDATE stories SET title = $2 WHERE id = $1', [id, title]),
  /** Deletes a story and everything in it (history stays: it is the record of what was done); returns what went. */
  deleteStory: async (q: Queryable, id: string) => {
    const counted = async (sql: string) => (await q.query<{ n: number }>(`WITH gone AS (${sql} RETURNING 1) SELECT count(*)::int AS n FROM gone`, [id]))[0]?.n ?? 0;
    const removed = {
      marks: await counted('DELETE FROM marks WHERE story_id = $1'),
      corrections: await counted('DELETE FROM corrections WHERE story_id = $1'),
      reviews: await counted('DELETE FROM reviews WHERE story_id = $1'),
      facts: await counted('DELETE FROM facts WHERE story_id = $1'),
      claims: await counted('DELETE FROM claims WHERE story_id = $1'),
      articles: await counted('DELETE FROM articles WHERE story_id = $1'),
    };
    await q.query('DELETE FROM stories WHERE id = $1', [id]);
    return removed;
  },
  setAnalysisMeta: (q: Queryable, id: string, version: string, copies: CopyLink[]) =>
    q.query('UPDATE stories SET engine_version = $2, copies = $3::jsonb WHERE id = $1', [id, version, json(copies)]),
  getCopies: async (q: Queryable, id: string) => (await q.query<{ copies: CopyLink[] }>('SELECT copies FROM stories WHERE id = $1', [id]))[0]?.copies ?? [],
  storyCounts: (q: Queryable) =>
    q.query<{ story_id: string; articles: number; facts: number; conflicts: number; reviewed: number }>(`
      SELECT s.id AS story_id,
        (SELECT count(*)::int FROM articles a WHERE a.story_id = s.id) AS articles,
        (SELECT count(*)::int FROM facts f WHERE f.story_id = s.id) AS facts,
        (SELECT count(*)::int FROM facts f WHERE f.story_id = s.id AND f.data->>'assessment' = 'conflict') AS conflicts,
        (SELECT count(*)::int FROM facts f JOIN reviews r ON r.story_id = f.story_id AND r.fact_key = f.key
           WHERE f.story_id = s.id AND r.status <> 'open') AS reviewed
      FROM stories s`),

  // ---- articles and claims
  insertArticle: (q: Queryable, a: ArticleRow) =>
    q.query(
      `INSERT INTO articles (id, story_id, source_id, file, title, outlet, published, url, body, claim_count, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [a.id, a.story_id, a.source_id, a.file, a.title, a.outlet, a.published, a.url, a.body, a.claim_count, a.created_at],
    ),
  listArticles: (q: Queryable, storyId: string) => q.query<ArticleRow>('SELECT * FROM articles WHERE story_id = $1 ORDER BY created_at, id', [storyId]),
  /** Articles without their text: what lists and fact views need. */
  listArticleHeads: (q: Queryable, storyId: string) =>
    q.query<ArticleRow>(`SELECT id, story_id, source_id, file, title, outlet, published, url, '' AS body, claim_count, created_at FROM articles WHERE story_id = $1 ORDER BY created_at, id`, [storyId]),
  getArticle: async (q: Queryable, id: string) => (await q.query<ArticleRow>('SELECT * FROM articles WHERE id = $1', [id]))[0] ?? null,
  findArticleBySource: async (q: Queryable, storyId: string, sourceId: string) =>
    (await q.query<ArticleRow>('SELECT * FROM articles WHERE story_id = $1 AND source_id = $2', [storyId, sourceId]))[0] ?? null,
  deleteArticle: (q: Queryable, id: string) => q.query('DELETE FROM articles WHERE id = $1', [id]),
  setClaimCount: (q: Queryable, id: string, n: number) => q.query('UPDATE articles SET claim_count = $2 WHERE id = $1', [id, n]),
  insertClaims: async (q: Queryable, storyId: string, articleId: string, claims: Claim[]) => {
    for (const c of claims) {
      await q.query('INSERT INTO claims (story_id, id, article_id, data) VALUES ($1, $2, $3, $4::jsonb)', [storyId, c.id, articleId, json(c)]);
    }
  },
  deleteClaimsOfArticle: (q: Queryable, articleId: string) => q.query('DELETE FROM claims WHERE article_id = $1', [articleId]),
  listClaims: async (q: Queryable, storyId: string) =>
    (await q.query<{ data: Claim; article_id: string }>('SELECT data, article_id FROM claims WHERE story_id = $1', [storyId])),
  claimsByIds: async (q: Queryable, storyId: string, ids: string[]) =>
    (await q.query<{ data: Claim; article_id: string }>('SELECT data, article_id FROM claims WHERE story_id = $1 AND id = ANY($2::text[])', [storyId, ids])),

  // ---- facts
  replaceFacts: async (q: Queryable, storyId: string, facts: Array<{ id: string; data: StoredFactData }>) => {
    await q.query('DELETE FROM facts WHERE story_id = $1', [storyId]);
    let position = 0;
    for (const f of facts) {
      // The big parts (claim ids, search text) live in their own columns so list queries never read them.
      const { claimIds, sourceIds, searchText, ...small } = f.data;
      await q.query(
        'INSERT INTO facts (story_id, id, key, position, data, claim_ids, source_ids, search_text) VALUES ($1, $2, $3, $4, $5::jsonb, $6::jsonb, $7::jsonb, $8)',
        [storyId, f.id, f.data.key, position++, json(small), json(claimIds), json(sourceIds), searchText],
      );
    }
  },
  listFacts: async (q: Queryable, storyId: string) =>
    (await q.query<StoredFact & { claim_ids: string[]; source_ids: string[] }>('SELECT id, key, position, data, claim_ids, source_ids FROM facts WHERE story_id = $1 ORDER BY position', [storyId]))
      .map(withClaimIds),
  /**
   * List rows without the heavy parts (claim ids, search text), filtered by text in SQL: a fact of a
   * large story can hold thousands of claims.
   */
  listFactRows: (q: Queryable, storyId: string, text?: string) =>
    q.query<{ id: string; key: string; claim_count: number; data: Omit<StoredFactData, 'claimIds' | 'sourceIds' | 'searchText'> }>(
      `SELECT id, key, jsonb_array_length(claim_ids) AS claim_count, data
       FROM facts WHERE story_id = $1 AND ($2::text IS NULL OR strpos(search_text, $2::text) > 0) ORDER BY position`,
      [storyId, text ?? null],
    ),
  /** List rows with their reviews in one query: the fact list is the busiest read. */
  listFactRowsWithReviews: (q: Queryable, storyId: string, text?: string) =>
    q.query<{ id: string; key: string; claim_count: number; data: Omit<StoredFactData, 'claimIds' | 'sourceIds' | 'searchText'> } & Partial<ReviewRow>>(
      `SELECT f.id, f.key, jsonb_array_length(f.claim_ids) AS claim_count, f.data,
         r.status, r.reason, r.value, r.right_claim_ids, r.note, r.reviewer, r.version, r.updated_at
       FROM facts f LEFT JOIN reviews r ON r.story_id = f.story_id AND r.fact_key = f.key
       WHERE f.story_id = $1 AND ($2::text IS NULL OR strpos(f.search_text, $2::text) > 0) ORDER BY f.position`,
      [storyId, text ?? null],
    ),
  /** Stories with facts stored before the values as written were kept: recomputed once at start-up. */
  storiesWithStaleFacts: async (q: Queryable) =>
    (await q.query<{ story_id: string }>(`SELECT DISTINCT story_id FROM facts WHERE NOT (data ? 'reported')`)).map((r) => r.story_id),
  getFact: async (q: Queryable, id: string) => {
    const row = (await q.query<StoredFact & { story_id: string; claim_ids: string[]; source_ids: string[] }>('SELECT story_id, id, key, position, data, claim_ids, source_ids FROM facts WHERE id = $1', [id]))[0];
    return row ? { ...withClaimIds(row), story_id: row.story_id } : null;
  },
  findFactOfClaim: async (q: Queryable, storyId: string, claimId: string) => {
    const row = (await q.query<StoredFact & { claim_ids: string[]; source_ids: string[] }>(`SELECT id, key, position, data, claim_ids, source_ids FROM facts WHERE story_id = $1 AND claim_ids ? $2`, [storyId, claimId]))[0];
    return row ? withClaimIds(row) : null;
  },

  // ---- reviews, marks, corrections
  listReviews: (q: Queryable, storyId: string) => q.query<ReviewRow>('SELECT * FROM reviews WHERE story_id = $1', [storyId]),
  getReview: async (q: Queryable, storyId: string, key: string) =>
    (await q.query<ReviewRow>('SELECT * FROM reviews WHERE story_id = $1 AND fact_key = $2', [storyId, key]))[0] ?? null,
  /** Inserts the first review of a fact; null when someone else got there first. */
  insertReview: async (q: Queryable, r: ReviewRow) =>
    (await q.query<ReviewRow>(
      `INSERT INTO reviews (story_id, fact_key, status, reason, value, right_claim_ids, note, reviewer, version, updated_at, claim_ids)
       VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7, $8, 1, $9, $10::jsonb) ON CONFLICT (story_id, fact_key) DO NOTHING RETURNING *`,
      [r.story_id, r.fact_key, r.status, r.reason, r.value, json(r.right_claim_ids), r.note, r.reviewer, r.updated_at, json(r.claim_ids)],
    ))[0] ?? null,
  /** Updates a review only if it is still at `expected` version: the atomic check of optimistic concurrency. */
  updateReview: async (q: Queryable, r: ReviewRow, expected: number) =>
    (await q.query<ReviewRow>(
      `UPDATE reviews SET status = $3, reason = $4, value = $5, right_claim_ids = $6::jsonb, note = $7, reviewer = $8,
         version = version + 1, updated_at = $9, claim_ids = $10::jsonb
       WHERE story_id = $1 AND fact_key = $2 AND version = $11 RETURNING *`,
      [r.story_id, r.fact_key, r.status, r.reason, r.value, json(r.right_claim_ids), r.note, r.reviewer, r.updated_at, json(r.claim_ids), expected],
    ))[0] ?? null,
  rekeyReview: (q: Queryable, storyId: string, from: string, to: string) =>
    q.query('UPDATE reviews SET fact_key = $3 WHERE story_id = $1 AND fact_key = $2', [storyId, from, to]),
  listMarks: (q: Queryable, storyId: string) => q.query<MarkRow>('SELECT claim_id, mark, reviewer, updated_at FROM marks WHERE story_id = $1', [storyId]),
  setMark: (q: Queryable, storyId: string, claimId: string, mark: ClaimMark, reviewer: string | null, at: string) =>
    q.query(
      `INSERT INTO marks (story_id, claim_id, mark, reviewer, updated_at) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (story_id, claim_id) DO UPDATE SET mark = $3, reviewer = $4, updated_at = $5`,
      [storyId, claimId, mark, reviewer, at],
    ),
  clearMark: (q: Queryable, storyId: string, claimId: string) => q.query('DELETE FROM marks WHERE story_id = $1 AND claim_id = $2', [storyId, claimId]),
  listCorrections: (q: Queryable, storyId: string) =>
    q.query<{ claim_id: string; fact_key: string }>('SELECT claim_id, fact_key FROM corrections WHERE story_id = $1', [storyId]),
  setCorrection: (q: Queryable, storyId: string, claimId: string, factKey: string) =>
    q.query(
      `INSERT INTO corrections (story_id, claim_id, fact_key) VALUES ($1, $2, $3)
       ON CONFLICT (story_id, claim_id) DO UPDATE SET fact_key = $3`,
      [storyId, claimId, factKey],
    ),

  // ---- history
  /** Records a change; returns the entry as the history will show it. */
  addHistory: async (q: Queryable, storyId: string, e: Omit<HistoryEntry, 'id'>): Promise<HistoryEntry> => {
    const rows = await q.query<{ seq: string | number }>('INSERT INTO history (story_id, at, actor, action, entity, entity_id, before, after) VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8::jsonb) RETURNING seq', [
      storyId, e.at, e.actor, e.action, e.entity, e.entityId, json(e.before ?? null), json(e.after ?? null),
    ]);
    return { ...e, id: String(rows[0]?.seq), before: e.before ?? null, after: e.after ?? null };
  },
  /** Changes to the list of stories itself: created, renamed, deleted. */
  storyListHistory: async (q: Queryable, limit = 100): Promise<HistoryEntry[]> => {
    const rows = await q.query<HistoryRow>(
      `SELECT * FROM history WHERE entity = 'story' AND action IN ('story created', 'story renamed', 'story deleted') ORDER BY seq DESC LIMIT $1`,
      [limit],
    );
    return rows.map(toHistoryEntry);
  },
  historyOf: async (q: Queryable, entityIds: string[]): Promise<HistoryEntry[]> => {
    const rows = await q.query<HistoryRow>(
      'SELECT * FROM history WHERE entity_id = ANY($1::text[]) ORDER BY seq DESC LIMIT 500',
      [entityIds],
    );
    return rows.map(toHistoryEntry);
  },
};

export function toReview(row: ReviewRow | null): Review {
  if (!row) return { status: 'open', reason: null, value: null, rightClaimIds: [], note: '', reviewer: null, version: 0, updatedAt: null };
  return {
    status: row.status, reason: row.reason, value: row.value === null ? null : Number(row.value), rightClaimIds: row.right_claim_ids,
    note: row.note, reviewer: row.reviewer, version: row.version, updatedAt: row.updated_at,
  };
}
