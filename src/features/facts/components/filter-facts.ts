import type { FactListQuery, FactSummary } from '../../../contract/api';

const RANK: Record<string, number> = { conflict: 0, 'changed-over-time': 1, consistent: 2, 'single-source': 3 };

/** The same filters and sorts as the API's, applied to the loaded list (pure, so it is tested without a DOM). */
export function filterFacts(facts: FactSummary[], f: FactListQuery): FactSummary[] {
  const q = f.q?.trim().toLowerCase();
  const out = facts.filter((x) =>
    (!f.assessment || x.assessment === f.assessment)
    && (!f.status || x.review.status === f.status)
    && (!f.outlet || x.outlets.includes(f.outlet))
    && (!q || `${x.label} ${x.explanation} ${x.outlets.join(' ')}`.toLowerCase().includes(q)));
  const byLabel = (a: FactSummary, b: FactSummary) => (a.label < b.label ? -1 : a.label > b.label ? 1 : 0);
  switch (f.sort ?? 'conflicts-first') {
    case 'label': return out.sort(byLabel);
    case 'claims': return out.sort((a, b) => b.claimCount - a.claimCount || byLabel(a, b));
    case 'updated': return out.sort((a, b) => (b.review.updatedAt ?? '').localeCompare(a.review.updatedAt ?? ''));
    default: return out.sort((a, b) => (RANK[a.assessment] ?? 9) - (RANK[b.assessment] ?? 9) || byLabel(a, b));
  }
}

/** "100 · 120" — the distinct values of a fact, as written. */
export function valuesText(f: FactSummary): string {
  const seen = new Set<string>();
  for (const v of f.values) seen.add(v.low !== null && v.low === v.high ? v.low.toLocaleString('en-US') : `${v.low?.toLocaleString('en-US') ?? '…'}–${v.high?.toLocaleString('en-US') ?? '…'}`);
  return [...seen].slice(0, 6).join(' · ');
}
