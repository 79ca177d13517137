import { screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';

import { storySchema } from '../../../contract/api';
import { mockApp } from '../../../testing/mocks/handlers/api-handlers';
import { renderWithClient } from '../../../testing/render';

import { FactsPage } from './facts-page';

let storyId = '';
beforeAll(async () => {
  const stories = (await (await (await mockApp()).request('/api/stories')).json()) as { stories: unknown[] };
  storyId = storySchema.parse(stories.stories[0]).id;
}, 30_000);

describe('FactsPage', () => {
  it('puts conflicts first and filters by text and assessment from the URL', async () => {
    const { user } = renderWithClient(<FactsPage storyId={storyId} />, { route: `/stories/${storyId}/facts`, path: '/stories/:storyId/facts' });
    const list = await screen.findByRole('listbox', { name: 'Facts' });
    const options = within(list).getAllByRole('option');
    expect(options[0]).toHaveTextContent(/Conflict|Changed over time/);
    await user.type(screen.getByLabelText('Search'), 'bulgaria');
    expect(await within(list).findAllByRole('option')).toHaveLength(1);
    expect(within(list).getByRole('option')).toHaveTextContent(/Bulgarian soldiers/);
  });

  it('shows only the facts of the assessment in the URL, and an empty state when none match', async () => {
    renderWithClient(<FactsPage storyId={storyId} />, { route: `/stories/${storyId}/facts?assessment=consistent&q=zzz`, path: '/stories/:storyId/facts' });
    expect(await screen.findByText('No fact matches these filters.')).toBeInTheDocument();
  });

  it('moves with j/k and opens the selected fact with Enter', async () => {
    const { user } = renderWithClient(<FactsPage storyId={storyId} />, { route: `/stories/${storyId}/facts`, path: '/stories/:storyId/facts' });
    const list = await screen.findByRole('listbox', { name: 'Facts' });
    list.focus();
    expect(within(list).getAllByRole('option')[0]).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('j');
    expect(within(list).getAllByRole('option')[1]).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('k');
    expect(within(list).getAllByRole('option')[0]).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{Enter}');
    expect(await screen.findByText('navigated away')).toBeInTheDocument();
  });
});
