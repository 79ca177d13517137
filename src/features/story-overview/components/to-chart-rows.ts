import type { ReportedRow } from '../../../components/ui/reported-values-chart';
import type { FactSummary } from '../../../contract/api';
import { isDiscrepancy } from '../../../lib/format';

/** The facts with a discrepancy as chart rows: a point per reported value, as written, with its outlet and date. */
export function toChartRows(facts: FactSummary[]): ReportedRow[] {
  return facts
    .filter((f) => isDiscrepancy(f.assessment) && f.reported.length > 0)
    .map((f) => ({ id: f.id, label: f.label, points: f.reported.map((r) => ({ value: r.number, text: r.text, outlet: r.outlet, asOf: r.asOf })) }));
}
