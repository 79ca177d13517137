/**
 * @module engine/group
 * The second stage of the engine: takes claims (no text needed) and groups those that measure the
 * same thing into facts, then assesses each fact. Grouping is by key in hash maps, never by comparing
 * all pairs of claims, so time grows linearly with the number of claims.
 */
import { hashString } from '../hash';
import type { Claim, CopyLink, Fact, Source } from '../types';

import { assessFact } from './assess-fact';
import { detectCopies, originalOf } from './detect-copies';
import { explainFact } from './explain-fact';
import { labelFact } from './fact-label';

/** What a claim measures, apart from whom: "troops|additional". */
export const measureKey = (c: Claim) => `${c.measure ?? ''}|${c.scope.join('+')}`;

/** The full key of a fact: measure, subject and scope. e.g. "troops|Bulgaria|". */
export const factKey = (measure: string, subject: string | null, scope: string[]) => `${measure}|${subject ?? ''}|${scope.join('+')}`;

/**
 * Chooses the subject of each claim's fact. A claim with no subject joins the only subject that has
 * claims of the same measure in the story (or, failing that, in its own article); otherwise it stays
 * on its own. e.g. "around 1000 additional soldiers" (no subject) joins "KFOR: troops (additional)".
 */
function resolveSubjects(claims: Claim[]): Map<Claim, string | null> {
  const subjectsByMeasure = new Map<string, Set<string>>();
  const subjectsBySourceMeasure = new Map<string, Set<string>>();
  for (const c of claims) {
    if (!c.subject) continue;
    const mk = measureKey(c);
    (subjectsByMeasure.get(mk) ?? subjectsByMeasure.set(mk, new Set()).get(mk))?.add(c.subject);
    const sk = `${c.sourceId}|${mk}`;
    (subjectsBySourceMeasure.get(sk) ?? subjectsBySourceMeasure.set(sk, new Set()).get(sk))?.add(c.subject);
  }
  const resolved = new Map<Claim, string | null>();
  for (const c of claims) {
    if (c.subject) {
      resolved.set(c, c.subject);
      continue;
    }
    const story = subjectsByMeasure.get(measureKey(c));
    const own = subjectsBySourceMeasure.get(`${c.sourceId}|${measureKey(c)}`);
    const only = (s: Set<string> | undefined) => (s && s.size === 1 ? [...s][0] ?? null : null);
    resolved.set(c, only(story) ?? only(own) ?? null);
  }
  return resolved;
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byTime = (a: Claim, b: Claim) => compare(a.asOf ?? '', b.asOf ?? '') || compare(a.sourceId, b.sourceId) || a.start - b.start;

/**
 * Groups the claims of a story into facts and assesses each; also finds sources that copy each other.
 * Claims with no counted noun (no measure) join no fact.
 */
export function groupFacts(
  sources: Source[],
  claims: Claim[],
  /** A reviewer's corrections: claim id -> the key of the fact it belongs to ("split|<claim id>" for a fact of its own). */
  keyOverrides: ReadonlyMap<string, string> = new Map(),
): { facts: Fact[]; copies: CopyLink[] } {
  const copies = detectCopies(sources);
  const original = originalOf(copies);
  const sourceById = new Map(sources.map((s) => [s.id, s]));
  const measured = claims.filter((c) => c.measure);
  const subjects = resolveSubjects(measured);
  const groups = new Map<string, Claim[]>();
  for (const c of measured) {
    const key = keyOverrides.get(c.id) ?? factKey(c.measure as string, subjects.get(c) ?? null, c.scope);
    (groups.get(key) ?? groups.set(key, []).get(key))?.push(c);
  }
  const facts: Fact[] = [];
  for (const c of claims) {
    // A correction can also pull in a claim the engine left out of every fact.
    const key = keyOverrides.get(c.id);
    if (key && !c.measure) (groups.get(key) ?? groups.set(key, []).get(key))?.push(c);
  }
  for (const [key, members] of groups) {
    members.sort(byTime);
    const first = members[0] as Claim;
    const sourceIds = [...new Set(members.map((c) => c.sourceId))];
    const independent = new Set(sourceIds.map(original)).size;
    const assessment = assessFact(members, independent);
    const factSources = sourceIds.map((id) => sourceById.get(id)).filter((s): s is Source => Boolean(s));
    const subject = subjects.get(first) ?? null;
    facts.push({
      id: `f-${hashString(key)}`,
      key,
      label: labelFact(first.measure ?? first.unit ?? 'figure', subject, first.scope, members),
      measure: first.measure,
      unit: first.unit,
      subject,
      scope: first.scope,
      claimIds: members.map((c) => c.id),
      sourceIds,
      independentSourceCount: independent,
      assessment,
      explanation: explainFact(assessment, members, factSources, independent),
    });
  }
  const rank = { conflict: 0, 'changed-over-time': 1, consistent: 2, 'single-source': 3 } as const;
  facts.sort((a, b) => rank[a.assessment] - rank[b.assessment] || compare(a.label, b.label));
  return { facts, copies };
}
