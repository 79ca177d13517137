import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeAll, describe, expect, it } from 'vitest';

import { articleDetailSchema, storyDetailSchema, storySchema, type ArticleDetail } from '../../../contract/api';
import { seriousViolations } from '../../../testing/axe';
import { mockApp } from '../../../testing/mocks/handlers/api-handlers';
import { server } from '../../../testing/mocks/node';
import { renderWithClient } from '../../../testing/render';

import { ArticlePage } from './article-page';

let storyId = '';
let articleId = '';
let baseClaim: ArticleDetail['claims'][number];
beforeAll(async () => {
  const app = await mockApp();
  const stories = (await (await app.request('/api/stories')).json()) as { stories: unknown[] };
  storyId = storySchema.parse(stories.stories[0]).id;
  const story = storyDetailSchema.parse(await (await app.request(`/api/stories/${storyId}`)).json());
  articleId = story.articles.find((a) => a.title.startsWith('Bulgaria Bolsters'))?.id ?? '';
  // A real claim as the base of the hand-made ones: it has every field the engine gives.
  baseClaim = articleDetailSchema.parse(await (await app.request(`/api/articles/${articleId}`)).json()).claims[0] as ArticleDetail['claims'][number];
}, 30_000);

describe('ArticlePage', () => {
  it('highlights every figure as a link to its fact', async () => {
    const { container } = renderWithClient(<ArticlePage storyId={storyId} articleId={articleId} />);
    const links = await screen.findAllByRole('link', { name: '120' });
    expect(links).toHaveLength(3);
    expect(links[0]?.getAttribute('href')).toMatch(new RegExp(`^/stories/${storyId}/facts/f-`));
    expect(await seriousViolations(container)).toEqual([]);
  });

  it('shows markup in an article as text', async () => {
    const text = 'Officials said <img src=x onerror="alert(1)"> 40 people <script>alert(2)</script> were hurt.';
    const at = text.indexOf('40');
    const article: Partial<ArticleDetail> = { id: 'a1', storyId: 's', sourceId: 's1', file: 'x.md', title: '<i>t</i>', outlet: 'o', published: null, url: 'javascript:alert(3)', claimCount: 1, createdAt: '', text, claims: [] };
    // Scenario: a hostile article with one highlighted figure.
    server.use(http.get('*/api/articles/:id', () => HttpResponse.json({ ...article, claims: [{ ...baseClaim, id: 'c1', number: 40, value: { low: 40, high: 40 }, start: at, end: at + 2, surface: '40', factId: null }] })));
    const { container } = renderWithClient(<ArticlePage storyId="s" articleId="a1" />);
    expect(await screen.findByText('40', { selector: 'mark' })).toBeInTheDocument();
    expect(container.querySelector('img, script, i')).toBeNull();
    expect(container.textContent).toContain('<script>alert(2)</script>');
    expect(screen.queryByRole('link', { name: 'original' })).toBeNull();
  });
});

