/**
 * The SQL of reviews' hot path, spread into `store` (store.ts). Saving a review is one statement: the
 * version check and the write, the history entry and the story's revision, atomic without a transaction
 * around them (one round trip to PostgreSQL, no BEGIN/COMMIT on the embedded database), and the NOTIFY
 * that tells the other server processes, delivered when it commits.
 */
import type { Queryable } from './db';
import type { MessageBus } from './message-bus';
import type { ReviewRow } from './rows';

export type ReviewView = Omit<ReviewRow, 'claim_ids'>;
/** A review as the API shows it: without the (possibly thousands of) claim ids it keeps. */
export const REVIEW_COLUMNS = 'story_id, fact_key, status, reason, value, right_claim_ids, note, reviewer, version, updated_at';
const prefixed = (table: string) => REVIEW_COLUMNS.replace(/(\w+)/g, `${table}.$1`);
/** A review row as the history records it: the API's review (toReview in store.ts), built in SQL. */
const reviewJson = (r: string) =>
  `jsonb_build_object('status', ${r}.status, 'reason', ${r}.reason, 'value', ${r}.value, 'rightClaimIds', ${r}.right_claim_ids,
     'note', ${r}.note, 'reviewer', ${r}.reviewer, 'version', ${r}.version, 'updatedAt', ${r}.updated_at)`;

export interface SavedReviewRow {
  /** The fact's story and key; null when there is no such fact. */
  story_id: string | null;
  fact_key: string | null;
  /** The review when the statement began (null: none yet). */
  before: ReviewView | null;
  /** The review as saved; null when it was not at the expected version any more. */
  saved: ReviewView | null;
  /** The history entry's number and the story's new revision, when saved. */
  seq: string | null;
  revision: string | number | null;
}

export const reviewStore = {
  /**
   * Saves a fact's review if it is still at `expected` version (0: not reviewed yet): the atomic check of
   * optimistic concurrency, inside the UPDATE (or the INSERT's conflict) itself, so it holds across server
   * processes. The review follows its fact's claims when the story is regrouped: it takes their ids when first
   * saved, and again at each regrouping (store.keepReviewedClaims), not at every save. The caller delivers
   * the revision to its own process (`bus.deliver`).
   */
  saveReview: async (q: Queryable, bus: MessageBus, factId: string, r: Omit<ReviewView, 'story_id' | 'fact_key' | 'version'>, expected: number): Promise<SavedReviewRow> =>
    (await q.query<SavedReviewRow>(
      `WITH f AS (SELECT story_id, key, claim_ids FROM facts WHERE id = $1),
       before AS (SELECT ${prefixed('r')} FROM reviews r JOIN f ON r.story_id = f.story_id AND r.fact_key = f.key),
       ins AS (
         INSERT INTO reviews (story_id, fact_key, status, reason, value, right_claim_ids, note, reviewer, version, updated_at, claim_ids)
         SELECT f.story_id, f.key, $2, $3, $4, $5::jsonb, $6, $7, 1, $8, f.claim_ids FROM f WHERE $9::int = 0
         ON CONFLICT (story_id, fact_key) DO NOTHING RETURNING ${REVIEW_COLUMNS}),
       upd AS (
         UPDATE reviews SET status = $2, reason = $3, value = $4, right_claim_ids = $5::jsonb, note = $6, reviewer = $7,
           version = reviews.version + 1, updated_at = $8
         FROM f WHERE $9::int > 0 AND reviews.story_id = f.story_id AND reviews.fact_key = f.key AND reviews.version = $9
         RETURNING ${prefixed('reviews')}),
       saved AS (SELECT * FROM ins UNION ALL SELECT * FROM upd),
       hist AS (
         INSERT INTO history (story_id, at, actor, action, entity, entity_id, before, after)
         SELECT s.story_id, $8, $7, 'review saved', 'review', $1, (SELECT ${reviewJson('b')} FROM before b), ${reviewJson('s')} FROM saved s
         RETURNING seq),
       bump AS (UPDATE stories SET revision = revision + 1 WHERE id = (SELECT story_id FROM saved) RETURNING id, revision)
       SELECT (SELECT story_id FROM f) AS story_id, (SELECT key FROM f) AS fact_key,
         (SELECT row_to_json(b) FROM before b) AS before, (SELECT row_to_json(s) FROM saved s) AS saved,
         (SELECT seq FROM hist) AS seq, (SELECT revision FROM bump) AS revision,
         (SELECT ${bus.notifySql("json_build_object('type', 'revision', 'storyId', id, 'revision', revision)")} FROM bump) AS notified`,
      [factId, r.status, r.reason, r.value, JSON.stringify(r.right_claim_ids), r.note, r.reviewer, r.updated_at, expected],
      'tally_save_review',
    ))[0] ?? { story_id: null, fact_key: null, before: null, saved: null, seq: null, revision: null },
};
