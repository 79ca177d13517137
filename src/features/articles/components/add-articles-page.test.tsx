import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';

import { storySchema, type AddArticlesResponse } from '../../../contract/api';
import { seriousViolations } from '../../../testing/axe';
import { mockApp } from '../../../testing/mocks/handlers/api-handlers';
import { server } from '../../../testing/mocks/node';
import { renderWithClient } from '../../../testing/render';

import { AddArticlesPage } from './add-articles-page';

const renderPage = () => renderWithClient(<AddArticlesPage storyId="st-any" />);

describe('AddArticlesPage: add from a URL', () => {
  it('asks for a web address before sending anything', async () => {
    let sent = 0;
    // Scenario: count what reaches the server.
    server.use(http.post('*/api/stories/:id/articles', () => {
      sent += 1;
      return HttpResponse.json({ error: { code: 'internal', message: 'should not be called' } }, { status: 500 });
    }));
    const { user, container } = renderPage();
    await user.type(screen.getByLabelText('Page address'), 'ftp://example.org/a');
    await user.click(screen.getByRole('button', { name: 'Fetch and add' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('starting with http:// or https://');
    expect(sent).toBe(0);
    expect(await seriousViolations(container)).toEqual([]);
  });

  it('shows the server\'s reason when a page cannot be added (the real API refuses loopback addresses)', async () => {
    const stories = (await (await (await mockApp()).request('/api/stories')).json()) as { stories: unknown[] };
    const { user } = renderWithClient(<AddArticlesPage storyId={storySchema.parse(stories.stories[0]).id} />);
    await user.type(screen.getByLabelText('Page address'), 'http://127.0.0.1:9/article');
    await user.click(screen.getByRole('button', { name: 'Fetch and add' }));
    const alert = await screen.findByText(/private or loopback address/, {}, { timeout: 15_000 });
    expect(alert).toHaveTextContent('http://127.0.0.1:9/article');
  });

  it('sends the URL and links to the figures of the article added', async () => {
    let body: unknown = null;
    const added: AddArticlesResponse = {
      articles: [{ id: 'a-1', storyId: 'st-any', sourceId: 's-1', file: 'news.example/a', title: 'Flood <b>toll</b>', outlet: 'news.example', published: '2024-06-03', url: 'https://news.example/a', claimCount: 2, createdAt: '2024-06-03T10:00:00Z' }],
      errors: [],
    };
    // Scenario: the server fetched the page and added it.
    server.use(http.post('*/api/stories/:id/articles', async ({ request }) => {
      body = await request.json();
      return HttpResponse.json(added, { status: 201 });
    }));
    const { user, container } = renderPage();
    await user.type(screen.getByLabelText('Page address'), ' https://news.example/a ');
    await user.click(screen.getByRole('button', { name: 'Fetch and add' }));
    expect(await screen.findByText(/Added “Flood <b>toll<\/b>” \(news\.example\) with 2 figures/)).toBeInTheDocument();
    expect(body).toEqual({ url: 'https://news.example/a' });
    expect(screen.getByRole('link', { name: 'See its figures' })).toHaveAttribute('href', '/stories/st-any/articles/a-1');
    expect(container.querySelector('b')).toBeNull();
    expect(screen.getByLabelText('Page address')).toHaveValue('');
  });
});
