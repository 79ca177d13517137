import type { SpreadRow } from '../../../components/ui/value-spread-chart';
import type { FactSummary } from '../../../contract/api';

/** The conflicting facts as chart rows: the lowest and highest finite bound of their claims. */
export function toSpreadRows(facts: FactSummary[]): SpreadRow[] {
  return facts
    .filter((f) => f.assessment === 'conflict' || f.assessment === 'changed-over-time')
    .map((f) => {
      const bounds = f.values.flatMap((v) => [v.low, v.high]).filter((x): x is number => x !== null && x > 0);
      return { label: f.label, low: Math.min(...bounds), high: Math.max(...bounds) };
    })
    .filter((r) => Number.isFinite(r.low) && Number.isFinite(r.high));
}
