import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';

import { ErrorMessage } from '../../../components/ui/query-state';
import type { StoryDetail } from '../../../contract/api';
import { deleteStory, renameStory } from '../api/queries';

/** Rename the story in place, or (an admin) delete it after an explicit confirmation that says what goes with it. */
export function StoryActions({ story, canDelete = true }: { story: StoryDetail; canDelete?: boolean }) {
  const client = useQueryClient();
  const navigate = useNavigate();
  const [mode, setMode] = useState<'idle' | 'rename' | 'delete'>('idle');
  const [title, setTitle] = useState(story.title);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const titleRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (mode === 'delete') confirmRef.current?.focus();
    if (mode === 'rename') titleRef.current?.focus();
  }, [mode]);
  const rename = useMutation({
    mutationFn: () => renameStory(story.id, title.trim()),
    onSuccess: async () => {
      setMode('idle');
      await client.invalidateQueries({ queryKey: ['stories'] });
    },
  });
  const remove = useMutation({
    mutationFn: () => deleteStory(story.id),
    onSuccess: async (gone) => {
      client.removeQueries({ queryKey: ['stories', story.id] });
      client.removeQueries({ queryKey: ['facts', story.id] });
      await client.invalidateQueries({ queryKey: ['stories'] });
      void navigate('/', { state: { deleted: gone.title } });
    },
  });
  const submitRename = (e: FormEvent) => {
    e.preventDefault();
    if (title.trim()) rename.mutate();
  };
  if (mode === 'rename') {
    return (
      <form className="row card" onSubmit={submitRename} aria-label="Rename the story">
        <div className="field" style={{ flex: 1, margin: 0 }}>
          <label htmlFor="story-rename">Story title</label>
          <input id="story-rename" ref={titleRef} value={title} onChange={(e) => setTitle(e.target.value)} required maxLength={300} style={{ width: '100%' }} />
        </div>
        <button type="submit" disabled={rename.isPending || !title.trim()}>{rename.isPending ? 'Saving…' : 'Save title'}</button>
        <button type="button" className="secondary" onClick={() => { setTitle(story.title); setMode('idle'); }}>Cancel</button>
        {rename.isError && <ErrorMessage error={rename.error} />}
      </form>
    );
  }
  if (mode === 'delete') {
    return (
      <div className="error-box" role="group" aria-labelledby="delete-question">
        <p id="delete-question"><strong>Delete “{story.title}”?</strong> Its {story.articleCount} articles, {story.factCount} facts and every review go with it. This cannot be undone.</p>
        <div className="row">
          <button type="button" ref={confirmRef} className="danger" disabled={remove.isPending} onClick={() => remove.mutate()}>{remove.isPending ? 'Deleting…' : 'Delete for good'}</button>
          <button type="button" className="secondary" onClick={() => setMode('idle')}>Keep the story</button>
        </div>
        {remove.isError && <ErrorMessage error={remove.error} />}
      </div>
    );
  }
  return (
    <div className="row">
      <button type="button" className="secondary" onClick={() => setMode('rename')}>Rename</button>
      {canDelete && <button type="button" className="secondary" onClick={() => setMode('delete')}>Delete story…</button>}
    </div>
  );
}
