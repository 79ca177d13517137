import { act, screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';

import type { AddArticlesResponse } from '../contract/api';
import { AddArticlesPage } from '../features/articles/components/add-articles-page';
import { server } from '../testing/mocks/node';
import { renderWithClient } from '../testing/render';

import { applyLiveEvent } from './apply-live-event';

const renderPage = () => renderWithClient(<AddArticlesPage storyId="st-any" />);

describe('AddArticlesPage: upload progress', () => {
  it("shows the files being sent, then the server's own progress from the live events of this upload", async () => {
    let uploadId = '';
    let release: () => void = () => undefined;
    const answered = new Promise<void>((resolve) => {
      release = resolve;
    });
    const added: AddArticlesResponse = {
      articles: [{ id: 'a-9', storyId: 'st-any', sourceId: 's-9', file: 'one.md', title: 'One', outlet: 'Wire', published: '2024-06-03', url: null, claimCount: 3, createdAt: '2024-06-03T10:00:00Z' }],
      errors: [],
    };
    // Scenario: the server holds the upload until the test has seen its progress.
    server.use(http.post('*/api/stories/:id/articles', async ({ request }) => {
      uploadId = new URL(request.url).searchParams.get('uploadId') ?? '';
      await answered;
      return HttpResponse.json(added, { status: 201 });
    }));
    const { user, queryClient } = renderPage();
    await user.upload(screen.getByLabelText('Files'), new File(['---\ntitle: One\n---\nPoland sent 300 soldiers.\n'], 'one.md', { type: 'text/markdown' }));
    await user.click(screen.getByRole('button', { name: /Upload 1 file/ }));
    await waitFor(() => expect(uploadId).toMatch(/^[0-9a-f]{24}$/));
    act(() => applyLiveEvent(queryClient, { type: 'upload', storyId: 'st-any', uploadId, phase: 'analysing', done: 0, total: 1 }));
    expect(await screen.findByText('Reading and analysing: 0 of 1 file', { selector: 'p' })).toBeInTheDocument();
    act(() => applyLiveEvent(queryClient, { type: 'upload', storyId: 'st-any', uploadId, phase: 'grouping', done: 1, total: 1 }));
    expect(await screen.findByText("Grouping the story's figures into facts…", { selector: 'p' })).toBeInTheDocument();
    release();
    expect(await screen.findByText(/Added “One” \(3 figures\)/)).toBeInTheDocument();
    expect(screen.queryByRole('progressbar')).toBeNull();
  });
});
