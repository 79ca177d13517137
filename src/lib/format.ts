import type { Interval } from '../engine';

/** 4443 -> "4,443". */
export const formatNumber = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 2 });

/** The interval a claim asserts, in words: "4,500 – ∞", "900 – 1,100", "4,443". */
export function formatInterval(v: Interval): string {
  if (v.low !== null && v.high !== null && v.low === v.high) return formatNumber(v.low);
  return `${v.low === null ? '−∞' : formatNumber(v.low)} – ${v.high === null ? '∞' : formatNumber(v.high)}`;
}

const QUALIFIERS: Record<string, string> = {
  exact: '', about: 'about', 'more-than': 'more than', 'less-than': 'fewer than', 'at-least': 'at least', 'up-to': 'up to', range: '',
};
export const qualifierWords = (q: string) => QUALIFIERS[q] ?? q;

export const ASSESSMENT_LABELS: Record<string, string> = {
  conflict: 'Conflict', 'changed-over-time': 'Changed over time', consistent: 'Consistent', 'single-source': 'Single source',
};
export const STATUS_LABELS: Record<string, string> = { open: 'Open', verified: 'Verified', disputed: 'Disputed', dismissed: 'Dismissed' };
export const REASON_LABELS: Record<string, string> = {
  'different-time': 'Another date', 'different-scope': 'Another scope', rounding: 'Rounding', error: 'An error', copied: 'Copied', other: 'Other',
};

/** Only http(s) links from articles are ever rendered as links. */
export const safeUrl = (url: string | null | undefined) => (url && /^https?:\/\//i.test(url) ? url : null);

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A date as precise as it was given, short: "2024-03-21" -> "21 Mar 2024", "2024-12" -> "Dec 2024", "2024" -> "2024". */
export function formatDateShort(date: string | null): string {
  if (!date) return 'date unknown';
  const [y, m, d] = date.split('-');
  const month = m ? MONTHS[Number(m) - 1] : undefined;
  if (!month) return y ?? date;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

/** Facts whose sources disagree: they come first, and get a suggested value. */
export const isDiscrepancy = (assessment: string) => assessment === 'conflict' || assessment === 'changed-over-time';
