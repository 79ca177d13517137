/**
 * @module report
 * Renders a story's review as Markdown, standalone HTML, CSV, JSON or ClaimReview JSON-LD.
 * Pure: takes a ReportInput, returns text. Used by the server's report route and the CLI.
 */
import type { ReportFormat } from '../contract/api';

import { renderClaimReview } from './render-claimreview';
import { renderCsv } from './render-csv';
import { renderHtml } from './render-html';
import { renderMarkdown } from './render-markdown';
import { slug, summarize } from './summarize';
import type { RenderedReport, ReportInput } from './types';

export type { RenderedReport, ReportInput, ReportScope } from './types';
export { analysisToReportInput } from './analysis-to-report';

export const REPORT_SCHEMA_VERSION = 1;

export function renderReport(format: ReportFormat, input: ReportInput): RenderedReport {
  const name = `${slug(input.story.title)}-review`;
  switch (format) {
    case 'md': return { format, contentType: 'text/markdown; charset=utf-8', fileName: `${name}.md`, body: renderMarkdown(input) };
    case 'html': return { format, contentType: 'text/html; charset=utf-8', fileName: `${name}.html`, body: renderHtml(input) };
    case 'csv': return { format, contentType: 'text/csv; charset=utf-8', fileName: `${name}.csv`, body: renderCsv(input) };
    case 'json':
      return { format, contentType: 'application/json; charset=utf-8', fileName: `${name}.json`, body: `${JSON.stringify({ schemaVersion: REPORT_SCHEMA_VERSION, summary: summarize(input), ...input }, null, 2)}\n` };
    case 'claimreview': return { format, contentType: 'application/ld+json; charset=utf-8', fileName: `${name}.claimreview.jsonld`, body: renderClaimReview(input) };
    default: {
      const never: never = format;
      throw new Error(`unknown report format ${String(never)}`);
    }
  }
}
