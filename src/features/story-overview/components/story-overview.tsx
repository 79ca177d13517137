import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, type ReactNode } from 'react';
import { Link } from 'react-router';

import { AssessmentBadge, StatusBadge } from '../../../components/ui/badges';
import { ErrorBoundary } from '../../../components/ui/error-boundary';
import { ErrorMessage, Loading } from '../../../components/ui/query-state';
import { formatDateShort } from '../../../lib/format';
import { can, useSession } from '../../../lib/session';
import { overviewQueries } from '../api/queries';

import { DiscrepancyList } from './discrepancy-list';
import { StoryActions } from './story-actions';
import { toChartRows } from './to-chart-rows';

const ReportedValuesChart = lazy(() => import('../../../components/ui/reported-values-chart').then((m) => ({ default: m.ReportedValuesChart })));

const count = <T,>(items: T[], key: (t: T) => string) => items.reduce<Record<string, number>>((acc, t) => ({ ...acc, [key(t)]: (acc[key(t)] ?? 0) + 1 }), {});

/** A story at a glance: where the sources disagree first, one line each, then the chart, progress and articles. */
export function StoryOverview({ storyId, exportMenu }: { storyId: string; exportMenu?: ReactNode }) {
  const story = useQuery(overviewQueries.story(storyId));
  const facts = useQuery(overviewQueries.facts(storyId));
  const session = useSession();
  if (story.isPending) return <Loading label="Loading the story…" />;
  if (story.isError) return <ErrorMessage error={story.error} onRetry={() => void story.refetch()} />;
  const s = story.data;
  const progress = s.factCount ? Math.round((100 * s.reviewedCount) / s.factCount) : 0;
  return (
    <>
      <p><Link to="/">← Stories</Link></p>
      <div className="row" style={{ justifyContent: 'space-between' }}>
        <h1>{s.title}</h1>
        <div className="row">
          <Link className="button" to={`/stories/${storyId}/facts`}>Review facts</Link>
          {can(session, 'reviewer') && <Link className="button secondary" to={`/stories/${storyId}/add`}>Add articles</Link>}
          {exportMenu}
        </div>
      </div>
      {can(session, 'reviewer') && <StoryActions key={s.title} story={s} canDelete={can(session, 'admin')} />}
      {facts.isPending ? <Loading label="Loading facts…" /> : facts.isError ? <ErrorMessage error={facts.error} onRetry={() => void facts.refetch()} /> : (
        <>
          <section className="card" style={{ marginTop: '1rem' }} aria-labelledby="discrepancies-heading">
            <h2 id="discrepancies-heading" style={{ marginTop: 0 }}>Conflicts and changes over time</h2>
            <DiscrepancyList storyId={storyId} facts={facts.data.facts} />
          </section>
          <section className="card" style={{ marginTop: '1rem' }} aria-labelledby="spread-heading">
            <h2 id="spread-heading" style={{ marginTop: 0 }}>What each source reported</h2>
            <ErrorBoundary label="The chart failed">
              <Suspense fallback={<Loading label="Loading chart…" />}>
                <ReportedValuesChart rows={toChartRows(facts.data.facts)} title="The values each source reported for every fact with a discrepancy, one dot per claim, coloured by outlet (log scale)" />
              </Suspense>
            </ErrorBoundary>
          </section>
          <div className="grid" style={{ marginTop: '1rem' }}>
            <section className="card" aria-labelledby="progress-heading">
              <h2 id="progress-heading" style={{ marginTop: 0 }}>Review progress</h2>
              <div className="progress" role="progressbar" aria-label="Facts reviewed" aria-valuemin={0} aria-valuemax={100} aria-valuenow={progress}>
                <div style={{ width: `${progress}%` }} />
              </div>
              <p className="muted">{s.reviewedCount} of {s.factCount} facts reviewed ({progress}%) · {s.articleCount} articles</p>
            </section>
            <section className="card" aria-labelledby="by-assessment">
              <h2 id="by-assessment" style={{ marginTop: 0 }}>By assessment</h2>
              <ul>{Object.entries(count(facts.data.facts, (f) => f.assessment)).map(([a, n]) => (
                <li key={a}><Link to={`/stories/${storyId}/facts?assessment=${a}`}><AssessmentBadge assessment={a} /></Link> <span className="stat">{n}</span></li>
              ))}</ul>
            </section>
            <section className="card" aria-labelledby="by-status">
              <h2 id="by-status" style={{ marginTop: 0 }}>By review status</h2>
              <ul>{Object.entries(count(facts.data.facts, (f) => f.review.status)).map(([st, n]) => (
                <li key={st}><Link to={`/stories/${storyId}/facts?status=${st}`}><StatusBadge status={st} /></Link> <span className="stat">{n}</span></li>
              ))}</ul>
            </section>
          </div>
        </>
      )}
      <section aria-labelledby="articles-heading">
        <h2 id="articles-heading">Articles</h2>
        <ul>{s.articles.map((a) => (
          <li key={a.id}><Link to={`/stories/${storyId}/articles/${a.id}`}>{a.title}</Link> <span className="muted">— {a.outlet}, {a.published ? formatDateShort(a.published) : 'date unknown'}, {a.claimCount} figures</span></li>
        ))}</ul>
      </section>
    </>
  );
}
