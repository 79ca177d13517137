import type { Suggestion } from '../../../contract/api';

const BASIS: Record<Suggestion['basis'], string> = {
  'reviewer-marks': 'from your marks',
  'latest-report': 'the most recent report',
  agreement: 'what most independent sources say',
};

/**
 * The value the sources point to, with the reasons a reviewer can check: a suggestion, never a verdict.
 * Nothing is filled in until the reviewer chooses to use it.
 */
export function SuggestionBox({ suggestion, accepted, onAccept }: { suggestion: Suggestion | null; accepted: boolean; onAccept: (s: Suggestion) => void }) {
  if (!suggestion) return null;
  return (
    <section className="suggestion" aria-labelledby="suggestion-heading">
      <h3 id="suggestion-heading">Suggested value <span className="muted">({BASIS[suggestion.basis]})</span></h3>
      <p className="value">{suggestion.text}</p>
      <ul aria-label="Why this value">{suggestion.reasons.map((r) => <li key={r}>{r}</li>)}</ul>
      <p className="muted">A suggestion drawn from the sources, not a verdict: check the claims before you use it.</p>
      <button type="button" className="secondary" disabled={accepted} onClick={() => onAccept(suggestion)}>
        {accepted ? 'Suggestion used' : 'Use this suggestion'}
      </button>
    </section>
  );
}
