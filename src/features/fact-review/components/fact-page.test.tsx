import { screen, waitFor, within } from '@testing-library/react';
import { delay, http, HttpResponse } from 'msw';
import { useParams } from 'react-router';
import { beforeAll, describe, expect, it } from 'vitest';

import { factDetailSchema, factListSchema, storySchema, type FactDetail } from '../../../contract/api';
import { seriousViolations } from '../../../testing/axe';
import { mockApp } from '../../../testing/mocks/handlers/api-handlers';
import { server } from '../../../testing/mocks/node';
import { renderWithClient } from '../../../testing/render';

import { FactPage } from './fact-page';

let storyId = '';
let factId = '';

beforeAll(async () => {
  const app = await mockApp();
  const stories = (await (await app.request('/api/stories')).json()) as { stories: unknown[] };
  storyId = storySchema.parse(stories.stories[0]).id;
  const list = factListSchema.parse(await (await app.request(`/api/stories/${storyId}/facts`)).json());
  // Found by its figures, never by label: the Bulgarian contingent reported as 100 and as 120 soldiers.
  factId = list.facts.find((f) => f.reported.some((r) => r.number === 100) && f.reported.some((r) => r.number === 120))?.id ?? '';
}, 30_000);

const renderFact = () => renderWithClient(<FactPage storyId={storyId} factId={factId} />);

/** The fact page on its route, as the app mounts it, so "Save and next" really changes fact. */
function RoutedFact() {
  const params = useParams();
  return <><p data-testid="at">{params.factId}</p><FactPage key={params.factId} storyId={params.storyId ?? ''} factId={params.factId ?? ''} /></>;
}
const renderRouted = () => renderWithClient(<RoutedFact />, { route: `/stories/${storyId}/facts/${factId}`, path: '/stories/:storyId/facts/:factId' });
const readFact = async (id: string) => factDetailSchema.parse(await (await (await mockApp()).request(`/api/facts/${id}`)).json());

describe('FactPage', () => {
  it('lines up 100 and 120 side by side with their outlets and highlighted quotes', async () => {
    const { container } = renderFact();
    await screen.findByRole('article', { name: /European Western Balkans: 100 soldiers/ });
    const ewb = screen.getByRole('article', { name: /European Western Balkans: 100/ });
    expect(within(ewb).getByText('100', { selector: 'mark' })).toBeInTheDocument();
    const other = screen.getByRole('article', { name: /outlet not given: 120 soldiers/ });
    expect(within(other).getAllByText('120', { selector: 'mark' }).length).toBeGreaterThan(0);
    expect(screen.getByText(/nine months apart/)).toBeInTheDocument();
    expect(await seriousViolations(container)).toEqual([]);
  });

  it('saves a review and shows the new status at once', async () => {
    const { user } = renderFact();
    await screen.findByRole('article', { name: /European Western Balkans: 100 soldiers/ });
    await user.click(screen.getByRole('radio', { name: 'Disputed' }));
    await user.selectOptions(screen.getByLabelText('Why sources differ'), 'different-time');
    await user.type(screen.getByLabelText('Note'), 'Two rotations');
    await user.type(screen.getByLabelText('Your name'), 'Ana');
    await user.click(screen.getByRole('button', { name: 'Save review' }));
    expect(await screen.findByText(/Saved \(version \d+\)/, { selector: '[role=status]' })).toBeInTheDocument();
    expect(localStorage.getItem('tally:reviewer')).toBe('Ana');
  });

  it('rolls the status back and keeps the typed note when saving fails', async () => {
    // Scenario: the review write fails with a server error.
    server.use(http.put('*/api/facts/:factId/review', async () => {
      await delay(50);
      return HttpResponse.json({ error: { code: 'internal', message: 'disk full' } }, { status: 500 });
    }));
    const { user } = renderFact();
    await screen.findByRole('article', { name: /European Western Balkans: 100 soldiers/ });
    const before = screen.getAllByText(/^(Open|Verified|Disputed|Dismissed)$/, { selector: '.badge' })[0]?.textContent;
    await user.click(screen.getByRole('radio', { name: 'Dismissed' }));
    await user.clear(screen.getByLabelText('Note'));
    await user.type(screen.getByLabelText('Note'), 'keep me');
    await user.click(screen.getByRole('button', { name: 'Save review' }));
    expect(await screen.findByText(/Not saved: disk full/, { selector: '[role=status]' })).toBeInTheDocument();
    expect(screen.getAllByText(/^(Open|Verified|Disputed|Dismissed)$/, { selector: '.badge' })[0]?.textContent).toBe(before);
    expect(screen.getByLabelText('Note')).toHaveValue('keep me');
  });

  it('shows what someone else changed on 409 and applies mine again with their version', async () => {
    const current = { status: 'verified', reason: 'rounding', value: 120, rightClaimIds: [], note: 'theirs', reviewer: 'Bo', version: 7, updatedAt: '2026-01-01T00:00:00Z' };
    const sent: number[] = [];
    // Scenario: another reviewer saved first, then our retry with their version succeeds.
    server.use(http.put('*/api/facts/:factId/review', async ({ request }) => {
      const body = (await request.json()) as { version: number };
      sent.push(body.version);
      if (body.version !== 7) return HttpResponse.json({ error: { code: 'conflict', message: 'changed' }, current }, { status: 409 });
      return HttpResponse.json({ ...current, status: 'disputed', note: 'mine', reviewer: null, version: 8 });
    }));
    const { user } = renderFact();
    await screen.findByRole('article', { name: /European Western Balkans: 100 soldiers/ });
    await user.click(screen.getByRole('radio', { name: 'Disputed' }));
    await user.type(screen.getByLabelText('Note'), 'mine');
    await user.click(screen.getByRole('button', { name: 'Save review' }));
    const alert = await screen.findByText(/changed this fact while you were working/);
    expect(alert.closest('[role=alert]')).toHaveTextContent('theirs');
    await user.click(screen.getByRole('button', { name: 'Apply mine again' }));
    await waitFor(() => expect(sent.at(-1)).toBe(7));
    expect(await screen.findByText(/Saved \(version 8\)/, { selector: '[role=status]' })).toBeInTheDocument();
  });

  it('shows a loading state on a slow network', async () => {
    // Scenario: the fact takes a while to arrive.
    server.use(http.get('*/api/facts/:factId', async () => {
      await delay(300);
      return HttpResponse.json({ error: { code: 'not_found', message: 'fact gone' } }, { status: 404 });
    }));
    renderFact();
    expect(screen.getByText('Loading the fact…')).toBeInTheDocument();
    expect(await screen.findByText('fact gone')).toBeInTheDocument();
  });

  it('shows hostile article text as text and runs nothing', async () => {
    const app = await mockApp();
    const detail = (await (await app.request(`/api/facts/${factId}`)).json()) as FactDetail;
    const hostile = '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2"> 100 soldiers';
    const first = detail.claims[0] as FactDetail['claims'][number];
    const at = hostile.indexOf('100');
    const claims = [{ ...first, quote: hostile, sentence: { start: 0, end: hostile.length }, start: at, end: at + 3, surface: '100', article: { ...first.article, title: '<b>bold</b>' } }];
    // Scenario: an article whose text carries markup.
    server.use(http.get('*/api/facts/:factId', () => HttpResponse.json({ ...detail, claims })));
    const { container } = renderFact();
    expect(await screen.findByText(/<script>window.__pwned = 1<\/script>/)).toBeInTheDocument();
    expect(container.querySelector('script, img, b')).toBeNull();
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('shows each value as written, the interval only as a detail beside it', async () => {
    renderFact();
    const ewb = await screen.findByRole('article', { name: /European Western Balkans: 100 soldiers/ });
    expect(within(ewb).getByText('100 soldiers', { selector: '.value' })).toBeInTheDocument();
    expect(within(ewb).getByText(/read as 100/, { selector: '.interval' })).toBeInTheDocument();
    expect(screen.queryByText(/unknown/i, { selector: 'h3' })).toBeNull();
  });

  it('suggests a value with its reasons and fills the form only when the reviewer uses it', async () => {
    const { user } = renderFact();
    const box = await screen.findByRole('region', { name: /Suggested value/ });
    expect(within(box).getByText('120 soldiers')).toBeInTheDocument();
    expect(within(box).getByRole('list', { name: 'Why this value' })).toHaveTextContent(/December 2024/);
    expect(box).toHaveTextContent('not a verdict');
    expect(screen.getByLabelText('Verified value')).toHaveValue('');
    await user.click(within(box).getByRole('button', { name: 'Use this suggestion' }));
    expect(screen.getByLabelText('Verified value')).toHaveValue('120');
    const right = screen.getByRole('group', { name: 'Claims that are right' });
    const ticked = within(right).getAllByRole('checkbox').filter((c) => (c as HTMLInputElement).checked);
    expect(ticked.length).toBeGreaterThan(0);
    expect(ticked.map((c) => c.closest('label')?.textContent?.trim().split(' — ')[0])).toEqual(ticked.map(() => '120 soldiers'));
    expect(within(box).getByRole('button', { name: 'Suggestion used' })).toBeDisabled();
  });

  it('sets the status from the keyboard, but not while typing a note', async () => {
    const { user } = renderFact();
    await screen.findByRole('article', { name: /European Western Balkans: 100 soldiers/ });
    await user.keyboard('d');
    expect(screen.getByRole('radio', { name: /Disputed/ })).toBeChecked();
    await user.keyboard('x');
    expect(screen.getByRole('radio', { name: /Dismissed/ })).toBeChecked();
    await user.type(screen.getByLabelText('Note'), 'v');
    expect(screen.getByRole('radio', { name: /Dismissed/ })).toBeChecked();
    expect((screen.getByLabelText('Note') as HTMLTextAreaElement).value).toMatch(/v$/);
    expect(screen.getByRole('radio', { name: /Verified/ })).toHaveAttribute('aria-keyshortcuts', 'v');
  });

  it('"Save and next" saves, then opens the next fact whose sources disagree and which is still open', async () => {
    const { user } = renderRouted();
    await screen.findByRole('article', { name: /European Western Balkans: 100 soldiers/ });
    await user.click(screen.getByRole('radio', { name: /Verified/ }));
    await user.click(screen.getByRole('button', { name: 'Save and next' }));
    await waitFor(() => expect(screen.getByTestId('at').textContent).not.toBe(factId), { timeout: 10_000 });
    expect((await readFact(factId)).review.status).toBe('verified');
    const next = await readFact(screen.getByTestId('at').textContent ?? '');
    expect(['conflict', 'changed-over-time']).toContain(next.assessment);
    expect(next.review.status).toBe('open');
    expect(await screen.findByRole('heading', { level: 1, name: next.label })).toBeInTheDocument();
  });
});
