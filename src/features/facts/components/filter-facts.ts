import type { FactListQuery, FactSummary } from '../../../contract/api';

const RANK: Record<string, number> = { conflict: 0, 'changed-over-time': 1, consistent: 2, 'single-source': 3 };

/** What the text filter searches, lower case, one entry per fact: built once per loaded list, not per keystroke. */
export const searchIndex = (facts: FactSummary[]) => facts.map((x) => `${x.label} ${x.explanation} ${x.outlets.join(' ')} ${x.reported.map((r) => r.text).join(' ')}`.toLowerCase());

/**
 * The same filters and sorts as the API's, applied to the loaded list (pure, so it is tested without a
 * DOM). Filtering keeps order, so a list sorted once stays sorted: pass `sorted: true` to skip sorting.
 */
export function filterFacts(facts: FactSummary[], f: FactListQuery, index = searchIndex(facts), sorted = false): FactSummary[] {
  const q = f.q?.trim().toLowerCase();
  const out: FactSummary[] = [];
  for (let i = 0; i < facts.length; i++) {
    const x = facts[i] as FactSummary;
    if (f.assessment && x.assessment !== f.assessment) continue;
    if (f.status && x.review.status !== f.status) continue;
    if (f.outlet && !x.outlets.includes(f.outlet)) continue;
    if (q && !(index[i] ?? '').includes(q)) continue;
    out.push(x);
  }
  return sorted ? out : sortFacts(out, f.sort);
}

export function sortFacts(facts: FactSummary[], sort: FactListQuery['sort']): FactSummary[] {
  const out = [...facts];
  const byLabel = (a: FactSummary, b: FactSummary) => (a.label < b.label ? -1 : a.label > b.label ? 1 : 0);
  switch (sort ?? 'conflicts-first') {
    case 'label': return out.sort(byLabel);
    case 'claims': return out.sort((a, b) => b.claimCount - a.claimCount || byLabel(a, b));
    case 'updated': return out.sort((a, b) => (b.review.updatedAt ?? '').localeCompare(a.review.updatedAt ?? ''));
    default: return out.sort((a, b) => (RANK[a.assessment] ?? 9) - (RANK[b.assessment] ?? 9) || byLabel(a, b));
  }
}

/** "about 39,000 personnel · more than 3,700 troops" — the distinct values of a fact as the sources wrote them. */
export function valuesText(f: FactSummary): string {
  const seen = new Set(f.reported.map((r) => r.text));
  const shown = [...seen].slice(0, 6);
  return `${shown.join(' · ')}${seen.size > shown.length ? ` · +${seen.size - shown.length} more` : ''}`;
}
