import { useEffect, useState, type FormEvent } from 'react';

import type { FactDetail, PutReview, Review, ReviewReason, ReviewStatus, Suggestion } from '../../../contract/api';
import { REASON_LABELS, STATUS_LABELS } from '../../../lib/format';

import { SuggestionBox } from './suggestion-box';
import { KEY_OF_STATUS, useStatusKeys } from './use-status-keys';

export interface Draft {
  status: ReviewStatus;
  reason: ReviewReason | '';
  value: string;
  rightClaimIds: string[];
  note: string;
}

export const draftFromReview = (r: Review): Draft => ({
  status: r.status, reason: r.reason ?? '', value: r.value === null ? '' : String(r.value), rightClaimIds: r.rightClaimIds, note: r.note,
});

export function toPutReview(d: Draft, reviewer: string, version: number): PutReview {
  return {
    status: d.status, reason: d.reason || null, value: d.value.trim() === '' ? null : Number(d.value.replace(/,/g, '')),
    rightClaimIds: d.rightClaimIds, note: d.note, reviewer: reviewer.trim() || null, version,
  };
}

const REVIEWER_KEY = 'tally:reviewer';

interface Props {
  fact: FactDetail;
  saving: boolean;
  /** Someone else's review that won a race, shown beside the reviewer's own draft. */
  conflict: Review | null;
  /** `next`: go on to the next open conflict once saved. */
  onSave: (body: PutReview, draft: Draft, next: boolean) => void;
  onTakeTheirs: () => void;
}

/** The reconciliation form. Its draft lives in sessionStorage until saved, so a reload or a failed save loses nothing. */
export function ReviewPanel({ fact, saving, conflict, onSave, onTakeTheirs }: Props) {
  const draftKey = `tally:review-draft:${fact.id}`;
  const [draft, setDraft] = useState<Draft>(() => {
    const saved = sessionStorage.getItem(draftKey);
    try {
      return saved ? (JSON.parse(saved) as Draft) : draftFromReview(fact.review);
    } catch {
      return draftFromReview(fact.review);
    }
  });
  const [reviewer, setReviewer] = useState(() => localStorage.getItem(REVIEWER_KEY) ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => sessionStorage.setItem(draftKey, JSON.stringify(draft)), [draftKey, draft]);
  useEffect(() => localStorage.setItem(REVIEWER_KEY, reviewer), [reviewer]);
  const save = (version = fact.review.version, next = false) => {
    if (saving) return;
    if (draft.value.trim() && !Number.isFinite(Number(draft.value.replace(/,/g, '')))) {
      setProblem('The verified value must be a number, e.g. 4443 or 4,443.');
      return;
    }
    setProblem(null);
    onSave(toPutReview(draft, reviewer, version), draft, next);
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save();
  };
  useStatusKeys({ status: (status) => setDraft((d) => ({ ...d, status })), save: () => save(), saveAndNext: () => save(fact.review.version, true) });
  // The suggestion fills the form only when the reviewer asks for it.
  const accept = (s: Suggestion) => setDraft((d) => ({ ...d, value: String(s.value), rightClaimIds: s.claimIds }));
  const accepted = fact.suggestion !== null && draft.value === String(fact.suggestion.value)
    && fact.suggestion.claimIds.every((id) => draft.rightClaimIds.includes(id));
  const toggleClaim = (id: string) =>
    setDraft({ ...draft, rightClaimIds: draft.rightClaimIds.includes(id) ? draft.rightClaimIds.filter((x) => x !== id) : [...draft.rightClaimIds, id] });
  return (
    <form className="card" onSubmit={submit} aria-labelledby="reconcile-heading">
      <h2 id="reconcile-heading">Reconcile</h2>
      <SuggestionBox suggestion={fact.suggestion} accepted={accepted} onAccept={accept} />
      <fieldset>
        <legend>Status</legend>
        {(Object.keys(STATUS_LABELS) as ReviewStatus[]).map((s) => (
          <label key={s} style={{ display: 'inline-block', marginRight: '1rem', fontWeight: 400 }}>
            <input type="radio" name="status" value={s} checked={draft.status === s} onChange={() => setDraft({ ...draft, status: s })} aria-keyshortcuts={KEY_OF_STATUS[s]} /> {STATUS_LABELS[s]} <kbd aria-hidden="true">{KEY_OF_STATUS[s]}</kbd>
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor="review-reason">Why sources differ</label>
        <select id="review-reason" value={draft.reason} onChange={(e) => setDraft({ ...draft, reason: e.target.value as ReviewReason | '' })}>
          <option value="">Not stated</option>
          {Object.entries(REASON_LABELS).map(([k, v]) => <option key={k} value={k}>{v}</option>)}
        </select>
      </div>
      <div className="field">
        <label htmlFor="review-value">Verified value</label>
        <input id="review-value" inputMode="decimal" value={draft.value} onChange={(e) => setDraft({ ...draft, value: e.target.value })} aria-invalid={problem ? true : undefined} />
        {problem && <p role="alert">{problem}</p>}
      </div>
      <fieldset>
        <legend>Claims that are right</legend>
        {fact.claims.map((c) => (
          <label key={c.id} style={{ fontWeight: 400 }}>
            <input type="checkbox" checked={draft.rightClaimIds.includes(c.id)} onChange={() => toggleClaim(c.id)} /> {c.written} — {c.article.outlet}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor="review-note">Note</label>
        <textarea id="review-note" rows={3} style={{ width: '100%' }} value={draft.note} onChange={(e) => setDraft({ ...draft, note: e.target.value })} />
      </div>
      <div className="field">
        <label htmlFor="review-reviewer">Your name</label>
        <input id="review-reviewer" value={reviewer} onChange={(e) => setReviewer(e.target.value)} autoComplete="name" />
      </div>
      <div className="row">
        <button type="submit" disabled={saving} aria-keyshortcuts="s">{saving ? 'Saving…' : 'Save review'}</button>
        <button type="button" className="secondary" disabled={saving} aria-keyshortcuts="n" onClick={() => save(fact.review.version, true)}>Save and next</button>
      </div>
      <p className="muted keys">Keys: <kbd>o</kbd> open · <kbd>v</kbd> verified · <kbd>d</kbd> disputed · <kbd>x</kbd> dismissed · <kbd>s</kbd> save · <kbd>n</kbd> save and go to the next open conflict</p>
      {conflict && (
        <div className="error-box" role="alert" style={{ marginTop: '1rem' }}>
          <p><strong>{conflict.reviewer ?? 'Someone else'}</strong> changed this fact while you were working (version {conflict.version}).</p>
          <table>
            <thead><tr><th scope="col" /><th scope="col">Theirs</th><th scope="col">Yours</th></tr></thead>
            <tbody>
              <tr><th scope="row">Status</th><td>{STATUS_LABELS[conflict.status]}</td><td>{STATUS_LABELS[draft.status]}</td></tr>
              <tr><th scope="row">Reason</th><td>{conflict.reason ? REASON_LABELS[conflict.reason] : '—'}</td><td>{draft.reason ? REASON_LABELS[draft.reason] : '—'}</td></tr>
              <tr><th scope="row">Value</th><td>{conflict.value ?? '—'}</td><td>{draft.value || '—'}</td></tr>
              <tr><th scope="row">Note</th><td>{conflict.note || '—'}</td><td>{draft.note || '—'}</td></tr>
            </tbody>
          </table>
          <div className="row">
            <button type="button" onClick={() => save(conflict.version)}>Apply mine again</button>
            <button type="button" className="secondary" onClick={() => { setDraft(draftFromReview(conflict)); onTakeTheirs(); }}>Keep theirs</button>
          </div>
        </div>
      )}
    </form>
  );
}
