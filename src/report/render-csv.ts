import Papa from 'papaparse';

import { claimValue } from './summarize';
import type { ReportInput } from './types';

export const CSV_COLUMNS = [
  'fact_id', 'fact', 'assessment', 'review_status', 'reason', 'verified_value', 'claim_id', 'value_as_written', 'low', 'high',
  'qualifier', 'unit', 'outlet', 'published', 'as_of', 'quote', 'url', 'mark', 'right',
] as const;

/**
 * Spreadsheets run cells that start with = + - @ (and tab or carriage return) as formulas; such text
 * cells get a leading apostrophe. Numbers stay numbers.
 */
export function neutralize(cell: string | number | null): string | number {
  if (cell === null) return '';
  if (typeof cell === 'number') return cell;
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/** One row per claim, RFC 4180 (CRLF line ends, quotes doubled). */
export function renderCsv(input: ReportInput): string {
  const rows = input.facts.flatMap((f) =>
    f.claims.map((c) => [
      f.id, f.label, f.assessment, f.review.status, f.review.reason, f.review.value, c.id, claimValue(c), c.value.low, c.value.high,
      c.qualifier, c.unit, c.article.outlet, c.article.published, c.asOf, c.quote, c.article.url, c.mark, f.review.rightClaimIds.includes(c.id) ? 'yes' : 'no',
    ].map(neutralize)),
  );
  return `${Papa.unparse({ fields: [...CSV_COLUMNS], data: rows }, { newline: '\r\n', quotes: true })}\r\n`;
}
