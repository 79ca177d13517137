import { http } from 'msw';

import type { ArticleInput } from '../../../engine';
import { parseArticle } from '../../../ingest/parse-article';
import { createApp } from '../../../server/app';
import { seedIfEmpty } from '../../../server/seed';
import { openDatabase } from '../../../server/storage/open-database';

// The fixture articles as text, bundled by Vite so this works under Vitest and in the browser alike.
const FIXTURES = import.meta.glob('/fixtures/articles/*.md', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

export function fixtureArticles(): ArticleInput[] {
  return Object.entries(FIXTURES)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([path, content]) => parseArticle(path.split('/').pop() ?? path, content))
    .flatMap((r) => (r.ok ? [r.article] : []));
}

let app: Promise<ReturnType<typeof createApp>> | null = null;

/** The real API (routes, services, engine) on an in-memory database seeded with the KFOR fixtures: mocks cannot drift. */
export function mockApp(): Promise<ReturnType<typeof createApp>> {
  app ??= (async () => {
    const db = await openDatabase({ kind: 'memory' });
    await seedIfEmpty(db, fixtureArticles());
    return createApp({ db });
  })();
  return app;
}

export const apiHandlers = [http.all('*/api/*', async ({ request }) => (await mockApp()).fetch(request))];
