/**
 * @module engine/reconcile
 * A suggested value for a fact whose sources disagree, drawn from the sources themselves: the reviewer's
 * marks first, then, for a count that changed over time, the most recent report, else the value most
 * independent sources give (a copy counts with its original). It is a suggestion with its reasons, never
 * a verdict: the reviewer decides. Pure: plain data in, plain data out.
 */
import { formatAsOf, formatNumber } from '../group/format-value';
import type { Assessment, CopyLink, Interval } from '../types';

export type ReviewerMark = 'verified' | 'wrong' | 'outdated';

/** What the suggestion reads of a claim. */
export interface SuggestionClaim {
  id: string;
  sourceId: string;
  number: number;
  value: Interval;
  asOf: string | null;
}

/** What the suggestion reads of a source. */
export interface SuggestionSource {
  id: string;
  outlet: string;
  published: string | null;
}

export interface SuggestValueInput {
  assessment: Assessment;
  claims: SuggestionClaim[];
  sources: SuggestionSource[];
  /** Copy links of the story: a copy is folded into the source it copies. */
  copies: Array<Pick<CopyLink, 'sourceId' | 'copyOfId'>>;
  /** Reviewer marks by claim id; claims marked wrong or outdated are left out. */
  marks: Readonly<Record<string, ReviewerMark>>;
}

export type SuggestionBasis = 'reviewer-marks' | 'latest-report' | 'agreement';

export interface SuggestedValue {
  /** The number the claims behind the suggestion give ("about 39,000" -> 39000). */
  value: number;
  /** The claims that give it, in input order: the reviewer may tick them as right. */
  claimIds: string[];
  basis: SuggestionBasis;
  /** Why, in words a reviewer can check: "4 of 5 independent sources give this value, latest on 27 February 2024". */
  reasons: string[];
}

const DISCREPANCIES: ReadonlySet<Assessment> = new Set<Assessment>(['conflict', 'changed-over-time']);

interface Candidate {
  value: number;
  claims: SuggestionClaim[];
  /** Independent sources (copies folded into their originals) that give the value. */
  roots: Set<string>;
  /** The latest as-of date among its claims, or null when none is dated. */
  latest: string | null;
}

/** Follows copy links to the original: a copy of a copy counts as the first source; a loop counts as its smallest id. */
function rootOf(sourceId: string, copyOf: Map<string, string>): string {
  const path = [sourceId];
  for (let next = copyOf.get(sourceId); next !== undefined; next = copyOf.get(next)) {
    const loop = path.indexOf(next);
    if (loop >= 0) return path.slice(loop).sort()[0] as string;
    path.push(next);
  }
  return path[path.length - 1] as string;
}

const later = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : a >= b ? a : b);
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function candidatesOf(claims: SuggestionClaim[], copyOf: Map<string, string>): Candidate[] {
  const byValue = new Map<number, Candidate>();
  for (const c of claims) {
    const cand = byValue.get(c.number) ?? { value: c.number, claims: [], roots: new Set<string>(), latest: null };
    cand.claims.push(c);
    cand.roots.add(rootOf(c.sourceId, copyOf));
    cand.latest = later(cand.latest, c.asOf);
    byValue.set(c.number, cand);
  }
  return [...byValue.values()];
}

/** More independent sources first, then the most recent; 0 when the two cannot be told apart. */
function compareSupport(a: Candidate, b: Candidate): number {
  if (a.roots.size !== b.roots.size) return b.roots.size - a.roots.size;
  if (a.latest === b.latest) return 0;
  return later(a.latest, b.latest) === a.latest ? -1 : 1;
}

/** The outlets behind a candidate's most recent claims, for the reasons. */
function outletsAt(cand: Candidate, date: string | null, outletOf: Map<string, string>): string {
  const outlets = new Set(cand.claims.filter((c) => c.asOf === date).map((c) => outletOf.get(c.sourceId) ?? ''));
  return [...outlets].filter(Boolean).join(', ');
}

/**
 * Suggests a value for a fact with a discrepancy (conflict or changed over time); null for any other
 * fact, when every claim is marked wrong or outdated, or when the sources split evenly at the same date.
 *
 * e.g. a conflict where 120 is given by 3 independent sources (one of them copied twice) and 100 by 1:
 * -> { value: 120, basis: 'agreement', reasons: ['3 of 4 independent sources give this value, latest on December 2024', …] }.
 * e.g. changed over time, 50,000 in 1999 and 4,443 in March 2024 -> { value: 4443, basis: 'latest-report', … }.
 */
export function suggestValue(input: SuggestValueInput): SuggestedValue | null {
  if (!DISCREPANCIES.has(input.assessment) || input.claims.length === 0) return null;
  const copyOf = new Map(input.copies.map((c) => [c.sourceId, c.copyOfId]));
  const outletOf = new Map(input.sources.map((s) => [s.id, s.outlet]));
  const mark = (c: SuggestionClaim) => input.marks[c.id];
  const usable = input.claims.filter((c) => mark(c) !== 'wrong' && mark(c) !== 'outdated');
  const leftOut = input.claims.length - usable.length;
  const leftOutReason = leftOut > 0 ? [`leaves out ${plural(leftOut, 'claim', 'claims')} marked wrong or outdated`] : [];
  if (usable.length === 0) return null;

  const candidates = candidatesOf(usable, copyOf);
  const total = new Set(usable.map((c) => rootOf(c.sourceId, copyOf))).size;
  const copiesFolded = new Set(usable.map((c) => c.sourceId)).size - total;
  const copyReason = copiesFolded > 0 ? [`${plural(copiesFolded, 'copy is', 'copies are')} counted with the source ${copiesFolded === 1 ? 'it copies' : 'they copy'}`] : [];
  const support = (cand: Candidate) => `${cand.roots.size} of ${plural(total, 'independent source', 'independent sources')} ${cand.roots.size === 1 ? 'gives' : 'give'} this value`;
  const result = (cand: Candidate, basis: SuggestionBasis, reasons: string[]): SuggestedValue => ({
    value: cand.value, claimIds: cand.claims.map((c) => c.id), basis, reasons: [...reasons, ...copyReason, ...leftOutReason],
  });

  const verified = candidatesOf(usable.filter((c) => mark(c) === 'verified'), copyOf);
  if (verified.length > 0) {
    const [best] = verified.sort(compareSupport) as [Candidate];
    const all = candidates.find((c) => c.value === best.value) as Candidate;
    const others = verified.length > 1 ? [`other claims marked verified give ${verified.slice(1).map((v) => formatNumber(v.value)).join(', ')}`] : [];
    return result(all, 'reviewer-marks', [`a reviewer marked ${plural(best.claims.length, 'claim', 'claims')} with this value verified`, support(all), ...others]);
  }

  if (input.assessment === 'changed-over-time') {
    const latest = usable.reduce<string | null>((acc, c) => later(acc, c.asOf), null);
    if (latest !== null) {
      const recent = candidates.filter((c) => c.claims.some((x) => x.asOf === latest)).sort(compareSupport);
      const [best, next] = recent;
      if (best && !(next && best.roots.size === next.roots.size)) {
        const outlets = outletsAt(best, latest, outletOf);
        return result(best, 'latest-report', [`the most recent report: as of ${formatAsOf(latest)}${outlets ? ` (${outlets})` : ''}`, support(best)]);
      }
    }
  }

  const [best, next] = candidates.sort(compareSupport);
  if (!best || (next && compareSupport(best, next) === 0)) return null;
  const dated = best.latest ? `, latest on ${formatAsOf(best.latest)}` : '';
  if (next && best.roots.size === next.roots.size) {
    return result(best, 'latest-report', [`${support(best)}${dated}`, `as many sources give ${formatNumber(next.value)}; this is the more recent report`]);
  }
  return result(best, 'agreement', [`${support(best)}${dated}`]);
}
