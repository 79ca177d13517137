/**
 * The SQL of facts, spread into `store` (store.ts). A fact of a large story can hold thousands of claims:
 * its claim ids live in their own column, and only the queries that need them read them.
 */
import type { Claim } from '../../engine';

import type { Queryable } from './db';
import type { ReviewRow, StoredFact, StoredFactData } from './store';

type ListData = Omit<StoredFactData, 'claimIds' | 'sourceIds' | 'searchText'>;
export type FactListRow = { id: string; key: string; claim_count: number; data: ListData } & Partial<ReviewRow>;
/** A fact without its claim ids: what a detail page and a review write start from. */
export interface FactHead { story_id: string; id: string; key: string; claim_count: number; data: ListData }
/** What a suggestion needs of each claim, without its quote and frame. */
export interface ClaimBrief { id: string; source_id: string; number: number; value: Claim['value']; as_of: string | null; outlet: string; url: string | null; published: string | null }

const json = (v: unknown) => JSON.stringify(v);
/** Rows per INSERT: few statements, none long enough to hold the embedded database for long. */
const BATCH = 200;
const withClaimIds = (row: StoredFact & { claim_ids: string[]; source_ids: string[] }): StoredFact => ({
  id: row.id, key: row.key, position: row.position, data: { ...row.data, claimIds: row.claim_ids, sourceIds: row.source_ids, searchText: '' },
});

export const factStore = {
  replaceFacts: async (q: Queryable, storyId: string, facts: Array<{ id: string; data: StoredFactData }>) => {
    await q.query('DELETE FROM facts WHERE story_id = $1', [storyId]);
    for (let from = 0; from < facts.length; from += BATCH) {
      // The big parts (claim ids, search text) live in their own columns so list queries never read them.
      const rows = facts.slice(from, from + BATCH).map((f, i) => {
        const { claimIds, sourceIds, searchText, ...small } = f.data;
        return { id: f.id, key: f.data.key, position: from + i, data: small, claimIds, sourceIds, searchText };
      });
      await q.query(
        `INSERT INTO facts (story_id, id, key, position, data, claim_ids, source_ids, search_text, claim_count)
         SELECT $1, f->>'id', f->>'key', (f->>'position')::int, f->'data', f->'claimIds', f->'sourceIds', f->>'searchText', jsonb_array_length(f->'claimIds')
         FROM jsonb_array_elements($2::jsonb) AS f`,
        [storyId, json(rows)],
      );
    }
  },
  listFacts: async (q: Queryable, storyId: string) =>
    (await q.query<StoredFact & { claim_ids: string[]; source_ids: string[] }>('SELECT id, key, position, data, claim_ids, source_ids FROM facts WHERE story_id = $1 ORDER BY position', [storyId]))
      .map(withClaimIds),
  /** List rows with their reviews in one query, filtered by text in SQL: the fact list is the busiest read. */
  listFactRowsWithReviews: (q: Queryable, storyId: string, text?: string) =>
    q.query<FactListRow>(
      `SELECT f.id, f.key, f.claim_count, f.data,
         r.status, r.reason, r.value, r.right_claim_ids, r.note, r.reviewer, r.version, r.updated_at
       FROM facts f LEFT JOIN reviews r ON r.story_id = f.story_id AND r.fact_key = f.key
       WHERE f.story_id = $1 AND ($2::text IS NULL OR strpos(f.search_text, $2::text) > 0) ORDER BY f.position`,
      [storyId, text ?? null],
    ),
  countFacts: async (q: Queryable, storyId: string) => (await q.query<{ n: number }>('SELECT count(*)::int AS n FROM facts WHERE story_id = $1', [storyId]))[0]?.n ?? 0,
  /** Stories with facts stored before the values as written were kept: recomputed once at start-up. */
  storiesWithStaleFacts: async (q: Queryable) =>
    (await q.query<{ story_id: string }>(`SELECT DISTINCT story_id FROM facts WHERE NOT (data ? 'reported' AND data ? 'groups')`)).map((r) => r.story_id),
  getFact: async (q: Queryable, id: string) => {
    const row = (await q.query<StoredFact & { story_id: string; claim_ids: string[]; source_ids: string[] }>('SELECT story_id, id, key, position, data, claim_ids, source_ids FROM facts WHERE id = $1', [id]))[0];
    return row ? { ...withClaimIds(row), story_id: row.story_id } : null;
  },
  getFactHead: async (q: Queryable, id: string) =>
    (await q.query<FactHead>('SELECT story_id, id, key, claim_count, data FROM facts WHERE id = $1', [id]))[0] ?? null,
  /** The story a fact belongs to (fact ids are made from it, so this never changes). */
  storyOfFact: async (q: Queryable, id: string) => (await q.query<{ story_id: string }>('SELECT story_id FROM facts WHERE id = $1', [id]))[0]?.story_id ?? null,
  /** Which of `claimIds` are not in the fact (all of them when the fact is gone). */
  claimsNotInFact: async (q: Queryable, id: string, claimIds: string[]) =>
    claimIds.length === 0 ? [] : (await q.query<{ id: string }>(
      `SELECT x AS id FROM unnest($2::text[]) AS x WHERE NOT EXISTS (SELECT 1 FROM facts WHERE id = $1 AND claim_ids ? x)`, [id, claimIds])).map((r) => r.id),
  /** The ids of claims `offset` to `offset + limit` of a fact, in the fact's order. */
  factClaimIds: async (q: Queryable, id: string, offset: number, limit: number) =>
    (await q.query<{ id: string }>(
      `SELECT e.id FROM facts f, jsonb_array_elements_text(f.claim_ids) WITH ORDINALITY AS e(id, n) WHERE f.id = $1 ORDER BY e.n OFFSET $2 LIMIT $3`,
      [id, offset, limit],
    )).map((r) => r.id),
  /** Every claim of a fact, in brief, with its article's outlet and date. */
  factClaimBriefs: (q: Queryable, id: string) =>
    q.query<ClaimBrief>(
      `SELECT c.id, c.data->>'sourceId' AS source_id, (c.data->>'number')::float8 AS number, c.data->'value' AS value, c.data->>'asOf' AS as_of,
         a.outlet, a.url, a.published
       FROM facts f CROSS JOIN LATERAL jsonb_array_elements_text(f.claim_ids) AS e(id)
       JOIN claims c ON c.story_id = f.story_id AND c.id = e.id JOIN articles a ON a.id = c.article_id
       WHERE f.id = $1`,
      [id],
    ),
  findFactOfClaim: async (q: Queryable, storyId: string, claimId: string) => {
    const row = (await q.query<StoredFact & { claim_ids: string[]; source_ids: string[] }>(`SELECT id, key, position, data, claim_ids, source_ids FROM facts WHERE story_id = $1 AND claim_ids ? $2`, [storyId, claimId]))[0];
    return row ? withClaimIds(row) : null;
  },
  /** The fact of each of `claimIds` that is in one. */
  factsOfClaims: async (q: Queryable, storyId: string, claimIds: string[]) =>
    q.query<{ fact_id: string; claim_id: string }>(
      `SELECT f.id AS fact_id, e.id AS claim_id FROM facts f, jsonb_array_elements_text(f.claim_ids) AS e(id)
       WHERE f.story_id = $1 AND f.claim_ids ?| $2::text[] AND e.id = ANY($2::text[])`,
      [storyId, claimIds],
    ),
};
