import type { FactListQuery, FullFact, ReportFormat, StoryDetail } from '../contract/api';

export type ReportScope = 'all' | 'filtered' | 'verified';

/** Everything a report is made from: the server builds it from storage, the CLI from a fresh analysis. */
export interface ReportInput {
  story: StoryDetail;
  /** The facts in scope, already filtered, each with its claims, review and history. */
  facts: FullFact[];
  scope: ReportScope;
  /** The filters of the dashboard view when scope is 'filtered'. */
  filters: FactListQuery | null;
  /** ISO timestamp; passed in so reports are reproducible in tests. */
  generatedAt: string;
  engineVersion: string;
  /** Where the dashboard is served, for the ClaimReview urls; "http://localhost" when unknown. */
  siteUrl?: string;
}

export interface RenderedReport {
  format: ReportFormat;
  contentType: string;
  fileName: string;
  body: string;
}
