/** The rows the store reads and writes, as the services see them. */
import type { ClaimGroup, ClaimMark, ReportedValue, ReviewReason, ReviewStatus } from '../../contract/api';
import type { Claim, Fact } from '../../engine';

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
  /** Every claim, grouped by the figure as written, outlet and date, with counts; missing on facts stored before they were kept. */
  groups?: ClaimGroup[];
  groupCount?: number;
  outlets: string[];
  /** Lower-case label, explanation, outlets and quotes, for the text filter. */
  searchText: string;
}
export interface StoredFact { id: string; key: string; position: number; data: StoredFactData }
