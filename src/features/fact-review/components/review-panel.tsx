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

/** The draft says what the review says (as it would be saved): nothing of the reviewer's own is in it. */
export function sameAsReview(d: Draft, r: Review): boolean {
  const put = toPutReview(d, '', r.version);
  const ids = (xs: string[]) => [...xs].sort().join('\n');
  return put.status === r.status && put.reason === r.reason && put.value === r.value && put.note === r.note && ids(put.rightClaimIds ?? []) === ids(r.rightClaimIds);
}

const REVIEWER_KEY = 'tally:reviewer';

interface Props {
  fact: FactDetail;
  saving: boolean;
  /** Someone else's review that won a race (a 409), shown beside the reviewer's own draft. */
  conflict: Review | null;
  /** Personal mode: the reviewer types a name; in team mode the server records the signed-in user. */
  askName: boolean;
  /** The version our own last save created, once the server has answered. */
  savedVersion?: number;
  /** `next`: go on to the next open conflict once saved. */
  onSave: (body: PutReview, draft: Draft, next: boolean) => void;
  onTakeTheirs: () => void;
}

type StoredDraft = Draft & { baseVersion?: number };

function readStoredDraft(key: string): StoredDraft | null {
  try {
    const saved = sessionStorage.getItem(key);
    return saved ? (JSON.parse(saved) as StoredDraft) : null;
  } catch {
    return null;
  }
}

/**
 * The reconciliation form. A draft the reviewer changed lives in sessionStorage until saved, so a reload or
 * a failed save loses nothing. The draft remembers the version it started from: when someone else saves
 * meanwhile (a live update, or a 409), an untouched form takes their review, and a changed one keeps what
 * was typed and shows theirs beside it, with who saved it.
 */
export function ReviewPanel({ fact, saving, conflict, askName, savedVersion, onSave, onTakeTheirs }: Props) {
  const draftKey = `tally:review-draft:${fact.id}`;
  const [stored] = useState(() => readStoredDraft(draftKey));
  const [draft, setDraft] = useState<Draft>(() => {
    if (!stored) return draftFromReview(fact.review);
    const { baseVersion: _base, ...typed } = stored;
    return typed;
  });
  const [base, setBase] = useState<Review>(() => ({ ...fact.review, version: stored?.baseVersion ?? fact.review.version }));
  const [seenVersion, setSeenVersion] = useState(fact.review.version);
  if (fact.review.version !== seenVersion) {
    // A newer review arrived (our own save, a live update or a refetch): adopt it unless the draft holds changes of ours.
    setSeenVersion(fact.review.version);
    if (sameAsReview(draft, fact.review) || sameAsReview(draft, base)) {
      setDraft(draftFromReview(fact.review));
      setBase(fact.review);
    }
  }
  if (savedVersion === fact.review.version && base.version !== savedVersion) {
    // Our own save, as the server stored it, is the new base.
    setDraft(draftFromReview(fact.review));
    setBase(fact.review);
  }
  const theirs = conflict ?? (fact.review.version !== base.version ? fact.review : null);
  const [reviewer, setReviewer] = useState(() => localStorage.getItem(REVIEWER_KEY) ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const untouched = sameAsReview(draft, base) && base.version === fact.review.version;
  useEffect(() => {
    if (untouched) sessionStorage.removeItem(draftKey);
    else sessionStorage.setItem(draftKey, JSON.stringify({ ...draft, baseVersion: base.version }));
  }, [draftKey, draft, base.version, untouched]);
  useEffect(() => {
    if (askName) localStorage.setItem(REVIEWER_KEY, reviewer);
  }, [askName, reviewer]);
  const save = (version = base.version, next = false) => {
    if (saving) return;
    if (draft.value.trim() && !Number.isFinite(Number(draft.value.replace(/,/g, '')))) {
      setProblem('The verified value must be a number, e.g. 4443 or 4,443.');
      return;
    }
    setProblem(null);
    onSave(toPutReview(draft, askName ? reviewer : '', version), draft, next);
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save();
  };
  useStatusKeys({ status: (status) => setDraft((d) => ({ ...d, status })), save: () => save(), saveAndNext: () => save(base.version, true) });
  // The suggestion fills the form only when the reviewer asks for it.
  const accept = (s: Suggestion) => setDraft((d) => ({ ...d, value: String(s.value), rightClaimIds: s.claimIds }));
  const accepted = fact.suggestion !== null && draft.value === String(fact.suggestion.value)
    && fact.suggestion.claimIds.every((id) => draft.rightClaimIds.includes(id));
  const toggleClaim = (id: string) =>
    setDraft({ ...draft, rightClaimIds: draft.rightClaimIds.includes(id) ? draft.rightClaimIds.filter((x) => x !== id) : [...draft.rightClaimIds, id] });
  return (
    <form className="card" onSubmit={submit} aria-labelledby="reconcile-heading">
      <h2 id="reconcile-heading">Reconcile</h2>
      <SavedBy review={fact.review} />
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
      {askName && (
        <div className="field">
          <label htmlFor="review-reviewer">Your name</label>
          <input id="review-reviewer" value={reviewer} onChange={(e) => setReviewer(e.target.value)} autoComplete="name" />
        </div>
      )}
      <div className="row">
        <button type="submit" disabled={saving} aria-keyshortcuts="s">{saving ? 'Saving…' : 'Save review'}</button>
        <button type="button" className="secondary" disabled={saving} aria-keyshortcuts="n" onClick={() => save(base.version, true)}>Save and next</button>
      </div>
      <p className="muted keys">Keys: <kbd>o</kbd> open · <kbd>v</kbd> verified · <kbd>d</kbd> disputed · <kbd>x</kbd> dismissed · <kbd>s</kbd> save · <kbd>n</kbd> save and go to the next open conflict</p>
      {theirs && (
        <div className="error-box" role="alert" style={{ marginTop: '1rem' }}>
          <p><strong>{theirs.reviewer ?? 'Someone else'}</strong> changed this fact while you were working (version {theirs.version}). What you typed is kept below.</p>
          <table>
            <thead><tr><th scope="col" /><th scope="col">Theirs</th><th scope="col">Yours</th></tr></thead>
            <tbody>
              <tr><th scope="row">Status</th><td>{STATUS_LABELS[theirs.status]}</td><td>{STATUS_LABELS[draft.status]}</td></tr>
              <tr><th scope="row">Reason</th><td>{theirs.reason ? REASON_LABELS[theirs.reason] : '—'}</td><td>{draft.reason ? REASON_LABELS[draft.reason] : '—'}</td></tr>
              <tr><th scope="row">Value</th><td>{theirs.value ?? '—'}</td><td>{draft.value || '—'}</td></tr>
              <tr><th scope="row">Note</th><td>{theirs.note || '—'}</td><td>{draft.note || '—'}</td></tr>
            </tbody>
          </table>
          <div className="row">
            <button type="button" onClick={() => save(theirs.version)}>Apply mine again</button>
            <button type="button" className="secondary" onClick={() => { setDraft(draftFromReview(theirs)); setBase(theirs); onTakeTheirs(); }}>Keep theirs</button>
          </div>
        </div>
      )}
    </form>
  );
}

/** Who saved the review last, and when: the team's record on the form itself. */
export function SavedBy({ review }: { review: Review }) {
  if (review.version === 0 || !review.updatedAt) return <p className="muted">Not reviewed yet.</p>;
  return <p className="muted">Version {review.version}, saved by <strong>{review.reviewer ?? 'someone'}</strong> on {new Date(review.updatedAt).toLocaleString('en-GB')}.</p>;
}
