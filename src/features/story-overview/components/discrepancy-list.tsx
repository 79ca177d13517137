import { Link } from 'react-router';

import { AssessmentBadge, StatusBadge } from '../../../components/ui/badges';
import { Empty } from '../../../components/ui/query-state';
import type { FactSummary } from '../../../contract/api';
import { formatDateShort, isDiscrepancy } from '../../../lib/format';

import { sideBySide } from './side-by-side';

const RANK: Record<string, number> = { conflict: 0, 'changed-over-time': 1 };

/**
 * The facts where sources disagree, each on one line: its values side by side as the sources wrote them,
 * with outlet and date, linking to the fact. Article text is only ever rendered as text.
 */
export function DiscrepancyList({ storyId, facts }: { storyId: string; facts: FactSummary[] }) {
  const items = facts.filter((f) => isDiscrepancy(f.assessment)).sort((a, b) => (RANK[a.assessment] ?? 9) - (RANK[b.assessment] ?? 9));
  if (items.length === 0) return <Empty>No conflicts and no changes over time: wherever the sources give the same figure, they agree.</Empty>;
  return (
    <ul className="discrepancies" aria-label="Conflicts and changes over time">
      {items.map((f) => {
        const line = sideBySide(f);
        return (
          <li key={f.id}>
            <AssessmentBadge assessment={f.assessment} />{' '}
            <Link to={`/stories/${storyId}/facts/${f.id}`}>{f.label}</Link>:{' '}
            <span className="side-by-side">
              {line.points.map((p, i) => (
                <span key={`${p.text}|${p.asOf ?? ''}`}>
                  {i > 0 && <span className="joiner"> {i === 1 && line.hidden > 0 ? `… ${line.joiner}` : line.joiner} </span>}
                  <strong>{p.text}</strong> <span className="muted">({p.outlets.join(', ')}, {formatDateShort(p.asOf)})</span>
                </span>
              ))}
            </span>{' '}
            <StatusBadge status={f.review.status} />
          </li>
        );
      })}
    </ul>
  );
}
