import { pluralize, type Claim } from '../engine';

import type { ClaimGroup, ReportedValue } from './api';

export type WrittenInput = Pick<Claim, 'surface' | 'number' | 'qualifier' | 'qualifierText' | 'quantity' | 'unit' | 'start' | 'end' | 'sentence' | 'quote'>;

const QUALIFIER_WORDS: Record<Claim['qualifier'], string> = {
  exact: '', about: 'about', 'more-than': 'more than', 'less-than': 'fewer than', 'at-least': 'at least', 'up-to': 'up to', range: '',
};

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A figure as its source wrote it, qualifier and unit included, never the interval derived from it.
 * The surface is kept as written; a qualifier or unit it lacks is taken from the words right around it
 * in the quote, else built from the claim's qualifier words and unit.
 * e.g. surface "39,000", qualifierText "about", unit "personnel" -> "about 39,000 personnel";
 * surface "100", unit "soldier" in "100 Bulgarian soldiers" -> "100 soldiers".
 */
export function writtenValue(c: WrittenInput): string {
  const surface = c.surface.trim();
  const lower = surface.toLowerCase();
  const from = c.start - c.sentence.start;
  const to = c.end - c.sentence.start;
  const inQuote = from >= 0 && to <= c.quote.length && c.quote.slice(from, to) === c.surface;
  let text = surface;

  const qualifier = c.qualifierText?.trim() || QUALIFIER_WORDS[c.qualifier];
  if (qualifier && !lower.includes(qualifier.toLowerCase())) {
    const before = inQuote ? new RegExp(`(${escapeRegExp(qualifier)})\\s+$`, 'i').exec(c.quote.slice(0, from))?.[1] : undefined;
    text = `${before ?? qualifier} ${text}`;
  }

  // A percentage carries its sign in the surface ("15%"); one in basis points has its unit after it.
  if (c.unit && (c.quantity !== 'percent' || c.unit !== 'percent')) {
    const forms = [...new Set([pluralize(c.unit), c.unit])];
    if (!forms.some((w) => lower.includes(w.toLowerCase()))) {
      const after = inQuote ? c.quote.slice(to) : '';
      const asWritten = forms.map((w) => new RegExp(`^[\\s\\u00a0]+(${escapeRegExp(w)})(?![\\p{L}])`, 'iu').exec(after)?.[1]).find(Boolean);
      if (asWritten) text = `${text} ${asWritten}`;
      else if (c.quantity === 'count') text = `${text} ${c.number === 1 ? c.unit : pluralize(c.unit)}`;
    }
  }
  return text;
}

/** The values as written, one per distinct (value, outlet, date), oldest first and undated last; at most 50 (the oldest and newest 25). */
export function reportedValues(claims: Claim[], outletOf: Map<string, string>): ReportedValue[] {
  const seen = new Map<string, ReportedValue>();
  for (const c of claims) {
    const r = { claimId: c.id, text: writtenValue(c), number: c.number, outlet: outletOf.get(c.sourceId) ?? '', asOf: c.asOf };
    const key = `${r.text}|${r.outlet}|${r.asOf ?? ''}`;
    if (!seen.has(key)) seen.set(key, r);
  }
  const all = [...seen.values()].sort((a, b) => (a.asOf ?? '\uffff').localeCompare(b.asOf ?? '\uffff'));
  return all.length <= 50 ? all : [...all.slice(0, 25), ...all.slice(-25)];
}

/**
 * Every claim of a fact counted once, grouped by the figure as written, outlet and date; oldest first and
 * undated last. Above `max` groups, the largest are kept (ties: the earliest), still in date order.
 * Returns the groups kept and how many there are in all.
 * e.g. 1,200 claims of "about 4,500 troops" from Reuters as of 2024-03 are one group of count 1,200.
 */
export function claimGroups(claims: Claim[], outletOf: Map<string, string>, max = 100): { groups: ClaimGroup[]; total: number } {
  const groups = new Map<string, ClaimGroup>();
  for (const c of claims) {
    const text = writtenValue(c);
    const outlet = outletOf.get(c.sourceId) ?? '';
    const key = `${text}|${outlet}|${c.asOf ?? ''}`;
    const group = groups.get(key);
    if (group) group.count++;
    else groups.set(key, { text, number: c.number, value: c.value, outlet, asOf: c.asOf, count: 1, claimId: c.id });
  }
  const byDate = (a: ClaimGroup, b: ClaimGroup) => (a.asOf ?? '\uffff').localeCompare(b.asOf ?? '\uffff') || a.outlet.localeCompare(b.outlet) || a.text.localeCompare(b.text);
  const all = [...groups.values()].sort(byDate);
  if (all.length <= max) return { groups: all, total: all.length };
  const largest = all.map((g, i) => ({ g, i })).sort((a, b) => b.g.count - a.g.count || a.i - b.i).slice(0, max);
  return { groups: largest.sort((a, b) => a.i - b.i).map((x) => x.g), total: all.length };
}
