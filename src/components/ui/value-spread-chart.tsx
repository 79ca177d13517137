import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

export interface SpreadRow {
  label: string;
  low: number;
  high: number;
}

/** The spread of values per fact as horizontal range bars; pure props, no fetching. */
export function ValueSpreadChart({ rows, title }: { rows: SpreadRow[]; title: string }) {
  const data = rows.map((r) => ({ label: r.label, range: [r.low, r.high === r.low ? r.low * 1.001 + 0.001 : r.high] as [number, number], low: r.low, high: r.high }));
  return (
    <figure style={{ margin: 0 }}>
      <figcaption className="visually-hidden">{title}</figcaption>
      <div role="img" aria-label={title} style={{ width: '100%', height: Math.max(160, rows.length * 44 + 60) }}>
        <ResponsiveContainer>
          <BarChart data={data} layout="vertical" margin={{ left: 24, right: 24 }}>
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" scale="log" domain={['auto', 'auto']} allowDataOverflow tickFormatter={(v: number) => v.toLocaleString('en-US')} />
            <YAxis type="category" dataKey="label" width={180} />
            <Tooltip formatter={(_v, _n, item) => `${(item.payload as { low: number }).low.toLocaleString('en-US')} – ${(item.payload as { high: number }).high.toLocaleString('en-US')}`} />
            <Bar dataKey="range" fill="#b3261e" isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <table className="visually-hidden">
        <caption>{title}</caption>
        <thead><tr><th>Fact</th><th>Lowest</th><th>Highest</th></tr></thead>
        <tbody>{rows.map((r) => <tr key={r.label}><td>{r.label}</td><td>{r.low}</td><td>{r.high}</td></tr>)}</tbody>
      </table>
    </figure>
  );
}
