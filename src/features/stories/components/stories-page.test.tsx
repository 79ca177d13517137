import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';

import { seriousViolations } from '../../../testing/axe';
import { server } from '../../../testing/mocks/node';
import { renderWithClient } from '../../../testing/render';

import { StoriesPage } from './stories-page';

describe('StoriesPage', () => {
  it('lists the stories with their conflicts and review progress', async () => {
    const { container } = renderWithClient(<StoriesPage />);
    const link = await screen.findByRole('link', { name: 'KFOR troop figures' }, { timeout: 15_000 });
    const card = link.closest('li') as HTMLElement;
    expect(within(card).getByText(/5 articles/)).toBeInTheDocument();
    expect(within(card).getByText(/1 conflicts/)).toBeInTheDocument();
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
});
