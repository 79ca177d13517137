/**
 * Test helpers for the server suites: the same tests run on PGlite and, when TEST_DATABASE_URL is set
 * (CI starts a server), on PostgreSQL in a schema of their own.
 */
import { randomUUID } from 'node:crypto';

import type { createApp } from './app';
import type { Db } from './storage/db';
import { openDatabase } from './storage/open-database';

export type Backend = 'pglite' | 'postgres';

export const BACKENDS: Backend[] = process.env.TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];
/** In CI a missing PostgreSQL is a failure, never a silent skip. */
export const POSTGRES_REQUIRED = process.env.CI === 'true' || process.env.CI === '1';

export async function openTestDb(backend: Backend): Promise<Db> {
  if (backend === 'pglite') return openDatabase({ kind: 'memory' });
  const url = process.env.TEST_DATABASE_URL as string;
  return openDatabase({ kind: 'postgres', url, schema: `t_${randomUUID().replace(/-/g, '').slice(0, 12)}` });
}

export async function resetDb(db: Db): Promise<void> {
  await db.query('TRUNCATE stories, history CASCADE');
}

export function jsonRequest(app: ReturnType<typeof createApp>, method: string, path: string, body?: unknown) {
  return app.request(path, {
    method,
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
}

export const ARTICLE_A = {
  title: 'Bulgaria sends troops', outlet: 'Outlet A', published: '2024-03-10', url: 'https://a.example/1',
  text: 'Bulgaria sent 100 soldiers to the mission on 5 March.\nThe mission includes troops from 27 countries.\n',
};
export const ARTICLE_B = {
  title: 'Bulgarian contingent', outlet: 'Outlet B', published: '2024-03-12', url: 'https://b.example/2',
  text: 'Bulgaria sent 120 soldiers to the mission.\nOfficials said 40 vehicles went with them.\n',
};
