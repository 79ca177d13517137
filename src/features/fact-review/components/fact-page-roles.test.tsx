import { screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';

import { factDetailSchema, factListSchema, storySchema } from '../../../contract/api';
import { seriousViolations } from '../../../testing/axe';
import { teamApp, teamHandlers, type TeamMember } from '../../../testing/mocks/handlers/team-handlers';
import { server } from '../../../testing/mocks/node';
import { renderWithClient } from '../../../testing/render';

import { FactPage } from './fact-page';

let storyId = '';
let factId = '';

async function get(who: TeamMember, path: string): Promise<unknown> {
  const { app, cookie } = await teamApp();
  return (await app.request(path, { headers: { Cookie: await cookie(who) } })).json();
}

beforeAll(async () => {
  storyId = storySchema.parse(((await get('vic', '/api/stories')) as { stories: unknown[] }).stories[0]).id;
  const list = factListSchema.parse(await get('vic', `/api/stories/${storyId}/facts`));
  // Found by its figures: the Bulgarian contingent reported as 100 and as 120 soldiers.
  factId = list.facts.find((f) => f.reported.some((r) => r.number === 100) && f.reported.some((r) => r.number === 120))?.id ?? '';
}, 30_000);

const renderAs = async (who: TeamMember) => {
  server.use(...(await teamHandlers(who)));
  const rendered = renderWithClient(<FactPage storyId={storyId} factId={factId} />);
  await screen.findByRole('article', { name: /European Western Balkans: 100 soldiers/ });
  return rendered;
};

describe('FactPage by role (team mode)', () => {
  it('shows a viewer the claims and the review, but no review, mark or move controls', async () => {
    const { container } = await renderAs('vic');
    expect(screen.getByRole('heading', { name: 'Review' })).toBeInTheDocument();
    expect(screen.getByText(/signed in as a viewer/)).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Reconcile' })).toBeNull();
    expect(screen.queryAllByRole('radio')).toEqual([]);
    expect(screen.queryByRole('button', { name: /Save/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Move…' })).toBeNull();
    expect(screen.queryByRole('combobox', { name: /Mark claim/ })).toBeNull();
    expect(screen.queryByLabelText('Your name')).toBeNull();
    // The values are there to read.
    expect(within(screen.getByRole('article', { name: /European Western Balkans/ })).getByText('100 soldiers', { selector: '.value' })).toBeInTheDocument();
    expect(await seriousViolations(container)).toEqual([]);
  });

  it('gives a reviewer the controls without a name field, and the server records the signed-in reviewer', async () => {
    const { user } = await renderAs('ana');
    expect(screen.getAllByRole('button', { name: 'Move…' }).length).toBeGreaterThan(0);
    expect(screen.getAllByRole('combobox', { name: /Mark claim/ }).length).toBeGreaterThan(0);
    expect(screen.queryByLabelText('Your name')).toBeNull();
    await user.click(screen.getByRole('radio', { name: /Dismissed/ }));
    await user.click(screen.getByRole('button', { name: 'Save review' }));
    expect(await screen.findByText(/Saved \(version \d+\)/, { selector: '[role=status]' })).toBeInTheDocument();
    const fact = factDetailSchema.parse(await get('vic', `/api/facts/${factId}`));
    expect(fact.review).toMatchObject({ status: 'dismissed', reviewer: 'ana' });
    expect(await screen.findByText(/saved by/)).toHaveTextContent('saved by ana');
  });
});
