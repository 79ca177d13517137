/**
 * Every SQL statement of the server lives here, behind plain functions over a Queryable (the database or
 * an open transaction). Services compose them; routes never see SQL.
 */
import type { ClaimMark, HistoryEntry, Review } from '../../contract/api';
import type { Claim, CopyLink } from '../../engine';

import { authStore } from './auth-store';
import type { Queryable, Tx } from './db';
import { factStore } from './fact-store';
import { REVIEW_COLUMNS, reviewStore, type ReviewView } from './review-store';
import type { ArticleRow, MarkRow, ReviewRow, StoryRow } from './rows';

export type { SessionRow, UserRow } from './auth-store';
export type { ArticleRow, MarkRow, ReviewRow, StoredFact, StoredFactData, StoryRow } from './rows';

const json = (v: unknown) => JSON.stringify(v);
type HistoryRow = { seq: string | number; at: string; actor: string | null; action: string; entity: HistoryEntry['entity']; entity_id: string; before: unknown; after: unknown };
const toHistoryEntry = (r: HistoryRow): HistoryEntry => ({ id: String(r.seq), at: r.at, actor: r.actor, action: r.action, entity: r.entity, entityId: r.entity_id, before: r.before, after: r.after });
/** A review as the API shows it: without the (possibly thousands of) claim ids it keeps. */
/** Claims per INSERT: few statements, none long enough to hold the embedded database for long. */
const CLAIM_BATCH = 500;

export const store = {
  // ---- users, sessions, failed sign-ins (team mode); facts
  ...authStore,
  ...factStore,
  ...reviewStore,

  // ---- stories
  insertStory: (q: Queryable, s: StoryRow) =>
    q.query('INSERT INTO stories (id, title, created_at, engine_version) VALUES ($1, $2, $3, $4)', [s.id, s.title, s.created_at, s.engine_version]),
  listStories: (q: Queryable) => q.query<StoryRow>('SELECT id, title, created_at, engine_version FROM stories ORDER BY created_at, id'),
  getStory: async (q: Queryable, id: string) => (await q.query<StoryRow>('SELECT id, title, created_at, engine_version FROM stories WHERE id = $1', [id]))[0] ?? null,
  /** Locks the story row for the rest of the transaction, so a rename and a delete cannot cross. */
  lockStory: async (q: Queryable, id: string) => (await q.query<StoryRow>('SELECT id, title, created_at, engine_version FROM stories WHERE id = $1 FOR UPDATE', [id]))[0] ?? null,
  renameStory: (q: Queryable, id: string, title: string) => q.query('UPDATE stories SET title = $2 WHERE id = $1', [id, title]),
  /**
   * Bumps the story's revision and tells every server process, once committed: call it in every
   * transaction that changes the story. It runs with the COMMIT, which keeps the story's row locked briefly.
   */
  bumpRevision: async (tx: Tx, storyId: string) => tx.bumpRevision(storyId),
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
  /** The story's grouping revision, locked for the transaction when `tx` is one: bumped by every regrouping (recomputeFacts). */
  groupingRevision: async (q: Queryable, id: string, lock = false) =>
    (await q.query<{ n: string | number }>(`SELECT grouping_revision AS n FROM stories WHERE id = $1${lock ? ' FOR UPDATE' : ''}`, [id])).map((r) => Number(r.n))[0] ?? null,
  bumpGroupingRevision: (q: Queryable, id: string) => q.query('UPDATE stories SET grouping_revision = grouping_revision + 1 WHERE id = $1', [id]),
  /** Tells every server process the story is gone, once committed. */
  announceDeleted: (tx: Tx, id: string) => tx.send({ type: 'revision', storyId: id, revision: null }),
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
  articleHeadsByIds: (q: Queryable, ids: string[]) =>
    q.query<ArticleRow>(`SELECT id, story_id, source_id, file, title, outlet, published, url, '' AS body, claim_count, created_at FROM articles WHERE id = ANY($1::text[])`, [ids]),
  articlesBySource: (q: Queryable, storyId: string, sourceIds: string[]) =>
    q.query<ArticleRow>(`SELECT id, story_id, source_id, file, title, outlet, published, url, '' AS body, claim_count, created_at FROM articles WHERE story_id = $1 AND source_id = ANY($2::text[])`, [storyId, sourceIds]),
  getArticle: async (q: Queryable, id: string) => (await q.query<ArticleRow>('SELECT * FROM articles WHERE id = $1', [id]))[0] ?? null,
  findArticleBySource: async (q: Queryable, storyId: string, sourceId: string) =>
    (await q.query<ArticleRow>('SELECT * FROM articles WHERE story_id = $1 AND source_id = $2', [storyId, sourceId]))[0] ?? null,
  deleteArticle: (q: Queryable, id: string) => q.query('DELETE FROM articles WHERE id = $1', [id]),
  setClaimCount: (q: Queryable, id: string, n: number) => q.query('UPDATE articles SET claim_count = $2 WHERE id = $1', [id, n]),
  insertClaims: async (q: Queryable, storyId: string, articleId: string, claims: Claim[]) => {
    for (let from = 0; from < claims.length; from += CLAIM_BATCH) {
      await q.query(
        `INSERT INTO claims (story_id, id, article_id, data) SELECT $1, c->>'id', $2, c FROM jsonb_array_elements($3::jsonb) AS c`,
        [storyId, articleId, json(claims.slice(from, from + CLAIM_BATCH))],
      );
    }
  },
  claimsOfArticle: async (q: Queryable, articleId: string) =>
    (await q.query<{ data: Claim }>('SELECT data FROM claims WHERE article_id = $1', [articleId])).map((r) => r.data),
  deleteClaimsOfArticle: (q: Queryable, articleId: string) => q.query('DELETE FROM claims WHERE article_id = $1', [articleId]),
  listClaims: async (q: Queryable, storyId: string) =>
    (await q.query<{ data: Claim; article_id: string }>('SELECT data, article_id FROM claims WHERE story_id = $1', [storyId])),
  claimsByIds: async (q: Queryable, storyId: string, ids: string[]) =>
    (await q.query<{ data: Claim; article_id: string }>('SELECT data, article_id FROM claims WHERE story_id = $1 AND id = ANY($2::text[])', [storyId, ids])),

  // ---- reviews, marks, corrections
  listReviews: (q: Queryable, storyId: string) => q.query<ReviewRow>('SELECT * FROM reviews WHERE story_id = $1', [storyId]),
  getReview: async (q: Queryable, storyId: string, key: string) =>
    (await q.query<ReviewView>(`SELECT ${REVIEW_COLUMNS} FROM reviews WHERE story_id = $1 AND fact_key = $2`, [storyId, key]))[0] ?? null,
  /** Inserts the first review of a fact; null when someone else got there first. */
  /**
   * Before a story is regrouped: each review takes the claim ids of its fact as they stand, so it can follow
   * them to whichever fact holds most of them afterwards.
   */
  keepReviewedClaims: (q: Queryable, storyId: string) =>
    q.query('UPDATE reviews r SET claim_ids = f.claim_ids FROM facts f WHERE r.story_id = $1 AND f.story_id = $1 AND f.key = r.fact_key', [storyId]),
  rekeyReview: (q: Queryable, storyId: string, from: string, to: string) =>
    q.query('UPDATE reviews SET fact_key = $3 WHERE story_id = $1 AND fact_key = $2', [storyId, from, to]),
  listMarks: (q: Queryable, storyId: string) => q.query<MarkRow>('SELECT claim_id, mark, reviewer, updated_at FROM marks WHERE story_id = $1', [storyId]),
  marksOf: (q: Queryable, storyId: string, claimIds: string[]) =>
    q.query<MarkRow>('SELECT claim_id, mark, reviewer, updated_at FROM marks WHERE story_id = $1 AND claim_id = ANY($2::text[])', [storyId, claimIds]),
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
  /** The latest changes to a fact, its review and its claims, without reading its claim ids into the server. */
  factHistory: async (q: Queryable, factId: string, limit: number): Promise<HistoryEntry[]> => {
    const rows = await q.query<HistoryRow>(
      `SELECT * FROM history WHERE entity_id = $1 OR entity_id IN (SELECT jsonb_array_elements_text(claim_ids) FROM facts WHERE id = $1)
       ORDER BY seq DESC LIMIT $2`,
      [factId, limit],
    );
    return rows.map(toHistoryEntry);
  },
  historyOf: async (q: Queryable, entityIds: string[], limit = 500): Promise<HistoryEntry[]> => {
    const rows = await q.query<HistoryRow>(
      'SELECT * FROM history WHERE entity_id = ANY($1::text[]) ORDER BY seq DESC LIMIT $2',
      [entityIds, limit],
    );
    return rows.map(toHistoryEntry);
  },
};

export function toReview(row: ReviewView | null): Review {
  if (!row) return { status: 'open', reason: null, value: null, rightClaimIds: [], note: '', reviewer: null, version: 0, updatedAt: null };
  return {
    status: row.status, reason: row.reason, value: row.value === null ? null : Number(row.value), rightClaimIds: row.right_claim_ids,
    note: row.note, reviewer: row.reviewer, version: row.version, updatedAt: row.updated_at,
  };
}
