/**
 * @module report
 * Renders a story's review as Markdown, standalone HTML, CSV, JSON or ClaimReview JSON-LD.
 * Pure: takes a ReportInput, returns text. Used by the server's report route and the CLI.
 */
import type { ReportFormat } from '../contract/api';

import type { RenderedReport, ReportInput } from './types';

export type { RenderedReport, ReportInput, ReportScope } from './types';

/** Placeholder until the renderers land: JSON only. */
export function renderReport(format: ReportFormat, input: ReportInput): RenderedReport {
  const slug = input.story.title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'story';
  return { format, contentType: 'application/json; charset=utf-8', fileName: `${slug}.json`, body: JSON.stringify(input, null, 2) };
}
