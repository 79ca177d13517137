import { Link } from 'react-router';

import type { ClaimMark, ClaimView } from '../../../contract/api';
import { formatDateShort, formatInterval, safeUrl } from '../../../lib/format';

const MARKS: Array<[ClaimMark, string]> = [['verified', 'Verified'], ['wrong', 'Wrong'], ['outdated', 'Outdated']];

/** The quote with the figure highlighted, as text nodes: article text is never HTML. */
export function Quote({ claim }: { claim: ClaimView }) {
  const from = claim.start - claim.sentence.start;
  const to = claim.end - claim.sentence.start;
  if (from < 0 || to > claim.quote.length) return <blockquote>{claim.quote}</blockquote>;
  return (
    <blockquote>
      {claim.quote.slice(0, from)}<mark>{claim.quote.slice(from, to)}</mark>{claim.quote.slice(to)}
    </blockquote>
  );
}

interface Props {
  storyId: string;
  claims: ClaimView[];
  /** False for a viewer: the marks show, the controls do not. */
  canEdit?: boolean;
  onMark: (claimId: string, mark: ClaimMark | null) => void;
  onMove: (claimId: string) => void;
}

/** One card per source: its claims, values as written (the intervals they mean only beside them), dates and quotes. */
export function ClaimCard({ storyId, claims, canEdit = true, onMark, onMove }: Props) {
  const first = claims[0];
  if (!first) return null;
  const url = safeUrl(first.article.url);
  return (
    <article className="card claim-card" aria-label={`${first.article.outlet}: ${claims.map((c) => c.written).join(', ')}`}>
      <h3 style={{ margin: '0 0 .25rem' }}>{first.article.outlet}</h3>
      <p className="muted" style={{ margin: 0 }}>{first.article.title} · published {first.article.published ? formatDateShort(first.article.published) : 'date unknown'}</p>
      {first.copyOfArticleId && <p className="badge">copy of another source — not independent</p>}
      {claims.map((c) => (
        <section key={c.id} style={{ marginTop: '.75rem' }} aria-label={`Claim ${c.written}`}>
          <div className="value">{c.written}</div>
          <p className="muted" style={{ margin: 0 }}>as of {c.asOf ? formatDateShort(c.asOf) : 'date unknown'}{c.asOfText ? ` (“${c.asOfText}”)` : c.asOfBasis === 'article-date' ? ' (article date)' : ''} · <span className="interval">read as {formatInterval(c.value)}</span></p>
          {(c.frame.attribution || c.frame.estimate) && (
            <p className="muted" style={{ margin: 0 }}>
              {c.frame.attribution ? `According to ${c.frame.attribution}` : ''}{c.frame.attribution && c.frame.estimate ? ' · ' : ''}{c.frame.estimate ? 'an estimate' : ''}
            </p>
          )}
          <Quote claim={c} />
          <div className="row">
            <Link to={`/stories/${storyId}/articles/${c.article.id}#claim-${c.id}`}>In the article</Link>
            {url && <a href={url} rel="noopener noreferrer" target="_blank">Original</a>}
            {canEdit ? (
              <>
                <label className="visually-hidden" htmlFor={`mark-${c.id}`}>Mark claim {c.written}</label>
                <select id={`mark-${c.id}`} value={c.mark ?? ''} onChange={(e) => onMark(c.id, (e.target.value || null) as ClaimMark | null)}>
                  <option value="">Not marked</option>
                  {MARKS.map(([m, label]) => <option key={m} value={m}>{label}</option>)}
                </select>
                <button type="button" className="secondary" onClick={() => onMove(c.id)}>Move…</button>
              </>
            ) : c.mark && <span className="badge">marked {MARKS.find(([m]) => m === c.mark)?.[1].toLowerCase()}</span>}
          </div>
        </section>
      ))}
    </article>
  );
}
