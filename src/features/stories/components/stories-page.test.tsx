import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';

import type { Story } from '../../../contract/api';
import { seriousViolations } from '../../../testing/axe';
import { mockApp } from '../../../testing/mocks/handlers/api-handlers';
import { server } from '../../../testing/mocks/node';
import { renderWithClient } from '../../../testing/render';

import { StoriesPage } from './stories-page';

describe('StoriesPage', () => {
  it('lists the stories with their conflicts and review progress', async () => {
    const { container } = renderWithClient(<StoriesPage />);
    const link = await screen.findByRole('link', { name: 'KFOR troop figures' }, { timeout: 15_000 });
    const card = link.closest('li') as HTMLElement;
    expect(within(card).getByText(/5 articles/)).toBeInTheDocument();
    const stories = (await (await (await mockApp()).request('/api/stories')).json()) as { stories: Story[] };
    const kfor = stories.stories.find((s) => s.title === 'KFOR troop figures');
    expect(within(card).getByText(new RegExp(`${kfor?.conflictCount} conflicts`))).toBeInTheDocument();
    expect(within(card).getByRole('progressbar')).toHaveAttribute('aria-valuenow', '0');
    expect(await seriousViolations(container)).toEqual([]);
  });

  it('asks for a title before creating a story', async () => {
    const { user } = renderWithClient(<StoriesPage />);
    await user.click(screen.getByRole('button', { name: 'Create story' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Give the story a title.');
  });

  it('creates a story and opens its add-articles page', async () => {
    const { user } = renderWithClient(<StoriesPage />, { path: '/', route: '/' });
    await user.type(screen.getByLabelText('New story title'), 'Flood death toll');
    await user.click(screen.getByRole('button', { name: 'Create story' }));
    expect(await screen.findByText('navigated away', {}, { timeout: 15_000 })).toBeInTheDocument();
  });

  it('shows an error with a retry when the server fails', async () => {
    // Scenario: the stories endpoint answers 500.
    server.use(http.get('*/api/stories', () => HttpResponse.json({ error: { code: 'internal', message: 'database is down' } }, { status: 500 })));
    const { user } = renderWithClient(<StoriesPage />);
    expect(await screen.findByText('database is down')).toBeInTheDocument();
    server.resetHandlers();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('link', { name: 'KFOR troop figures' }, { timeout: 15_000 })).toBeInTheDocument();
  });

  it('keeps a record of the stories deleted from the list', async () => {
    const app = await mockApp();
    const json = { 'Content-Type': 'application/json' };
    const created = (await (await app.request('/api/stories', { method: 'POST', headers: json, body: JSON.stringify({ title: 'Short-lived story' }) })).json()) as Story;
    expect((await app.request(`/api/stories/${created.id}`, { method: 'DELETE' })).status).toBe(200);
    const { user } = renderWithClient(<StoriesPage />);
    await screen.findByRole('link', { name: 'KFOR troop figures' }, { timeout: 15_000 });
    expect(screen.queryByRole('link', { name: 'Short-lived story' })).toBeNull();
    await user.click(await screen.findByText(/Changes to this list/));
    const changes = screen.getByRole('list', { name: 'Changes to the list of stories' });
    expect(within(changes).getAllByRole('listitem')[0]).toHaveTextContent('“Short-lived story” deleted');
  });
});
