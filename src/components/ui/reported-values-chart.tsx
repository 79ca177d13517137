import { CartesianGrid, Legend, ResponsiveContainer, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from 'recharts';

import { formatDateShort } from '../../lib/format';

export interface ReportedPoint {
  value: number;
  /** The value as written: "about 3,800 troops". */
  text: string;
  outlet: string;
  asOf: string | null;
}

export interface ReportedRow {
  id: string;
  label: string;
  points: ReportedPoint[];
}

const COLORS = ['#1f4e8c', '#b3261e', '#1e6b3a', '#8a5a00', '#6b2d8c', '#00707a', '#55606c', '#c2185b'];

type Datum = ReportedPoint & { row: number; label: string };

/** A log axis from the power of ten below the smallest value to the one above the largest, ticked at 1-3-10. */
function logAxis(values: number[]): { domain: [number, number]; ticks: number[] } {
  const lo = 10 ** Math.floor(Math.log10(Math.min(...values)));
  const hi = 10 ** Math.ceil(Math.log10(Math.max(...values)));
  const top = hi > lo ? hi : lo * 10;
  const ticks: number[] = [];
  for (let t = lo; t <= top; t *= 10) ticks.push(t, t * 3);
  return { domain: [lo, top], ticks: ticks.filter((t) => t <= top) };
}

function PointTooltip({ active, payload }: { active?: boolean; payload?: ReadonlyArray<{ payload?: unknown }> }) {
  const d = payload?.[0]?.payload as Datum | undefined;
  if (!active || !d) return null;
  return (
    <div className="card" style={{ padding: '.4rem .6rem' }}>
      <strong>{d.text}</strong>
      <div className="muted">{d.outlet}, {formatDateShort(d.asOf)}</div>
      <div className="muted">{d.label}</div>
    </div>
  );
}

/**
 * The values each source reported, one dot per claim on its fact's row, one colour per outlet, on a log
 * scale so a count of 28 and one of 50,000 both read. Pure props: no fetching, no shaping beyond layout.
 */
export function ReportedValuesChart({ rows, title }: { rows: ReportedRow[]; title: string }) {
  const outlets = [...new Set(rows.flatMap((r) => r.points.map((p) => p.outlet)))].sort();
  const data: Datum[] = rows.flatMap((r, row) => r.points.filter((p) => p.value > 0).map((p) => ({ ...p, row, label: r.label })));
  const labels = rows.map((r) => (r.label.length > 32 ? `${r.label.slice(0, 31)}…` : r.label));
  const axis = data.length > 0 ? logAxis(data.map((d) => d.value)) : { domain: [1, 10] as [number, number], ticks: [1, 10] };
  return (
    <figure style={{ margin: 0 }}>
      <figcaption className="visually-hidden">{title}</figcaption>
      <div role="img" aria-label={title} style={{ width: '100%', height: Math.max(180, rows.length * 48 + 90) }}>
        <ResponsiveContainer>
          <ScatterChart margin={{ left: 8, right: 24, top: 8, bottom: 8 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis type="number" dataKey="value" scale="log" domain={axis.domain} ticks={axis.ticks} interval={0} name="value" tickFormatter={(v: number) => v.toLocaleString('en-US')} />
            <YAxis type="number" dataKey="row" domain={[-0.5, rows.length - 0.5]} ticks={rows.map((_, i) => i)} reversed interval={0} width={220}
              tickFormatter={(i: number) => labels[i] ?? ''} name="fact" />
            <Tooltip content={(props) => <PointTooltip active={props.active} payload={props.payload} />} />
            <Legend />
            {outlets.map((o, i) => (
              <Scatter key={o} name={o} data={data.filter((d) => d.outlet === o)} fill={COLORS[i % COLORS.length]} isAnimationActive={false} />
            ))}
          </ScatterChart>
        </ResponsiveContainer>
      </div>
      {/* Wrapped: a table is as wide as its text whatever its own width, so only a clipping box hides it without widening the page. */}
      <div className="visually-hidden">
        <table>
          <caption>{title}</caption>
          <thead><tr><th scope="col">Fact</th><th scope="col">Values as reported</th></tr></thead>
          <tbody>{rows.map((r) => (
            <tr key={r.id}><th scope="row">{r.label}</th><td>{r.points.map((p) => `${p.text} (${p.outlet}, ${formatDateShort(p.asOf)})`).join('; ')}</td></tr>
          ))}</tbody>
        </table>
      </div>
    </figure>
  );
}
