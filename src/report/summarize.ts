import type { ClaimView, FullFact } from '../contract/api';

import type { ReportInput } from './types';

export interface ReportSummary {
  facts: number;
  conflicts: number;
  changedOverTime: number;
  verified: number;
  disputed: number;
  dismissed: number;
  open: number;
}

export function summarize(input: ReportInput): ReportSummary {
  const count = (p: (f: FullFact) => boolean) => input.facts.filter(p).length;
  return {
    facts: input.facts.length,
    conflicts: count((f) => f.assessment === 'conflict'),
    changedOverTime: count((f) => f.assessment === 'changed-over-time'),
    verified: count((f) => f.review.status === 'verified'),
    disputed: count((f) => f.review.status === 'disputed'),
    dismissed: count((f) => f.review.status === 'dismissed'),
    open: count((f) => f.review.status === 'open'),
  };
}

/** The value as the source wrote it, qualifier and unit included: "more than 4,500 troops". */
export const claimValue = (c: ClaimView): string => c.written;

export const REASONS: Record<string, string> = {
  'different-time': 'another date', 'different-scope': 'another scope', rounding: 'rounding', error: 'an error', copied: 'copied', other: 'other',
};

export const slug = (title: string) => title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'story';

export function scopeText(input: ReportInput): string {
  if (input.scope === 'verified') return 'verified facts only';
  if (input.scope === 'filtered') {
    const f = Object.entries(input.filters ?? {}).filter(([, v]) => v).map(([k, v]) => `${k}=${String(v)}`).join(', ');
    return `filtered view (${f || 'no filters'})`;
  }
  return 'whole story';
}
