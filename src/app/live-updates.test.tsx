import { QueryClient } from '@tanstack/react-query';
import { act, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { factDetailSchema, factListSchema, reviewSchema, storySchema, type FactDetail, type FactList, type LiveEvent } from '../contract/api';
import { FactPage } from '../features/fact-review/components/fact-page';
import { teamApp, teamHandlers, type TeamMember } from '../testing/mocks/handlers/team-handlers';
import { server } from '../testing/mocks/node';
import { renderWithClient } from '../testing/render';

import { applyLiveEvent } from './apply-live-event';

let storyId = '';
let factId = '';

/** A request as a team member's own dashboard would send it (the server records who from the cookie). */
async function as(who: TeamMember, method: string, path: string, body?: unknown) {
  const { app, cookie } = await teamApp();
  return app.request(path, {
    method, headers: { Cookie: await cookie(who), 'Sec-Fetch-Site': 'same-origin', 'Content-Type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body),
  });
}
const readFact = async () => factDetailSchema.parse(await (await as('vic', 'GET', `/api/facts/${factId}`)).json());
/** Ana saves a review from her own dashboard; resolves with the live event every other dashboard receives. */
async function anaSaves(review: { status: string; note: string }): Promise<LiveEvent> {
  const { events } = await teamApp();
  const res = await as('ana', 'PUT', `/api/facts/${factId}/review`, { ...review, version: (await readFact()).review.version });
  expect(res.status).toBe(200);
  const event = events.at(-1);
  expect(event).toMatchObject({ type: 'review', factId, review: { reviewer: 'ana', status: review.status } });
  return event as LiveEvent;
}

beforeAll(async () => {
  const stories = (await (await as('vic', 'GET', '/api/stories')).json()) as { stories: unknown[] };
  storyId = storySchema.parse(stories.stories[0]).id;
  const list = factListSchema.parse(await (await as('vic', 'GET', `/api/stories/${storyId}/facts`)).json());
  // Found by its figures, never by label: the Bulgarian contingent reported as 100 and as 120 soldiers.
  factId = list.facts.find((f) => f.reported.some((r) => r.number === 100) && f.reported.some((r) => r.number === 120))?.id ?? '';
  expect(factId).not.toBe('');
}, 30_000);

describe('live updates on an open fact page (team mode, two reviewers)', () => {
  beforeEach(async () => {
    // Bo's dashboard: every request goes to the team app signed in as bo.
    server.use(...(await teamHandlers('bo')));
  });

  const openAsBo = async () => {
    const rendered = renderWithClient(<FactPage storyId={storyId} factId={factId} />);
    await screen.findByRole('article', { name: /European Western Balkans: 100 soldiers/ });
    return rendered;
  };

  it("shows another reviewer's save at once on an untouched form: status, who saved it, the history", async () => {
    const { queryClient } = await openAsBo();
    expect(screen.queryByLabelText('Your name')).toBeNull();
    const event = await anaSaves({ status: 'verified', note: 'checked with the ministry' });
    await act(async () => applyLiveEvent(queryClient, event));
    await waitFor(() => expect(screen.getByRole('radio', { name: /Verified/ })).toBeChecked());
    expect(screen.getByLabelText('Note')).toHaveValue('checked with the ministry');
    expect(screen.getByText(/saved by/)).toHaveTextContent(/saved by ana/);
    expect(within(screen.getByRole('list', { name: 'History' })).getAllByText(/review saved/)[0]?.closest('li')).toHaveTextContent('by ana');
    expect(screen.queryByText(/changed this fact while you were working/)).toBeNull();
  });

  it('keeps what the reviewer typed when another save overtakes the form, says who, and applies it again on request', async () => {
    const { user, queryClient } = await openAsBo();
    await user.click(screen.getByRole('radio', { name: /Disputed/ }));
    await user.clear(screen.getByLabelText('Note'));
    await user.type(screen.getByLabelText('Note'), 'bo thinks two rotations');
    const event = await anaSaves({ status: 'dismissed', note: 'ana: not a real conflict' });
    await act(async () => applyLiveEvent(queryClient, event));
    const alert = (await screen.findByText(/changed this fact while you were working/)).closest('[role=alert]') as HTMLElement;
    expect(alert).toHaveTextContent('ana changed this fact');
    expect(alert).toHaveTextContent('ana: not a real conflict');
    expect(screen.getByLabelText('Note')).toHaveValue('bo thinks two rotations');
    expect(screen.getByRole('radio', { name: /Disputed/ })).toBeChecked();
    await user.click(within(alert).getByRole('button', { name: 'Apply mine again' }));
    expect(await screen.findByText(/Saved \(version \d+\)/, { selector: '[role=status]' })).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByText(/changed this fact while you were working/)).toBeNull());
    expect((await readFact()).review).toMatchObject({ status: 'disputed', note: 'bo thinks two rotations', reviewer: 'bo' });
  });

  it('without the live update, the save answers 409 and the form shows who won, keeping the draft', async () => {
    const { user } = await openAsBo();
    await user.click(screen.getByRole('radio', { name: /Verified/ }));
    await user.clear(screen.getByLabelText('Note'));
    await user.type(screen.getByLabelText('Note'), 'bo was first?');
    await anaSaves({ status: 'open', note: 'ana reopened it' });
    await user.click(screen.getByRole('button', { name: 'Save review' }));
    expect(await screen.findByText(/Not saved: someone else changed this fact/, { selector: '[role=status]' })).toBeInTheDocument();
    expect(screen.getByText(/changed this fact while you were working/).closest('[role=alert]')).toHaveTextContent('ana changed this fact');
    expect(screen.getByLabelText('Note')).toHaveValue('bo was first?');
    expect((await readFact()).review).toMatchObject({ note: 'ana reopened it', reviewer: 'ana' });
  });
});

describe('applyLiveEvent', () => {
  const review = (version: number, status: 'open' | 'verified' = 'verified') => reviewSchema.parse({ status, reason: null, value: null, rightClaimIds: [], note: '', reviewer: 'ana', version, updatedAt: '2026-01-01T00:00:00Z' });
  const entry = { id: '99', at: '2026-01-01T00:00:00Z', actor: 'ana', action: 'review saved', entity: 'review' as const, entityId: 'f-1', before: null, after: null };
  async function cached() {
    const client = new QueryClient();
    const detail = await readFact();
    const list = factListSchema.parse(await (await as('vic', 'GET', `/api/stories/${storyId}/facts`)).json());
    client.setQueryData(['facts', 'detail', factId], detail);
    client.setQueryData(['facts', storyId, 'list', {}], list);
    return { client, detail };
  }

  it('writes a newer review into the fact page and its list row, and prepends its history entry', async () => {
    const { client, detail } = await cached();
    const v = detail.review.version + 1;
    applyLiveEvent(client, { type: 'review', storyId, factId, review: review(v), entry: { ...entry, entityId: factId } });
    expect(client.getQueryData<FactDetail>(['facts', 'detail', factId])?.review.version).toBe(v);
    expect(client.getQueryData<FactDetail>(['facts', 'detail', factId])?.history[0]?.id).toBe('99');
    expect(client.getQueryData<FactList>(['facts', storyId, 'list', {}])?.facts.find((f) => f.id === factId)?.review.version).toBe(v);
  });

  it('ignores a review no newer than what the page has (our own save got there first)', async () => {
    const { client, detail } = await cached();
    applyLiveEvent(client, { type: 'review', storyId, factId, review: review(detail.review.version, 'open'), entry });
    expect(client.getQueryData<FactDetail>(['facts', 'detail', factId])).toEqual(detail);
  });

  it('sets a mark on the claim of every open fact page holding it, and refetches facts after a move or an upload', async () => {
    const { client, detail } = await cached();
    const claimId = detail.claims[0]?.id as string;
    applyLiveEvent(client, { type: 'mark', storyId, claimId, mark: 'wrong', actor: 'ana' });
    expect(client.getQueryData<FactDetail>(['facts', 'detail', factId])?.claims[0]?.mark).toBe('wrong');
    applyLiveEvent(client, { type: 'facts', storyId, actor: 'ana', action: 'claim moved' });
    expect(client.getQueryState(['facts', storyId, 'list', {}])?.isInvalidated).toBe(true);
    expect(client.getQueryState(['facts', 'detail', factId])?.isInvalidated).toBe(true);
    client.setQueryData(['facts', 'other-story', 'list', {}], { facts: [], total: 0 });
    applyLiveEvent(client, { type: 'facts', storyId: 'st-elsewhere', actor: 'ana', action: 'articles added' });
    expect(client.getQueryState(['facts', 'other-story', 'list', {}])?.isInvalidated).toBe(false);
  });
});
