import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';

import { ErrorMessage } from '../../../components/ui/query-state';
import { addArticleFromUrl } from '../api/queries';

/** A fact-checker has a URL: the server fetches the page and reads its text, title, outlet and date. */
export function AddFromUrl({ storyId, onAdded }: { storyId: string; onAdded: () => Promise<unknown> }) {
  const [url, setUrl] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const add = useMutation({
    mutationFn: () => addArticleFromUrl(storyId, { url: url.trim() }),
    onSuccess: async () => {
      setUrl('');
      await onAdded();
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!/^https?:\/\/\S+$/i.test(url.trim())) {
      setProblem('Give the address of a web page, starting with http:// or https://.');
      return;
    }
    setProblem(null);
    add.mutate();
  };
  const added = add.data?.articles[0];
  return (
    <form className="card" onSubmit={submit} aria-labelledby="url-heading" noValidate>
      <h2 id="url-heading" style={{ marginTop: 0 }}>Add from a URL</h2>
      <p className="muted">The page is fetched by the server; its readable text, title, outlet and date are read from the page.</p>
      <div className="row" style={{ alignItems: 'flex-end' }}>
        <div className="field" style={{ flex: 1, minWidth: '16rem', margin: 0 }}>
          <label htmlFor="article-from-url">Page address</label>
          <input id="article-from-url" type="url" inputMode="url" placeholder="https://…" value={url} onChange={(e) => setUrl(e.target.value)} style={{ width: '100%' }}
            aria-invalid={problem ? true : undefined} aria-describedby={problem ? 'article-from-url-problem' : undefined} />
        </div>
        <button type="submit" disabled={add.isPending}>{add.isPending ? 'Fetching…' : 'Fetch and add'}</button>
      </div>
      {problem && <p id="article-from-url-problem" className="error-text" role="alert">{problem}</p>}
      {added && (
        <p role="status">Added “{added.title}” ({added.outlet}) with {added.claimCount} figures. <Link to={`/stories/${storyId}/articles/${added.id}`}>See its figures</Link></p>
      )}
      {add.isError && <ErrorMessage error={add.error} />}
    </form>
  );
}
