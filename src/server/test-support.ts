/**
 * Test helpers for the server suites: the same tests run on PGlite and, when TEST_DATABASE_URL is set
 * (CI starts a server), on PostgreSQL in a schema of their own.
 */
import { randomUUID } from 'node:crypto';

import type { createApp } from './app';
import { addUser } from './services/users';
import type { Db } from './storage/db';
import { openDatabase } from './storage/open-database';

export type Backend = 'pglite' | 'postgres';

export const BACKENDS: Backend[] = process.env.TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];
/** In CI a missing PostgreSQL is a failure, never a silent skip. */
export const POSTGRES_REQUIRED = process.env.CI === 'true' || process.env.CI === '1';

export async function openTestDb(backend: Backend): Promise<Db> {
  if (backend === 'pglite') return openDatabase({ kind: 'memory' });
  const url = process.env.TEST_DATABASE_URL as string;
  return openDatabase({ kind: 'postgres', url, schema: testSchema() });
}

/** A schema of its own for one test database on the shared PostgreSQL. */
const testSchema = () => `t_${randomUUID().replace(/-/g, '').slice(0, 12)}`;

/**
 * Several databases on one PostgreSQL schema, each with its own pool and bus listener: several server
 * processes, as far as revisions, caches and live updates can tell.
 */
export async function openSharedPostgres(count = 2): Promise<Db[]> {
  const url = process.env.TEST_DATABASE_URL as string;
  const schema = testSchema();
  const dbs: Db[] = [];
  for (let i = 0; i < count; i++) dbs.push(await openDatabase({ kind: 'postgres', url, schema }));
  return dbs;
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

export const PASSWORD = 'correct horse battery staple';
/** A team-mode app with one user of each role (ada admin, ana and bo reviewers, vic viewer), added once. */
export async function addTeam(db: Db): Promise<void> {
  for (const [name, role] of [['ada', 'admin'], ['ana', 'reviewer'], ['bo', 'reviewer'], ['vic', 'viewer']] as const) {
    await addUser(db, { name, role, password: PASSWORD });
  }
}

/** The socket a request came from, as @hono/node-server hands it to the app. */
export const fromAddress = (remoteAddress: string) => ({ incoming: { socket: { remoteAddress } } });

/** Signs in and returns the Cookie header that carries the session. */
export async function signInAs(app: ReturnType<typeof createApp>, username: string, password = PASSWORD, address = '10.0.0.1'): Promise<string> {
  const res = await app.request('/api/session', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ username, password }) }, fromAddress(address));
  if (res.status !== 200) throw new Error(`sign-in as ${username} answered ${res.status}: ${await res.text()}`);
  const cookie = res.headers.get('set-cookie')?.split(';')[0];
  if (!cookie) throw new Error('no session cookie');
  return cookie;
}

/** A request as a signed-in browser on the dashboard's own page sends it. */
export function asUser(app: ReturnType<typeof createApp>, cookie: string, method: string, path: string, body?: unknown) {
  const headers: Record<string, string> = { Cookie: cookie, 'Sec-Fetch-Site': 'same-origin' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  return app.request(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
}
