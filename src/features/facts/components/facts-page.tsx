import { useQuery } from '@tanstack/react-query';
import { observeElementRect, useVirtualizer } from '@tanstack/react-virtual';
import { useDeferredValue, useEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';

import { AssessmentBadge, StatusBadge } from '../../../components/ui/badges';
import { Empty, ErrorMessage, Loading } from '../../../components/ui/query-state';
import type { FactListQuery } from '../../../contract/api';
import { ASSESSMENT_LABELS, STATUS_LABELS } from '../../../lib/format';
import { factQueries } from '../api/queries';

import { filterFacts, searchIndex, sortFacts, valuesText } from './filter-facts';

const ROW_HEIGHT = 64;
const FALLBACK_RECT = { width: 800, height: 600 };

/** Without layout (before styles apply, in print, in a DOM without a renderer) show a page of rows, not none. */
const observeRectOrFallback: typeof observeElementRect = (instance, cb) =>
  observeElementRect(instance, (rect) => cb(rect.height > 0 ? rect : FALLBACK_RECT));

export function FactsPage({ storyId, exportMenu }: { storyId: string; exportMenu?: ReactNode }) {
  const [params, setParams] = useSearchParams();
  const list = useQuery(factQueries.list(storyId));
  const [q, setQ] = useState(params.get('q') ?? '');
  const deferredQ = useDeferredValue(q);
  const filters: FactListQuery = {
    assessment: (params.get('assessment') || undefined) as FactListQuery['assessment'],
    status: (params.get('status') || undefined) as FactListQuery['status'],
    outlet: params.get('outlet') || undefined,
    sort: (params.get('sort') || undefined) as FactListQuery['sort'],
    q: deferredQ || undefined,
  };
  // Sorting and lower-casing happen once per loaded list and sort order; a keystroke only filters.
  const sorted = useMemo(() => (list.data ? sortFacts(list.data.facts, filters.sort) : []), [list.data, filters.sort]);
  const index = useMemo(() => searchIndex(sorted), [sorted]);
  const facts = useMemo(() => filterFacts(sorted, filters, index, true), [sorted, index, filters.assessment, filters.status, filters.outlet, deferredQ]); // eslint-disable-line react-hooks/exhaustive-deps
  const outlets = useMemo(() => [...new Set(list.data?.facts.flatMap((f) => f.outlets) ?? [])].sort(), [list.data]);
  const setParam = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  return (
    <>
      <p><Link to={`/stories/${storyId}`}>← Story overview</Link></p>
      <div className="row" style={{ justifyContent: 'space-between' }}>
        <h1>Facts</h1>
        {exportMenu}
      </div>
      <form className="row card" role="search" aria-label="Filter facts" onSubmit={(e) => e.preventDefault()}>
        <div className="field">
          <label htmlFor="fact-search">Search</label>
          <input id="fact-search" type="search" value={q} onChange={(e) => { setQ(e.target.value); setParam('q', e.target.value); }} placeholder="label, outlet, explanation" />
        </div>
        <Select id="f-assessment" label="Assessment" value={filters.assessment ?? ''} options={ASSESSMENT_LABELS} onChange={(v) => setParam('assessment', v)} />
        <Select id="f-status" label="Review status" value={filters.status ?? ''} options={STATUS_LABELS} onChange={(v) => setParam('status', v)} />
        <Select id="f-outlet" label="Outlet" value={filters.outlet ?? ''} options={Object.fromEntries(outlets.map((o) => [o, o]))} onChange={(v) => setParam('outlet', v)} />
        <Select id="f-sort" label="Sort" value={filters.sort ?? ''} options={{ label: 'Label', claims: 'Most claims', updated: 'Recently reviewed' }} empty="Conflicts first" onChange={(v) => setParam('sort', v)} />
      </form>
      {list.isPending ? <Loading label="Loading facts…" />
        : list.isError ? <ErrorMessage error={list.error} onRetry={() => void list.refetch()} />
        : facts.length === 0 ? <Empty>No fact matches these filters.</Empty>
        : <FactList storyId={storyId} facts={facts} />}
    </>
  );
}

function Select({ id, label, value, options, onChange, empty = 'All' }: { id: string; label: string; value: string; options: Record<string, string>; onChange: (v: string) => void; empty?: string }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{empty}</option>
        {Object.entries(options).map(([k, v]) => <option key={k} value={k}>{v}</option>)}
      </select>
    </div>
  );
}

/**
 * The facts as a list of real links (hover shows the URL, a middle click opens a tab), virtualized for big
 * stories. j/k or the arrows move the focus from row to row and Enter opens the focused one, as a link does.
 */
function FactList({ storyId, facts }: { storyId: string; facts: ReturnType<typeof filterFacts> }) {
  const parent = useRef<HTMLDivElement>(null);
  const [selected, setSelected] = useState(0);
  const moved = useRef(false);
  const virtual = useVirtualizer({ count: facts.length, getScrollElement: () => parent.current, estimateSize: () => ROW_HEIGHT, overscan: 8, initialRect: FALLBACK_RECT, observeElementRect: observeRectOrFallback });
  const current = Math.min(selected, facts.length - 1);
  const currentId = facts[current]?.id;
  const items = virtual.getVirtualItems();
  // After j/k, focus follows the selection once its row is rendered (it may have just scrolled into view).
  useEffect(() => {
    if (!moved.current || !currentId) return;
    const link = document.getElementById(`fact-${currentId}`);
    if (link) {
      link.focus({ preventScroll: true });
      moved.current = false;
    }
  }, [currentId, items]);
  const onKey = (e: KeyboardEvent) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const step = e.key === 'j' || e.key === 'ArrowDown' ? 1 : e.key === 'k' || e.key === 'ArrowUp' ? -1 : 0;
    if (step === 0) return;
    e.preventDefault();
    const next = Math.max(0, Math.min(current + step, facts.length - 1));
    moved.current = true;
    setSelected(next);
    virtual.scrollToIndex(next);
  };
  return (
    <>
      <p className="muted" aria-live="polite">{facts.length} facts · j/k or arrows to move, Enter to open</p>
      <div ref={parent} className="fact-list" onKeyDown={onKey}>
        <div role="list" aria-label="Facts" style={{ height: virtual.getTotalSize(), position: 'relative' }}>
          {items.map((item) => {
            const f = facts[item.index];
            if (!f) return null;
            return (
              <div key={f.id} role="listitem" style={{ position: 'absolute', top: 0, left: 0, right: 0, height: ROW_HEIGHT, transform: `translateY(${item.start}px)` }}>
                <Link id={`fact-${f.id}`} to={`/stories/${storyId}/facts/${f.id}`} className="fact-row" tabIndex={item.index === current ? 0 : -1}
                  aria-current={item.index === current ? 'true' : undefined} onFocus={() => setSelected(item.index)}>
                  <span className="fact-text"><strong>{f.label}</strong><span className="muted fact-values">{valuesText(f)}</span></span>
                  <AssessmentBadge assessment={f.assessment} />
                  <StatusBadge status={f.review.status} />
                  <span className="muted">{f.outlets.join(', ')} · {f.claimCount} claims</span>
                </Link>
              </div>
            );
          })}
        </div>
      </div>
    </>
  );
}
