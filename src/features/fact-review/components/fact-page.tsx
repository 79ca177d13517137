import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { Link, useNavigate } from 'react-router';

import { AssessmentBadge, StatusBadge } from '../../../components/ui/badges';
import { ErrorBoundary } from '../../../components/ui/error-boundary';
import { ErrorMessage, Loading } from '../../../components/ui/query-state';
import { LIMITS, type ClaimMark, type ClaimView, type FactDetail, type PutReview, type Review } from '../../../contract/api';
import { ApiRequestError } from '../../../lib/api-client';
import { REASON_LABELS } from '../../../lib/format';
import { can, useSession } from '../../../lib/session';
import { factReviewQueries, markClaim, moveClaim, saveReview } from '../api/queries';

import { ClaimCard } from './claim-card';
import { ClaimGroups } from './claim-groups';
import { HistoryList } from './history-list';
import { MoveClaim } from './move-claim';
import { nextOpenDiscrepancy } from './next-open';
import { ReviewPanel } from './review-panel';
import { ReviewSummary } from './review-summary';
import { toTimeline } from './to-timeline';

const ValueTimelineChart = lazy(() => import('../../../components/ui/value-timeline-chart').then((m) => ({ default: m.ValueTimelineChart })));

function bySource(claims: ClaimView[]): ClaimView[][] {
  const groups = new Map<string, ClaimView[]>();
  for (const c of claims) (groups.get(c.article.id) ?? groups.set(c.article.id, []).get(c.article.id))?.push(c);
  return [...groups.values()];
}

export function FactPage({ storyId, factId }: { storyId: string; factId: string }) {
  const client = useQueryClient();
  const navigate = useNavigate();
  const key = factReviewQueries.detail(factId).queryKey;
  const fact = useQuery(factReviewQueries.detail(factId));
  // A large fact's claims after the first page come when the reviewer asks for them.
  const [wantMore, setWantMore] = useState(false);
  const claimsNext = fact.data?.claimsNext ?? null;
  const more = useInfiniteQuery({ ...factReviewQueries.claimPages(factId, claimsNext ?? 0), enabled: wantMore && claimsNext !== null });
  const session = useSession();
  const canReview = can(session, 'reviewer');
  const [conflict, setConflict] = useState<Review | null>(null);
  const [announce, setAnnounce] = useState('');
  const [moving, setMoving] = useState<string | null>(null);
  const refreshAll = () => Promise.all([client.invalidateQueries({ queryKey: ['facts'] }), client.invalidateQueries({ queryKey: ['stories'] })]);
  /** After "Save and next": the next open conflict of the story, read fresh, or a note that none is left. */
  const goToNext = async () => {
    await refreshAll();
    const next = nextOpenDiscrepancy((await client.fetchQuery(factReviewQueries.siblings(storyId))).facts, factId);
    if (next) void navigate(`/stories/${storyId}/facts/${next.id}`);
    else setAnnounce('Saved. That was the last open conflict or change of this story.');
  };

  const save = useMutation({
    mutationFn: (body: PutReview) => saveReview(factId, body),
    // Optimistic: the new status shows at once and rolls back if the server refuses.
    onMutate: async (body) => {
      await client.cancelQueries({ queryKey: key });
      const previous = client.getQueryData<FactDetail>(key);
      if (previous) client.setQueryData<FactDetail>(key, { ...previous, review: { ...previous.review, status: body.status, reason: body.reason ?? null, note: body.note ?? '' } });
      return { previous };
    },
    onError: (error, _body, ctx) => {
      if (ctx?.previous) client.setQueryData(key, ctx.previous);
      if (error instanceof ApiRequestError && error.status === 409) {
        setConflict((error.body as { current: Review }).current);
        setAnnounce('Not saved: someone else changed this fact.');
      } else setAnnounce(`Not saved: ${error.message} Your draft is kept.`);
    },
    onSuccess: (review) => {
      setConflict(null);
      sessionStorage.removeItem(`tally:review-draft:${factId}`);
      client.setQueryData<FactDetail>(key, (old) => (old ? { ...old, review } : old));
      setAnnounce(`Saved (version ${review.version}).`);
    },
    onSettled: refreshAll,
  });
  const mark = useMutation({
    mutationFn: ({ claimId, value }: { claimId: string; value: ClaimMark | null }) =>
      markClaim(claimId, { mark: value, reviewer: session?.mode === 'personal' ? localStorage.getItem('tally:reviewer') || null : null }),
    onSuccess: () => setAnnounce('Mark saved.'),
    onError: (e) => setAnnounce(`Mark not saved: ${e.message}`),
    onSettled: () => Promise.all([client.invalidateQueries({ queryKey: key }), client.invalidateQueries({ queryKey: [...factReviewQueries.all(), 'claims', factId] })]),
  });
  const move = useMutation({
    mutationFn: ({ claimId, target }: { claimId: string; target: { factId: string } | { newFact: true } }) => moveClaim(claimId, target),
    onSuccess: async (destination) => {
      setMoving(null);
      await refreshAll();
      void navigate(`/stories/${storyId}/facts/${destination.id}`);
    },
    onError: (e) => setAnnounce(`Not moved: ${e.message}`),
  });

  if (fact.isPending || !session) return <Loading label="Loading the fact…" />;
  if (fact.isError) return <ErrorMessage error={fact.error} onRetry={() => void fact.refetch()} />;
  const loaded = [...fact.data.claims, ...(more.data?.pages.flatMap((p) => p.claims) ?? [])];
  // Everything below works on the claims loaded so far: the review's "claims that are right", moving a claim.
  const f = { ...fact.data, claims: loaded };
  const { points, undated } = toTimeline(f.groups);
  const left = f.claimCount - loaded.length;
  const canLoadMore = claimsNext !== null && (!wantMore || more.hasNextPage);
  const loadMore = () => (wantMore ? void more.fetchNextPage() : setWantMore(true));
  return (
    <>
      <p><Link to={`/stories/${storyId}/facts`}>← All facts</Link></p>
      <h1>{f.label}</h1>
      <p className="row"><AssessmentBadge assessment={f.assessment} /> <StatusBadge status={f.review.status} />
        {f.review.reason && <span className="muted">{REASON_LABELS[f.review.reason]}</span>}
        <span className="muted">{f.independentSourceCount} independent source{f.independentSourceCount === 1 ? '' : 's'}</span></p>
      <p>{f.explanation}</p>
      <p className="visually-hidden" role="status" aria-live="polite">{announce}</p>
      {announce && <p className="muted" aria-hidden="true">{announce}</p>}
      <ClaimGroups groups={f.groups} groupCount={f.groupCount} claimCount={f.claimCount} />
      <h2>Claims side by side</h2>
      {f.claimCount > loaded.length && <p className="muted">{loaded.length} of {f.claimCount} claims, with their quotes.</p>}
      <div className="grid">
        {bySource(f.claims).map((group) => (
          <ClaimCard key={group[0]?.article.id} storyId={storyId} claims={group} canEdit={canReview}
            onMark={(claimId, value) => mark.mutate({ claimId, value })} onMove={(claimId) => setMoving(claimId)} />
        ))}
      </div>
      {canLoadMore && left > 0 && (
        <p><button type="button" className="secondary" onClick={loadMore} disabled={more.isFetching}>
          {more.isFetching ? 'Loading claims…' : `Show ${Math.min(left, LIMITS.claimPage)} more claims (${left} not shown)`}
        </button></p>
      )}
      {more.isError && <ErrorMessage error={more.error} onRetry={() => void more.fetchNextPage()} />}
      {moving && canReview && <MoveClaim fact={f} claimId={moving} onMove={(target) => move.mutate({ claimId: moving, target })} onCancel={() => setMoving(null)} />}
      <div className="grid" style={{ marginTop: '1rem', gridTemplateColumns: 'repeat(auto-fit, minmax(320px, 1fr))' }}>
        <section className="card" aria-labelledby="chart-heading">
          <h2 id="chart-heading">Values over time</h2>
          <ErrorBoundary label="The chart failed">
            <Suspense fallback={<Loading label="Loading chart…" />}>
              <ValueTimelineChart points={points} title={`Values of “${f.label}” by the date they held, one colour per outlet`} />
            </Suspense>
          </ErrorBoundary>
          {undated.length > 0 && <p className="muted">Not on the chart (no date): {undated.join(', ')}</p>}
        </section>
        {canReview ? (
          <ReviewPanel fact={f} saving={save.isPending} conflict={conflict} askName={session.mode === 'personal'} savedVersion={save.data?.version}
            onSave={(body, _draft, next) => save.mutate(body, next ? { onSuccess: () => void goToNext() } : undefined)} onTakeTheirs={() => { setConflict(null); void client.invalidateQueries({ queryKey: key }); }} />
        ) : <ReviewSummary review={f.review} role={session.role} />}
      </div>
      <section aria-labelledby="history-heading">
        <h2 id="history-heading">History</h2>
        <HistoryList entries={f.history} />
      </section>
    </>
  );
}
