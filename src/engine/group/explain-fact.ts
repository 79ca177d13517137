import type { Assessment, Claim, Source } from '../types';

import { formatAsOf, formatClaimValue, formatGap, monthsBetween, pluralize } from './format-value';

const MAX_POINTS = 6;

interface Point {
  value: string;
  outlets: string[];
  asOf: string | null;
}

/** The unit a value is read in when a fact mixes units: a currency or a unit of measurement, not a counted noun. */
const unitShown = (c: Claim) => (c.quantity === 'money' || (c.quantity === 'measure' && c.frame.family !== 'age') ? c.unit : null);

/** Distinct (value, as-of) points in time order, each with the outlets that report it. */
function pointsOf(all: Claim[], sourceById: Map<string, Source>): Point[] {
  const points = new Map<string, Point>();
  // "195 km/h (121 mph)": a conversion in brackets restates its figure; listing both would look like a disagreement.
  const claims = all.some((c) => c.frame.link?.kind !== 'conversion') ? all.filter((c) => c.frame.link?.kind !== 'conversion') : all;
  // Figures in two units side by side ("3 billion" francs, "3.2 billion" dollars) need their units to be read.
  const units = new Set(claims.map(unitShown)).size > 1;
  for (const c of claims) {
    const unit = unitShown(c);
    const value = units && unit ? `${formatClaimValue(c)} ${c.number === 1 ? unit : pluralize(unit)}` : formatClaimValue(c);
    const key = `${value}|${c.asOf ?? ''}`;
    const outlet = sourceById.get(c.sourceId)?.outlet ?? 'unknown outlet';
    const p = points.get(key) ?? { value, outlets: [], asOf: c.asOf };
    if (!p.outlets.includes(outlet)) p.outlets.push(outlet);
    points.set(key, p);
  }
  return [...points.values()].sort((a, b) => (a.asOf ?? '').localeCompare(b.asOf ?? ''));
}

const period = (p: Point) => (p.asOf ?? '').slice(0, 7);

/** The most recent run of points at the same or the next month that give different values: the conflict itself. */
function sameTimeDisagreement(points: Point[]): Point[] | null {
  for (let end = points.length - 1; end > 0; end--) {
    const group = points.filter((p) => {
      const gap = monthsBetween(p.asOf, points[end]?.asOf ?? null);
      return gap !== null && gap <= 1 && period(p) <= period(points[end] as Point);
    });
    if (new Set(group.map((p) => p.value)).size > 1) return group.slice(-MAX_POINTS);
  }
  return null;
}

const describe = (p: Point) => `${p.value} (${p.outlets.join(', ')}, ${formatAsOf(p.asOf)})`;

/**
 * A sentence a reviewer reads at a glance.
 * e.g. conflict: "100 (European Western Balkans, 21 March 2024) vs 120 (unknown, December 2024), nine months apart."
 */
export function explainFact(assessment: Assessment, claims: Claim[], sources: Source[], independentSources: number): string {
  const sourceById = new Map(sources.map((s) => [s.id, s]));
  let points = pointsOf(claims, sourceById);
  const copies = sources.length - independentSources;
  const copyNote = copies > 0 ? ` ${copies} of the ${sources.length} sources copy another and are not counted as independent.` : '';
  const values = [...new Set(points.map((p) => p.value))];
  switch (assessment) {
    case 'single-source': {
      const outlets = [...new Set(points.flatMap((p) => p.outlets))].join(', ');
      return `Only one independent source (${outlets}) gives this figure: ${points.slice(0, MAX_POINTS).map((p) => `${p.value} (${formatAsOf(p.asOf)})`).join(', ')}.${copyNote}`;
    }
    case 'consistent':
      return `${values.join(' and ')} agree across ${independentSources} independent sources.${copyNote}`;
    case 'changed-over-time': {
      points = points.filter((p, i) => i === 0 || p.value !== points[i - 1]?.value);
      const shown = points.length > MAX_POINTS ? [...points.slice(0, 2), ...points.slice(-(MAX_POINTS - 2))] : points;
      const gap = monthsBetween(points[0]?.asOf ?? null, points[points.length - 1]?.asOf ?? null);
      const apart = gap !== null && gap > 0 ? `, ${formatGap(gap)}` : '';
      return `Changed over time: ${shown.map(describe).join(' → ')}${apart}.${copyNote}`;
    }
    case 'conflict': {
      const shown = sameTimeDisagreement(points) ?? points.filter((p, i) => i === 0 || p.value !== points[i - 1]?.value).slice(-MAX_POINTS);
      const first = shown[0];
      const last = shown[shown.length - 1];
      const gap = first && last ? monthsBetween(first.asOf, last.asOf) : null;
      const apart = gap !== null && gap > 0 ? `, ${formatGap(gap)}` : '';
      return `${shown.map(describe).join(' vs ')}${apart}.${copyNote}`;
    }
    default: {
      const never: never = assessment;
      return String(never);
    }
  }
}
