import { screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';

import { factListSchema, storySchema, type FactSummary } from '../../../contract/api';
import { seriousViolations } from '../../../testing/axe';
import { mockApp } from '../../../testing/mocks/handlers/api-handlers';
import { renderWithClient } from '../../../testing/render';

import { FactsPage } from './facts-page';

let storyId = '';
let facts: FactSummary[] = [];
beforeAll(async () => {
  const app = await mockApp();
  const stories = (await (await app.request('/api/stories')).json()) as { stories: unknown[] };
  storyId = storySchema.parse(stories.stories[0]).id;
  facts = factListSchema.parse(await (await app.request(`/api/stories/${storyId}/facts`)).json()).facts;
}, 30_000);

const renderList = (query = '') => renderWithClient(<FactsPage storyId={storyId} />, { route: `/stories/${storyId}/facts${query}`, path: '/stories/:storyId/facts' });
const holds = (f: FactSummary, n: number) => f.reported.some((r) => r.number === n);

describe('FactsPage', () => {
  it('lists every fact as a real link to its page, discrepancies first', async () => {
    const { container } = renderList();
    const list = await screen.findByRole('list', { name: 'Facts' });
    const links = within(list).getAllByRole('link');
    expect(links).toHaveLength(facts.length);
    expect(links[0]).toHaveTextContent(/Conflict|Changed over time/);
    const bulgaria = facts.find((f) => holds(f, 100) && holds(f, 120));
    const row = links.find((l) => l.getAttribute('href') === `/stories/${storyId}/facts/${bulgaria?.id}`);
    expect(row).toHaveTextContent('100 soldiers');
    expect(row).toHaveTextContent('120 soldiers');
    expect(await seriousViolations(container)).toEqual([]);
  });

  it('shows the values as the sources wrote them, never the derived interval', async () => {
    renderList();
    const list = await screen.findByRole('list', { name: 'Facts' });
    const strength = facts.find((f) => holds(f, 39000));
    const row = within(list).getAllByRole('link').find((l) => l.getAttribute('href')?.endsWith(`/${strength?.id}`));
    expect(row).toHaveTextContent('about 39,000 personnel');
    expect(row?.textContent).not.toMatch(/35,100|42,900/);
  });

  it('filters by text, values as written included', async () => {
    const { user } = renderList();
    const list = await screen.findByRole('list', { name: 'Facts' });
    await user.type(screen.getByLabelText('Search'), '39,000 personnel');
    const links = await within(list).findAllByRole('link');
    expect(links.length).toBeGreaterThan(0);
    expect(links.every((l) => l.textContent?.includes('about 39,000 personnel'))).toBe(true);
  });

  it('shows only the facts of the assessment in the URL, and an empty state when none match', async () => {
    renderList('?assessment=consistent&q=zzz');
    expect(await screen.findByText('No fact matches these filters.')).toBeInTheDocument();
  });

  it('moves the focus with j/k and opens the focused fact with Enter', async () => {
    const { user } = renderList();
    const list = await screen.findByRole('list', { name: 'Facts' });
    const links = within(list).getAllByRole('link');
    expect(links[0]).toHaveAttribute('tabindex', '0');
    expect(links[1]).toHaveAttribute('tabindex', '-1');
    // Tab from the last filter lands on the list's one tabbable row.
    await user.click(screen.getByLabelText('Sort'));
    await user.keyboard('{Escape}');
    await user.tab();
    expect(links[0]).toHaveFocus();
    await user.keyboard('j');
    expect(within(list).getAllByRole('link')[1]).toHaveFocus();
    await user.keyboard('j');
    await user.keyboard('k');
    expect(within(list).getAllByRole('link')[1]).toHaveFocus();
    expect(within(list).getAllByRole('link')[1]).toHaveAttribute('aria-current', 'true');
    await user.keyboard('{Enter}');
    expect(await screen.findByText('navigated away')).toBeInTheDocument();
  });
});
