import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';

import { Empty, ErrorMessage, Loading } from '../../../components/ui/query-state';
import type { HistoryEntry } from '../../../contract/api';
import { can, useSession } from '../../../lib/session';
import { createStory, storyQueries } from '../api/queries';

export function StoriesPage() {
  const stories = useQuery(storyQueries.list());
  const deleted = (useLocation().state as { deleted?: string } | null)?.deleted;
  const session = useSession();
  return (
    <>
      <h1>Stories</h1>
      {deleted && <p role="status" className="card">Deleted “{deleted}”.</p>}
      {/* The app shows pages once the session is known; until then (a page on its own) nothing is hidden. */}
      {(!session || can(session, 'reviewer')) && <CreateStoryForm />}
      <h2>All stories</h2>
      {stories.isPending ? <Loading label="Loading stories…" />
        : stories.isError ? <ErrorMessage error={stories.error} onRetry={() => void stories.refetch()} />
        : stories.data.stories.length === 0 ? <Empty>No stories yet: create one above and add its articles.</Empty>
        : (
          <ul className="grid" aria-label="Stories">
            {stories.data.stories.map((s) => {
              const progress = s.factCount ? Math.round((100 * s.reviewedCount) / s.factCount) : 0;
              return (
                <li key={s.id} className="card" style={{ listStyle: 'none' }}>
                  <h3 style={{ margin: 0 }}><Link to={`/stories/${s.id}`}>{s.title}</Link></h3>
                  <p className="muted">{s.articleCount} articles · {s.factCount} facts · <strong>{s.conflictCount} conflicts</strong></p>
                  <div className="progress" role="progressbar" aria-label={`Review progress of ${s.title}`} aria-valuemin={0} aria-valuemax={100} aria-valuenow={progress}>
                    <div style={{ width: `${progress}%` }} />
                  </div>
                  <p className="muted">{s.reviewedCount} of {s.factCount} facts reviewed</p>
                </li>
              );
            })}
          </ul>
        )}
      <ListHistory />
    </>
  );
}

const title = (v: unknown) => (v && typeof v === 'object' && 'title' in v ? String((v as { title: unknown }).title) : '');

function describe(e: HistoryEntry): string {
  if (e.action === 'story renamed') return `“${title(e.before)}” renamed “${title(e.after)}”`;
  if (e.action === 'story deleted') return `“${title(e.before)}” deleted`;
  return `“${title(e.after)}” created`;
}

/** What happened to the list itself: stories created, renamed and deleted, newest first. */
function ListHistory() {
  const history = useQuery(storyQueries.history());
  if (!history.data || history.data.entries.length === 0) return null;
  return (
    <details style={{ marginTop: '1.5rem' }}>
      <summary>Changes to this list ({history.data.entries.length})</summary>
      <ol aria-label="Changes to the list of stories">
        {history.data.entries.slice(0, 20).map((e) => (
          <li key={e.id}>{describe(e)} <span className="muted">by {e.actor ?? 'someone'} on {new Date(e.at).toLocaleString('en-GB')}</span></li>
        ))}
      </ol>
    </details>
  );
}

function CreateStoryForm() {
  const [title, setTitle] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const client = useQueryClient();
  const navigate = useNavigate();
  const create = useMutation({
    mutationFn: createStory,
    onSuccess: async (story) => {
      await client.invalidateQueries({ queryKey: storyQueries.all() });
      void navigate(`/stories/${story.id}/add`);
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!title.trim()) {
      setProblem('Give the story a title.');
      return;
    }
    setProblem(null);
    create.mutate({ title: title.trim() });
  };
  return (
    <form onSubmit={submit} className="card row" aria-label="Create a story" noValidate>
      <div className="field" style={{ flex: 1 }}>
        <label htmlFor="story-title">New story title</label>
        <input id="story-title" value={title} onChange={(e) => setTitle(e.target.value)} aria-invalid={problem ? true : undefined} aria-describedby={problem ? 'story-title-problem' : undefined} style={{ width: '100%' }} />
        {problem && <p id="story-title-problem" className="error-text" role="alert">{problem}</p>}
      </div>
      <button type="submit" disabled={create.isPending}>{create.isPending ? 'Creating…' : 'Create story'}</button>
      {create.isError && <ErrorMessage error={create.error} />}
    </form>
  );
}
