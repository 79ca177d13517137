import { ASSESSMENT_LABELS, STATUS_LABELS } from '../../lib/format';

export function AssessmentBadge({ assessment }: { assessment: string }) {
  return <span className={`badge badge-${assessment}`}>{ASSESSMENT_LABELS[assessment] ?? assessment}</span>;
}

export function StatusBadge({ status }: { status: string }) {
  return <span className={`badge status-${status}`}>{STATUS_LABELS[status] ?? status}</span>;
}
