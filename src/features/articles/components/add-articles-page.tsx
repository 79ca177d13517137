import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { Link } from 'react-router';

import { ErrorMessage } from '../../../components/ui/query-state';
import { ApiRequestError } from '../../../lib/api-client';
import { can, useSession } from '../../../lib/session';
import { addArticle, uploadQueries } from '../api/queries';
import { newUploadId, uploadFiles, type FileMeta } from '../api/upload-files';

import { AddFromUrl } from './add-from-url';
import { UploadProgressBar } from './upload-progress';

const EMPTY = { title: '', outlet: '', published: '', url: '', text: '' };

/** Drafts survive a reload or a failed save: nothing typed is lost. */
function usePastedDraft(storyId: string) {
  const key = `tally:draft-article:${storyId}`;
  const [draft, setDraft] = useState<typeof EMPTY>(() => {
    try {
      return { ...EMPTY, ...(JSON.parse(sessionStorage.getItem(key) ?? '{}') as Partial<typeof EMPTY>) };
    } catch {
      return EMPTY;
    }
  });
  useEffect(() => sessionStorage.setItem(key, JSON.stringify(draft)), [key, draft]);
  return [draft, setDraft, () => { sessionStorage.removeItem(key); setDraft(EMPTY); }] as const;
}

function fileErrors(error: unknown): Array<{ file: string; message: string }> {
  const body = error instanceof ApiRequestError ? (error.body as { errors?: Array<{ file: string; message: string }> } | null) : null;
  return body?.errors ?? [];
}

export function AddArticlesPage({ storyId }: { storyId: string }) {
  const client = useQueryClient();
  const invalidate = () => Promise.all([client.invalidateQueries({ queryKey: ['stories'] }), client.invalidateQueries({ queryKey: ['facts'] })]);
  const [draft, setDraft, clearDraft] = usePastedDraft(storyId);
  const [progress, setProgress] = useState<number | null>(null);
  const [files, setFiles] = useState<File[]>([]);
  const [meta, setMeta] = useState<FileMeta>({});
  const setFileMeta = (name: string, key: 'outlet' | 'published', value: string) => setMeta({ ...meta, [name]: { ...meta[name], [key]: value } });
  const paste = useMutation({
    mutationFn: () => addArticle(storyId, { title: draft.title, outlet: draft.outlet || null, published: draft.published || null, url: draft.url || null, text: draft.text }),
    onSuccess: async () => { clearDraft(); await invalidate(); },
  });
  const [uploadId, setUploadId] = useState(newUploadId);
  const upload = useMutation({
    mutationFn: (id: string) => uploadFiles(storyId, files, setProgress, meta, id),
    onSuccess: async () => { setFiles([]); await invalidate(); },
  });
  // What the server has done with the files once they arrived: written here by the live events of this upload.
  const serverProgress = useQuery(uploadQueries.progress(uploadId));
  const field = (name: keyof typeof EMPTY) => ({ id: `article-${name}`, value: draft[name], onChange: (e: { target: { value: string } }) => setDraft({ ...draft, [name]: e.target.value }) });
  const submitPaste = (e: FormEvent) => { e.preventDefault(); paste.mutate(); };
  const submitFiles = (e: FormEvent) => {
    e.preventDefault();
    const id = newUploadId();
    setUploadId(id);
    setProgress(0);
    upload.mutate(id);
  };
  const session = useSession();
  if (session && !can(session, 'reviewer')) {
    return <p>You are signed in as a {session.role}: adding articles needs the reviewer role. <Link to={`/stories/${storyId}`}>Back to the story</Link></p>;
  }
  return (
    <>
      <p><Link to={`/stories/${storyId}`}>← Story overview</Link></p>
      <h1>Add articles</h1>
      <AddFromUrl storyId={storyId} onAdded={invalidate} />
      <div className="grid" style={{ marginTop: '1rem', gridTemplateColumns: 'repeat(auto-fit, minmax(340px, 1fr))' }}>
        <form className="card" onSubmit={submitFiles} aria-labelledby="upload-heading">
          <h2 id="upload-heading">Upload files</h2>
          <p className="muted">Markdown or text with front matter (title, outlet, published, url), plain .txt, or .html. Several at once.</p>
          <div className="field">
            <label htmlFor="article-files">Files</label>
            <input id="article-files" type="file" multiple accept=".md,.markdown,.txt,.html,.htm" onChange={(e) => setFiles([...(e.target.files ?? [])])} />
          </div>
          {files.length > 0 && (
            <table>
              <caption className="muted">Outlet and date for each file (leave blank to use the file's front matter)</caption>
              <thead><tr><th scope="col">File</th><th scope="col">Outlet</th><th scope="col">Published</th></tr></thead>
              <tbody>{files.map((f, i) => (
                <tr key={f.name}>
                  <td>{f.name}</td>
                  <td><input aria-label={`Outlet of ${f.name}`} value={meta[f.name]?.outlet ?? ''} onChange={(e) => setFileMeta(f.name, 'outlet', e.target.value)} id={`file-outlet-${i}`} style={{ width: '100%' }} /></td>
                  <td><input aria-label={`Published date of ${f.name}`} placeholder="YYYY-MM-DD" value={meta[f.name]?.published ?? ''} onChange={(e) => setFileMeta(f.name, 'published', e.target.value)} style={{ width: '100%' }} size={10} /></td>
                </tr>
              ))}</tbody>
            </table>
          )}
          <button type="submit" disabled={files.length === 0 || upload.isPending}>Upload {files.length || ''} file{files.length === 1 ? '' : 's'}</button>
          {progress !== null && upload.isPending && <UploadProgressBar sent={progress} server={serverProgress.data ?? null} />}
          {upload.isSuccess && <p role="status">Added {upload.data.articles.map((a) => `“${a.title}” (${a.claimCount} figures)`).join(', ')}.</p>}
          {upload.isError && (
            <>
              <ErrorMessage error={upload.error} />
              <ul aria-label="Files that could not be added">{fileErrors(upload.error).map((f) => <li key={f.file}><strong>{f.file}</strong>: {f.message}</li>)}</ul>
            </>
          )}
        </form>
        <form className="card" onSubmit={submitPaste} aria-labelledby="paste-heading">
          <h2 id="paste-heading">Paste an article</h2>
          <div className="field"><label htmlFor="article-title">Title</label><input required {...field('title')} /></div>
          <div className="field"><label htmlFor="article-outlet">Outlet</label><input {...field('outlet')} placeholder="the URL's site name if left blank" /></div>
          <div className="field"><label htmlFor="article-published">Published (YYYY, YYYY-MM or YYYY-MM-DD)</label><input pattern="\d{4}(-\d{2}(-\d{2})?)?" {...field('published')} /></div>
          <div className="field"><label htmlFor="article-url">URL</label><input type="url" {...field('url')} /></div>
          <div className="field"><label htmlFor="article-text">Text</label><textarea required rows={10} style={{ width: '100%' }} {...field('text')} /></div>
          <button type="submit" disabled={paste.isPending}>{paste.isPending ? 'Adding…' : 'Add article'}</button>
          {paste.isSuccess && <p role="status">Added “{paste.data.articles[0]?.title}” with {paste.data.articles[0]?.claimCount} figures. <Link to={`/stories/${storyId}/articles/${paste.data.articles[0]?.id}`}>See its figures</Link></p>}
          {paste.isError && <ErrorMessage error={paste.error} />}
        </form>
      </div>
    </>
  );
}
