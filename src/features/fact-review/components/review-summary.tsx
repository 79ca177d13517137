import { StatusBadge } from '../../../components/ui/badges';
import type { Review, Role } from '../../../contract/api';
import { REASON_LABELS } from '../../../lib/format';

import { SavedBy } from './review-panel';

/** The review as it stands, for someone whose role may read it but not change it. */
export function ReviewSummary({ review, role }: { review: Review; role: Role }) {
  return (
    <section className="card" aria-labelledby="review-heading">
      <h2 id="review-heading">Review</h2>
      <SavedBy review={review} />
      <dl>
        <dt>Status</dt><dd><StatusBadge status={review.status} /></dd>
        <dt>Why sources differ</dt><dd>{review.reason ? REASON_LABELS[review.reason] : 'Not stated'}</dd>
        <dt>Verified value</dt><dd>{review.value ?? '—'}</dd>
        <dt>Note</dt><dd>{review.note || '—'}</dd>
      </dl>
      <p className="muted">You are signed in as a {role}: you can read and export, not review.</p>
    </section>
  );
}
