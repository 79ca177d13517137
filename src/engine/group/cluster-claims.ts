import type { Claim } from '../types';

import { isPerOccasion, partKey } from './block-claims';
import { dayOf, spanOf } from './claim-dates';
import { ClusterIndex } from './cluster-index';
import { exchangeRates } from './exchange-rates';

/** Claims tied by a conversion or a restatement: they always share a fact. */
export type Atom = Claim[];

const OCCASION_DAYS = 3;

function atomsOf(claims: Claim[]): Atom[] {
  const byId = new Map(claims.map((c) => [c.id, c]));
  const parent = new Map<string, string>();
  const find = (id: string): string => {
    let r = id;
    while (parent.has(r)) r = parent.get(r) as string;
    return r;
  };
  for (const c of claims) {
    const link = c.frame.link;
    const other = link ? byId.get(link.claimId) : undefined;
    // "1,500 in Paris while unions counted 400,000 nationwide": two places are two quantities, restated or not.
    const places = [c.frame.place, other?.frame.place];
    if ((link?.kind === 'restated' || link?.kind === 'earlier') && places[0] && places[1] && places[0] !== places[1]) continue;
    // "735,000 demonstrators, against 650,000 on January 19": a crowd of another day is another occasion.
    if (other && isPerOccasion(c) && link?.kind !== 'conversion' && apartDays(c, other)) continue;
    // "fell to 4.7%, below the Bank's forecast of 4.9%": a value compared with a forecast or a target is not restated by it.
    if (other && link?.kind !== 'conversion' && aimOf(c) !== aimOf(other)) continue;
    if (link && link.kind !== 'part-of' && other) {
      const a = find(c.id);
      const b = find(link.claimId);
      if (a !== b) parent.set(a, b);
    }
  }
  const atoms = new Map<string, Atom>();
  for (const c of claims) {
    const root = find(c.id);
    (atoms.get(root) ?? atoms.set(root, []).get(root))?.push(c);
  }
  return [...atoms.values()];
}

/** What a figure aims at or expects rather than reports: "forecast", "target", "proposed", or "" for what there is. */
const aimOf = (c: Claim) => c.frame.part.filter((p) => p === 'forecast' || p === 'target' || p === 'proposed').join('+');

/** True when two claims held on days further apart than one occasion allows. */
function apartDays(a: Claim, b: Claim): boolean {
  const [x, y] = [dayOf(a.asOf), dayOf(b.asOf)];
  return x !== null && y !== null && a.asOfPrecision === 'day' && b.asOfPrecision === 'day' && Math.abs(x - y) > OCCASION_DAYS;
}

const placeOfAtom = (a: Atom) => a.find((c) => c.frame.place !== null)?.frame.place ?? null;
/** How far back a figure dated only by its article may go: the occasion was reported within the week. */
const REPORTED_WITHIN_DAYS = 7;

/** The days a claim's occasion may have been: its date, or the week before the article when the article's date is all it has. */
function occasionSpan(c: Claim): [number, number] | null {
  const span = spanOf(c.asOf);
  return span && c.asOfBasis === 'article-date' ? [span[0] - REPORTED_WITHIN_DAYS, span[1]] : span;
}

/** The days a per-occasion quantity (a crowd) can have held: its most precise date's span; null for other quantities. */
function occasionOf(a: Atom): [number, number] | null {
  if (!isPerOccasion(a[0] as Claim)) return null;
  const spans = a.map((c) => occasionSpan(c)).filter((s): s is [number, number] => s !== null);
  return spans.sort((x, y) => x[1] - x[0] - (y[1] - y[0]))[0] ?? null;
}

/**
 * Places below a country named in a breakdown: one sentence giving the same quantity for two or more of them
 * ("1,293 deaths in Al Haouz, 452 in Taroudant"). Countries are left out but for rates: "3,549 in Turkey and 1,602
 * in Syria" name the wholes a toll without a place may belong to.
 */
function breakdownPlaces(claims: Claim[]): Set<string> {
  const bySentence = new Map<string, Set<string>>();
  for (const c of claims) {
    const place = c.frame.place;
    // "at least 10 people in Florida, including five in St. Lucie County": a part within a whole is no breakdown.
    // A rate is no toll: "35 percent on Canada, 50 percent for Brazil" lists each country's own rate, and a rate that
    // names no country ("a blanket 10 percent") is none of theirs.
    if (!place || (/^[A-Z]/.test(place) && c.frame.family !== 'percent') || place === 'all' || place === 'elsewhere' || c.frame.link?.kind === 'part-of' || c.frame.part.includes('subset')) continue;
    const key = `${c.sourceId}:${c.sentence.start}`;
    (bySentence.get(key) ?? bySentence.set(key, new Set()).get(key))?.add(place);
  }
  const listed = new Set([...bySentence.values()].filter((places) => places.size >= 2).flatMap((places) => [...places]));
  // Rates of three or more countries in one story are a list of countries' rates, said in one sentence or not.
  const rated = new Set(claims.filter((c) => c.frame.family === 'percent' && /^[A-Z]/.test(c.frame.place ?? '')).map((c) => c.frame.place as string));
  if (rated.size >= 3) for (const place of rated) listed.add(place);
  return listed;
}

/**
 * Clusters the claims of one block into facts. Claims that name a place first form clusters by (part,
 * place, occasion); claims that leave the place unsaid then join the cluster of their part they fit best
 * (value nearest at the nearest time), or start one of their own. Constraints are never overruled: a part
 * never joins the whole, two places never meet, a value far out of line stays apart, two figures of one
 * sentence stay apart. Each claim is compared with a few members of a few clusters, so time stays linear.
 * e.g. [1,602 died in Syria; 3,549 deaths in Turkey; 3,553 (no place), 3,600 in Turkey] -> Syria {1,602, 3,553}?
 * No: 3,553 goes to the cluster whose value at the nearest time is closest.
 */
export function clusterBlock(claims: Claim[]): ClusterIndex[] {
  const clusters: ClusterIndex[] = [];
  const byPart = new Map<string, ClusterIndex[]>();
  const atoms = atomsOf(claims);
  const occasionFits = (cl: ClusterIndex, occ: [number, number] | null) =>
    cl.occasion === null || occ === null || (occ[0] <= cl.occasion[1] + OCCASION_DAYS && cl.occasion[0] <= occ[1] + OCCASION_DAYS);
  const listed = breakdownPlaces(claims);
  const rates = exchangeRates(claims);
  const assign = (atom: Atom, place: string | null) => {
    const part = partKey(atom[0] as Claim);
    const occ = occasionOf(atom);
    let best: { cl: ClusterIndex; score: number } | null = null;
    for (const cl of byPart.get(part) ?? []) {
      if ((place !== null && cl.place !== place) || !occasionFits(cl, occ)) continue;
      // "1,293 deaths in Al Haouz, 452 in Taroudant, …": a figure that names no place is not one province's of a breakdown.
      if (place === null && cl.place !== null && listed.has(cl.place)) continue;
      // "11 more deaths in surrounding counties": what is counted elsewhere is a remainder no toll without a place is.
      if (place === null && cl.place === 'elsewhere') continue;
      const score = cl.fit(atom);
      if (score === null) continue;
      if (!best || score < best.score - 1e-9 || (Math.abs(score - best.score) <= 1e-9 && cl.size > best.cl.size)) best = { cl, score };
    }
    const target = best?.cl ?? new ClusterIndex(place, part, occ, rates);
    if (!best) {
      clusters.push(target);
      (byPart.get(part) ?? byPart.set(part, []).get(part))?.push(target);
    } else if (occ && (target.occasion === null || occ[1] - occ[0] < target.occasion[1] - target.occasion[0])) {
      target.occasion = occ;
    }
    target.add(atom);
  };
  const ordered = atoms.map((a) => ({ a, place: placeOfAtom(a) }));
  for (const { a, place } of ordered) if (place !== null) assign(a, place);
  for (const { a, place } of ordered) if (place === null) assign(a, null);
  return clusters;
}

/** The same figure: the same number in the same unit ("three" and "3"), whatever the qualifier. */
const figureKey = (c: Claim) => `${c.frame.compareUnit}|${c.unit}|${c.number}`;

/**
 * A nationality that describes rather than restricts: "three Serbian attackers dead" and "the deaths of three
 * attackers" count the same people when every value of the one is also reported for the whole, in the same
 * unit, within a month. Such a cluster joins the whole; "two Indonesian peacekeepers" beside "15
 * peacekeepers" stays a part.
 */
export function mergeDescriptiveParts(clusters: ClusterIndex[]): ClusterIndex[] {
  const wholes = clusters.filter((cl) => cl.part === '');
  const merged = new Set<ClusterIndex>();
  // Each whole's figures by key, with the days they held: a part's figure is looked up, not searched for.
  const days = new Map(wholes.map((w) => {
    const byFigure = new Map<string, Array<number | null>>();
    for (const m of w.members) (byFigure.get(figureKey(m)) ?? byFigure.set(figureKey(m), []).get(figureKey(m)))?.push(dayOf(m.asOf));
    return [w, byFigure];
  }));
  for (const cl of clusters) {
    if (cl.part === '' || !cl.part.split('+').every((p) => /^[A-Z]/.test(p))) continue;
    const fits = wholes.filter((w) => (w.place === null || cl.place === null || w.place === cl.place) && cl.members.every((p) => {
      const dp = dayOf(p.asOf);
      return (days.get(w)?.get(figureKey(p)) ?? []).some((dm) => dp === null || dm === null || Math.abs(dp - dm) <= 31);
    }));
    if (fits.length !== 1) continue;
    (fits[0] as ClusterIndex).add(cl.members);
    merged.add(cl);
  }
  return clusters.filter((cl) => !merged.has(cl));
}
