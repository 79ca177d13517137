import { lazy } from 'react';
import { useParams, useSearchParams } from 'react-router';

import type { FactListQuery } from '../contract/api';

// Each view is its own chunk: the first load carries only the shell and the page asked for.
const StoryOverview = lazy(() => import('../features/story-overview/components/story-overview').then((m) => ({ default: m.StoryOverview })));
const FactsPage = lazy(() => import('../features/facts/components/facts-page').then((m) => ({ default: m.FactsPage })));
const FactPage = lazy(() => import('../features/fact-review/components/fact-page').then((m) => ({ default: m.FactPage })));
const ArticlePage = lazy(() => import('../features/articles/components/article-page').then((m) => ({ default: m.ArticlePage })));
const AddArticlesPage = lazy(() => import('../features/articles/components/add-articles-page').then((m) => ({ default: m.AddArticlesPage })));
const ExportMenu = lazy(() => import('../features/export/components/export-menu').then((m) => ({ default: m.ExportMenu })));

function filtersFrom(params: URLSearchParams): FactListQuery {
  const f: Record<string, string> = {};
  for (const k of ['assessment', 'status', 'outlet', 'q', 'sort']) {
    const v = params.get(k);
    if (v) f[k] = v;
  }
  return f as FactListQuery;
}

export function StoryRoute() {
  const { storyId = '' } = useParams();
  return <StoryOverview storyId={storyId} exportMenu={<ExportMenu storyId={storyId} filters={{}} />} />;
}

export function FactsRoute() {
  const { storyId = '' } = useParams();
  const [params] = useSearchParams();
  return <FactsPage storyId={storyId} exportMenu={<ExportMenu storyId={storyId} filters={filtersFrom(params)} />} />;
}

export function FactRoute() {
  const { storyId = '', factId = '' } = useParams();
  return <FactPage key={factId} storyId={storyId} factId={factId} />;
}

export function ArticleRoute() {
  const { storyId = '', articleId = '' } = useParams();
  return <ArticlePage storyId={storyId} articleId={articleId} />;
}

export function AddArticlesRoute() {
  const { storyId = '' } = useParams();
  return <AddArticlesPage storyId={storyId} />;
}
