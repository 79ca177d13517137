import type { TimelinePoint } from '../../../components/ui/value-timeline-chart';
import type { ClaimGroup } from '../../../contract/api';

/** Middle of the period an as-of date names, as a timestamp: "2024" -> 1 July 2024, "2024-03" -> 15 March. */
export function asOfTime(asOf: string): number {
  const [y, m, d] = asOf.split('-').map(Number) as [number, number | undefined, number | undefined];
  return Date.UTC(y, (m ?? 7) - 1, d ?? (m ? 15 : 1));
}

const counted = (g: ClaimGroup) => (g.count === 1 ? g.text : `${g.text} (${g.count} claims)`);

/**
 * Claim groups as chart points, one per figure, outlet and date however many claims say it: exact values as
 * dots, qualified ones as bars from low to high (an open side drawn to the edge of the chart), one series per
 * outlet. Groups with no date are left out (and listed).
 */
export function toTimeline(groups: ClaimGroup[]): { points: TimelinePoint[]; undated: string[] } {
  const dated = groups.filter((g) => g.asOf);
  const finite = dated.flatMap((g) => [g.value.low, g.value.high]).filter((x): x is number => x !== null);
  const top = finite.length ? Math.max(...finite) * 1.15 : 1;
  const points = dated.map((g) => {
    const low = g.value.low ?? 0;
    const high = g.value.high ?? top;
    return { time: asOfTime(g.asOf as string), value: g.number, low, high, exact: low === high, outlet: g.outlet, label: counted(g), openHigh: g.value.high === null, openLow: g.value.low === null };
  });
  return { points: points.sort((a, b) => a.time - b.time), undated: groups.filter((g) => !g.asOf).map((g) => `${counted(g)} (${g.outlet})`) };
}
