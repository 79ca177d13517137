/**
 * @module eval/scored-analysis
 * The part of an analysis the scorer reads (shared/eval/FORMAT.md, "Analysis output"). Written out here,
 * not imported from the engine, so that any analysis with these fields can be scored (the engine's
 * `Analysis` is one) and the scorer keeps working while the engine's richer types change.
 */

export interface ScoredSource {
  id: string;
  /** The input file's name; gold mentions name their article by it. */
  file: string;
  /** The text that claim offsets index. */
  text: string;
}

export interface ScoredClaim {
  id: string;
  sourceId: string;
  /** The figure's span in the source text: UTF-16 offsets, end exclusive. */
  start: number;
  end: number;
  /** The interval the text asserts; null is an open side. */
  value: { low: number | null; high: number | null } | null;
  /** YYYY, YYYY-MM or YYYY-MM-DD; null when unknown. */
  asOf?: string | null;
}

export interface ScoredFact {
  id: string;
  claimIds: readonly string[];
  assessment: string;
}

export interface ScoredAnalysis {
  sources: readonly ScoredSource[];
  claims: readonly ScoredClaim[];
  facts: readonly ScoredFact[];
}
