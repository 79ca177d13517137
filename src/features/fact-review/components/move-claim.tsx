import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';

import type { FactDetail } from '../../../contract/api';
import { factReviewQueries } from '../api/queries';

/** Chooses where a claim goes: another fact of the story (same measure first) or a new fact of its own. */
export function MoveClaim({ fact, claimId, onMove, onCancel }: { fact: FactDetail; claimId: string; onMove: (target: { factId: string } | { newFact: true }) => void; onCancel: () => void }) {
  const siblings = useQuery(factReviewQueries.siblings(fact.storyId));
  const [target, setTarget] = useState('');
  const options = (siblings.data?.facts ?? []).filter((f) => f.id !== fact.id)
    .sort((a, b) => Number(b.measure === fact.measure) - Number(a.measure === fact.measure) || a.label.localeCompare(b.label));
  const claim = fact.claims.find((c) => c.id === claimId);
  return (
    <section className="card" aria-labelledby="move-heading" style={{ marginTop: '1rem' }}>
      <h2 id="move-heading">Move “{claim?.written}” ({claim?.article.outlet})</h2>
      <div className="field">
        <label htmlFor="move-target">To fact</label>
        <select id="move-target" value={target} onChange={(e) => setTarget(e.target.value)}>
          <option value="">A new fact of its own</option>
          {options.map((f) => <option key={f.id} value={f.id}>{f.label}</option>)}
        </select>
      </div>
      <div className="row">
        <button type="button" onClick={() => onMove(target ? { factId: target } : { newFact: true })}>Move claim</button>
        <button type="button" className="secondary" onClick={onCancel}>Cancel</button>
      </div>
    </section>
  );
}
