import { screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';

import { factListSchema, storySchema, type FactSummary } from '../../../contract/api';
import { seriousViolations } from '../../../testing/axe';
import { mockApp } from '../../../testing/mocks/handlers/api-handlers';
import { renderWithClient } from '../../../testing/render';

import { StoryOverview } from './story-overview';

let kfor = '';
let facts: FactSummary[] = [];
beforeAll(async () => {
  const app = await mockApp();
  const stories = (await (await app.request('/api/stories')).json()) as { stories: unknown[] };
  kfor = storySchema.parse(stories.stories[0]).id;
  facts = factListSchema.parse(await (await app.request(`/api/stories/${kfor}/facts`)).json()).facts;
}, 30_000);

/** A story of its own for the tests that change or delete one. */
async function freshStory(title: string): Promise<string> {
  const app = await mockApp();
  const story = storySchema.parse(await (await app.request('/api/stories', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ title }) })).json());
  const article = { title: `${title} report`, outlet: 'Test Wire', published: '2024-05-02', text: 'At least 45 people died and up to 2,000 residents were evacuated, officials said.\n' };
  await app.request(`/api/stories/${story.id}/articles`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(article) });
  return story.id;
}

const renderOverview = (storyId: string) => renderWithClient(<StoryOverview storyId={storyId} />, { route: `/stories/${storyId}`, path: '/stories/:storyId' });

describe('StoryOverview', () => {
  it('lists the conflicts and changes first, one line each, values side by side as written with outlet and date', async () => {
    const { container } = renderOverview(kfor);
    const list = await screen.findByRole('list', { name: 'Conflicts and changes over time' }, { timeout: 15_000 });
    const bulgaria = facts.find((f) => f.reported.some((r) => r.number === 100) && f.reported.some((r) => r.number === 120));
    const line = within(list).getAllByRole('listitem').find((li) => within(li).queryByRole('link', { name: bulgaria?.label }));
    expect(line).toHaveTextContent('100 soldiers (European Western Balkans, 21 Mar 2024)');
    expect(line).toHaveTextContent('120 soldiers (outlet not given, Dec 2024)');
    expect(within(line as HTMLElement).getByRole('link', { name: bulgaria?.label })).toHaveAttribute('href', `/stories/${kfor}/facts/${bulgaria?.id}`);
    expect(list.textContent).not.toMatch(/unknown/);
    expect(within(list).getAllByRole('listitem')).toHaveLength(facts.filter((f) => f.assessment === 'conflict' || f.assessment === 'changed-over-time').length);
    const progress = screen.getByRole('heading', { name: 'Review progress' });
    expect(list.compareDocumentPosition(progress) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(await seriousViolations(container)).toEqual([]);
  });

  it('charts the values each source reported, as written, not the interval bounds', async () => {
    renderOverview(kfor);
    const table = await screen.findByRole('table', { name: /one dot per claim, coloured by outlet/ }, { timeout: 15_000 });
    expect(table).toHaveTextContent('about 39,000 personnel (European Western Balkans, 2002)');
    expect(table.textContent).not.toMatch(/35,100|42,900|35100|42900/);
  });

  it('renames the story in place', async () => {
    const id = await freshStory('Quake');
    const { user } = renderOverview(id);
    await screen.findByRole('heading', { level: 1, name: 'Quake' }, { timeout: 15_000 });
    await user.click(screen.getByRole('button', { name: 'Rename' }));
    const input = screen.getByLabelText('Story title');
    expect(input).toHaveFocus();
    await user.clear(input);
    await user.type(input, 'Quake death toll');
    await user.click(screen.getByRole('button', { name: 'Save title' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Quake death toll' })).toBeInTheDocument();
    const stored = storySchema.parse(await (await (await mockApp()).request(`/api/stories/${id}`)).json());
    expect(stored.title).toBe('Quake death toll');
  });

  it('deletes the story only after a confirmation that says what goes with it', async () => {
    const id = await freshStory('Flood');
    const { user } = renderOverview(id);
    await screen.findByRole('heading', { level: 1, name: 'Flood' }, { timeout: 15_000 });
    await user.click(screen.getByRole('button', { name: 'Delete story…' }));
    const confirm = screen.getByRole('group', { name: /Delete “Flood”\?/ });
    expect(confirm).toHaveTextContent('Its 1 articles');
    expect(within(confirm).getByRole('button', { name: 'Delete for good' })).toHaveFocus();
    await user.click(within(confirm).getByRole('button', { name: 'Keep the story' }));
    expect(screen.queryByRole('group', { name: /Delete/ })).toBeNull();
    expect((await (await mockApp()).request(`/api/stories/${id}`)).status).toBe(200);
    await user.click(screen.getByRole('button', { name: 'Delete story…' }));
    await user.click(screen.getByRole('button', { name: 'Delete for good' }));
    expect(await screen.findByText('navigated away')).toBeInTheDocument();
    await waitFor(async () => expect((await (await mockApp()).request(`/api/stories/${id}`)).status).toBe(404));
  });
});
