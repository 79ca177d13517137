import type { FactListQuery, ReportFormat } from '../../../contract/api';
import { apiUrl } from '../../../lib/api-client';

export const FORMATS: Array<[ReportFormat, string]> = [
  ['md', 'Markdown'], ['html', 'HTML page (prints to PDF)'], ['csv', 'CSV'], ['json', 'JSON'], ['claimreview', 'ClaimReview JSON-LD'],
];

/** The report URL of one format and scope; the filtered scope carries the view's filters. */
export function reportHref(storyId: string, format: ReportFormat, scope: 'all' | 'filtered' | 'verified', filters: FactListQuery): string {
  const query: Record<string, string | undefined> = { format, scope };
  if (scope === 'filtered') Object.assign(query, filters);
  return apiUrl(`/stories/${storyId}/report`, query);
}
