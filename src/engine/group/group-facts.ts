/**
 * @module engine/group
 * The second stage of the engine, record linkage over claim frames (no text needed): `block` puts claims
 * that could measure the same thing together by cheap keys, `cluster` compares each claim with a few
 * members of the clusters of its block and joins the one it fits under constraints, then each fact is
 * assessed, labelled and explained. Cost grows linearly with the number of claims.
 */
import { hashString } from '../hash';
import { US_STATES } from '../lexicon/places';
import type { Claim, CopyLink, Fact, Source } from '../types';

import { assessFact } from './assess-fact';
import { blockKey } from './block-claims';
import { clusterBlock, mergeDescriptiveParts } from './cluster-claims';
import type { ClusterIndex } from './cluster-index';
import { detectCopies, originalOf } from './detect-copies';
import { explainFact } from './explain-fact';
import { labelFact } from './fact-label';
import { withFreerAliases } from './freer-aliases';
import { withHolderAliases } from './holder-aliases';
import { withLocalDollar } from './local-dollar';
import { mergeUnnamedEvents } from './merge-unnamed';
import { withPlaceAliases } from './place-aliases';
import { eventNounOf } from './story-event';

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byTime = (a: Claim, b: Claim) => compare(a.asOf ?? '', b.asOf ?? '') || compare(a.sourceId, b.sourceId) || a.start - b.start;
/** "fell to 4.7% from 5%": of one day, the earlier value a figure is said to come from goes before it. */
const isEarlier = (c: Claim) => (c.frame.link?.kind === 'earlier' ? 0 : 1);
const byTimeEarlierFirst = (a: Claim, b: Claim) => compare(a.asOf ?? '', b.asOf ?? '') || isEarlier(a) - isEarlier(b) || byTime(a, b);

/**
 * The keys of a block's clusters: what they measure (block, place, part), and, when two clusters of a block
 * measure alike but were kept apart (values far out of line, two occasions), the smallest claim id of each,
 * so a key does not change when unrelated claims come and go.
 */
function keysOf(block: string, clusters: Array<{ place: string | null; part: string; members: Claim[] }>): string[] {
  const base = clusters.map((cl) => `${block}|${cl.place ?? ''}|${cl.part}`);
  const counts = new Map<string, number>();
  for (const k of base) counts.set(k, (counts.get(k) ?? 0) + 1);
  return base.map((k, i) => ((counts.get(k) ?? 0) > 1 ? `${k}#${clusters[i]?.members.map((c) => c.id).sort()[0] ?? ''}` : k));
}

/**
 * "1.28 million marched across France" and "1.28 million nationwide" are one count when France is the only
 * country the story names: "nationwide" (`all`) is then that country. With several countries, `all` stays all.
 */
function withNationwide(claims: Claim[]): Claim[] {
  // A story that names other US states means the state of Georgia, not the country.
  const usStates = claims.some((c) => c.frame.place !== null && c.frame.place !== 'Georgia' && US_STATES.has(c.frame.place));
  const isCountry = (place: string) => /^[A-Z]/.test(place) && !(usStates && US_STATES.has(place.toLowerCase()));
  const named = claims.filter((c) => !c.frame.otherEvent && c.frame.place).map((c) => c.frame.place as string);
  const countries = new Set(named.filter(isCountry));
  // "the storm's overall toll" in a story of one US state and its counties is the state's.
  if (countries.size === 0) {
    const states = new Set(named.filter((p) => US_STATES.has(p.toLowerCase())));
    if (states.size === 1) countries.add([...states][0] as string);
  }
  if (countries.size !== 1) return [...claims];
  const [country] = countries;
  return claims.map((c) => (c.frame.place === 'all' ? { ...c, frame: { ...c.frame, place: country ?? null } } : c));
}

/**
 * Groups the claims of a story into facts and assesses each; also finds sources that copy each other.
 * Claims that say too little about what they count join no fact, unless a reviewer moved them.
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
  const blocks = new Map<string, Claim[]>();
  for (const c of withNationwide(withPlaceAliases(withHolderAliases(withFreerAliases(withLocalDollar(claims))))).sort(byTime)) {
    const key = keyOverrides.has(c.id) ? null : blockKey(c);
    if (key) (blocks.get(key) ?? blocks.set(key, []).get(key))?.push(c);
  }
  const clustered = new Map<string, ClusterIndex[]>();
  for (const [block, members] of [...blocks.entries()].sort((a, b) => compare(a[0], b[0]))) clustered.set(block, mergeDescriptiveParts(clusterBlock(members)));
  mergeUnnamedEvents(clustered);
  const groups = new Map<string, Claim[]>();
  for (const [block, clusters] of clustered) keysOf(block, clusters).forEach((key, i) => groups.set(key, clusters[i]?.members ?? []));
  for (const c of claims) {
    const key = keyOverrides.get(c.id);
    if (key) (groups.get(key) ?? groups.set(key, []).get(key))?.push(c);
  }
  const facts: Fact[] = [];
  for (const [key, members] of groups) {
    members.sort(byTimeEarlierFirst);
    const first = members[0] as Claim;
    const sourceIds = [...new Set(members.map((c) => c.sourceId))];
    const independent = new Set(sourceIds.map(original)).size;
    const assessment = assessFact(members, independent);
    const factSources = sourceIds.map((id) => sourceById.get(id)).filter((s): s is Source => Boolean(s));
    facts.push({
      id: `f-${hashString(key)}`,
      key,
      label: labelFact(members, eventNounOf(members)),
      measure: first.measure,
      unit: first.unit,
      subject: first.subject,
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
