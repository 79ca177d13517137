import { CartesianGrid, ErrorBar, Legend, ResponsiveContainer, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from 'recharts';

export interface TimelinePoint {
  time: number;
  value: number;
  low: number;
  high: number;
  exact: boolean;
  outlet: string;
  label: string;
  openHigh: boolean;
  openLow: boolean;
}

const COLORS = ['#1f4e8c', '#b3261e', '#1e6b3a', '#8a5a00', '#6b2d8c', '#00707a', '#55606c'];
const year = (t: number) => new Date(t).toISOString().slice(0, 7);

/** Values over their as-of dates, one colour per source; qualified values as bars from low to high. Pure props. */
export function ValueTimelineChart({ points, title }: { points: TimelinePoint[]; title: string }) {
  const outlets = [...new Set(points.map((p) => p.outlet))];
  const data = points.map((p) => ({ ...p, error: [p.value - p.low, p.high - p.value] as [number, number] }));
  return (
    <figure style={{ margin: 0 }}>
      <div role="img" aria-label={title} style={{ width: '100%', height: 300 }}>
        <ResponsiveContainer>
          <ScatterChart margin={{ left: 16, right: 24, top: 8 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis type="number" dataKey="time" domain={['dataMin - 2592000000', 'dataMax + 2592000000']} tickFormatter={year} name="as of" scale="time" />
            <YAxis type="number" dataKey="value" tickFormatter={(v: number) => v.toLocaleString('en-US')} name="value" />
            <Tooltip formatter={(v, name) => (typeof v !== 'number' ? String(v) : name === 'as of' ? year(v) : v.toLocaleString('en-US'))} />
            <Legend />
            {outlets.map((o, i) => (
              <Scatter key={o} name={o} data={data.filter((d) => d.outlet === o)} fill={COLORS[i % COLORS.length]} isAnimationActive={false}>
                <ErrorBar dataKey="error" direction="y" width={6} stroke={COLORS[i % COLORS.length]} />
              </Scatter>
            ))}
          </ScatterChart>
        </ResponsiveContainer>
      </div>
      {/* Wrapped: a table is as wide as its text whatever its own width, so only a clipping box hides it without widening the page. */}
      <div className="visually-hidden">
        <table>
          <caption>{title}</caption>
          <thead><tr><th>As of</th><th>Value</th><th>Interval</th><th>Outlet</th></tr></thead>
          <tbody>{points.map((p, i) => (
            <tr key={i}><td>{year(p.time)}</td><td>{p.label}</td><td>{p.openLow ? '…' : p.low} – {p.openHigh ? '…' : p.high}</td><td>{p.outlet}</td></tr>
          ))}</tbody>
        </table>
      </div>
    </figure>
  );
}
