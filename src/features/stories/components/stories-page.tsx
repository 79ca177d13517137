import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';

import { Empty, ErrorMessage, Loading } from '../../../components/ui/query-state';
import { createStory, storyQueries } from '../api/queries';

export function StoriesPage() {
  const stories = useQuery(storyQueries.list());
  return (
    <>
      <h1>Stories</h1>
      <CreateStoryForm />
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
    </>
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
