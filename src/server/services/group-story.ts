/**
 * The CPU-heavy half of regrouping a story: the engine's grouping and what each fact's list row and page
 * show (values as written, claim groups, search text). Pure, so it runs in a worker thread
 * (analysis-worker.ts) as well as inline.
 */
import { claimGroups, LIMITS, reportedValues } from '../../contract/api';
import { buildFacts, hashString, type Claim, type CopyLink, type Source } from '../../engine';
import { resolveOutlet } from '../../ingest/outlet';
import type { StoredFactData } from '../storage/rows';

/** API ids of facts: one per story and fact key, so they stay put while the story's facts are recomputed. */
export const factIdFor = (storyId: string, key: string) => `f-${hashString(`${storyId}|${key}`)}`;

export interface GroupInput {
  storyId: string;
  sources: Source[];
  claims: Claim[];
  /** A reviewer's corrections: claim id -> fact key. */
  overrides: Array<[string, string]>;
}
export interface GroupedStory { facts: Array<{ id: string; data: StoredFactData }>; copies: CopyLink[] }

export function groupStory({ storyId, sources, claims, overrides }: GroupInput): GroupedStory {
  const { facts, copies } = buildFacts(sources, claims, new Map(overrides));
  const claimById = new Map(claims.map((c) => [c.id, c]));
  const outletOf = new Map(sources.map((s) => [s.id, resolveOutlet(s.outlet, s.url)]));
  return {
    copies,
    facts: facts.map((f) => {
      const members = f.claimIds.map((id) => claimById.get(id)).filter((c): c is Claim => Boolean(c));
      const outlets = [...new Set(f.sourceIds.map((s) => outletOf.get(s) ?? ''))].filter(Boolean);
      // The list shows distinct values only; a fact of a big story can hold thousands of claims.
      const values = [...new Map(members.map((c) => [`${c.value.low}|${c.value.high}`, c.value])).values()].slice(0, 50);
      const reported = reportedValues(members, outletOf);
      const { groups, total } = claimGroups(members, outletOf, LIMITS.claimGroups);
      const searchText = [f.label, f.explanation, ...outlets, ...members.map((c) => c.quote), ...reported.map((r) => r.text)].join(' ').toLowerCase();
      return { id: factIdFor(storyId, f.key), data: { ...f, values, reported, groups, groupCount: total, outlets, searchText } };
    }),
  };
}
