import type { TimelinePoint } from '../../../components/ui/value-timeline-chart';
import type { ClaimView } from '../../../contract/api';

/** Middle of the period an as-of date names, as a timestamp: "2024" -> 1 July 2024, "2024-03" -> 15 March. */
export function asOfTime(asOf: string): number {
  const [y, m, d] = asOf.split('-').map(Number) as [number, number | undefined, number | undefined];
  return Date.UTC(y, (m ?? 7) - 1, d ?? (m ? 15 : 1));
}

/**
 * Claims as chart points: exact values as dots, qualified ones as bars from low to high (an open side
 * drawn to the edge of the chart), one series per outlet. Claims with no date are left out (and listed).
 */
export function toTimeline(claims: ClaimView[]): { points: TimelinePoint[]; undated: ClaimView[] } {
  const dated = claims.filter((c) => c.asOf);
  const finite = dated.flatMap((c) => [c.value.low, c.value.high]).filter((x): x is number => x !== null);
  const top = finite.length ? Math.max(...finite) * 1.15 : 1;
  const points = dated.map((c) => {
    const low = c.value.low ?? 0;
    const high = c.value.high ?? top;
    return { time: asOfTime(c.asOf as string), value: c.number, low, high, exact: low === high, outlet: c.article.outlet, label: c.written, openHigh: c.value.high === null, openLow: c.value.low === null };
  });
  return { points: points.sort((a, b) => a.time - b.time), undated: claims.filter((c) => !c.asOf) };
}
