import { screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';

import { factListSchema, LIMITS, storySchema } from '../../../contract/api';
import { mockApp } from '../../../testing/mocks/handlers/api-handlers';
import { renderWithClient } from '../../../testing/render';

import { FactPage } from './fact-page';

let storyId = '';
let factId = '';

/** Forty reports of one contingent from four outlets: a fact larger than a page. */
beforeAll(async () => {
  const app = await mockApp();
  const post = (path: string, body: unknown) => app.request(path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  storyId = storySchema.parse(await (await post('/api/stories', { title: 'Many reports' })).json()).id;
  const articles = Array.from({ length: 40 }, (_, i) => ({
    title: `Report ${i}`, outlet: `Wire ${i % 4}`, published: '2024-05-02', text: `Romania sent ${i % 5 === 0 ? 250 : 200} soldiers to the mission, dispatch ${i} said.\n`,
  }));
  expect((await post(`/api/stories/${storyId}/articles`, { articles })).status).toBe(201);
  const list = factListSchema.parse(await (await app.request(`/api/stories/${storyId}/facts?sort=claims`)).json());
  factId = list.facts[0]?.id as string;
  expect(list.facts[0]?.claimCount).toBe(40);
}, 30_000);

describe('FactPage of a fact with more claims than a page', () => {
  it('counts every claim by value and outlet, and shows the rest of the claims when asked', async () => {
    const { user } = renderWithClient(<FactPage storyId={storyId} factId={factId} />);
    const groups = await screen.findByRole('table', { name: /40 claims in \d+ groups/ });
    const counts = within(groups).getAllByRole('row').slice(1).map((row) => Number(within(row).getAllByRole('cell').at(-1)?.textContent));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(40);
    expect(screen.getByText(`${LIMITS.claimPage} of 40 claims, with their quotes.`)).toBeInTheDocument();
    const quotes = () => screen.getAllByRole('region', { name: /^Claim / }).length;
    expect(quotes()).toBe(LIMITS.claimPage);
    await user.click(screen.getByRole('button', { name: /Show 15 more claims \(15 not shown\)/ }));
    await waitFor(() => expect(quotes()).toBe(40));
    expect(screen.queryByRole('button', { name: /more claims/ })).toBeNull();
    // The review form can name any claim loaded so far as right.
    expect(within(screen.getByRole('group', { name: 'Claims that are right' })).getAllByRole('checkbox')).toHaveLength(40);
  });
});
