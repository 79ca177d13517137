import type { HistoryEntry } from '../../../contract/api';

function summarize(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value !== 'object') return String(value);
  const v = value as Record<string, unknown>;
  const parts = ['status', 'reason', 'value', 'mark', 'note', 'label', 'title']
    .filter((k) => v[k] !== undefined && v[k] !== null && v[k] !== '')
    .map((k) => `${k}: ${String(v[k])}`);
  return parts.join(', ') || '—';
}

/** Every change with who, when, and what it was before and after. */
export function HistoryList({ entries }: { entries: HistoryEntry[] }) {
  if (entries.length === 0) return <p className="muted">No changes yet.</p>;
  return (
    <ol aria-label="History">
      {entries.map((e) => (
        <li key={e.id}>
          <strong>{e.action}</strong> by {e.actor ?? 'someone'} on {new Date(e.at).toLocaleString('en-GB')}: {summarize(e.before)} → {summarize(e.after)}
        </li>
      ))}
    </ol>
  );
}
