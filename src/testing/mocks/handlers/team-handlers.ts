import { http } from 'msw';

import type { LiveEvent } from '../../../contract/api';
import { createApp } from '../../../server/app';
import { seedIfEmpty } from '../../../server/seed';
import { LiveHub } from '../../../server/services/live-events';
import { addUser } from '../../../server/services/users';
import { openDatabase } from '../../../server/storage/open-database';

import { fixtureArticles } from './api-handlers';

export const TEAM_PASSWORD = 'correct horse battery staple';
export const TEAM = { ada: 'admin', ana: 'reviewer', bo: 'reviewer', vic: 'viewer' } as const;
export type TeamMember = keyof typeof TEAM;

interface TeamApp {
  app: ReturnType<typeof createApp>;
  /** Every change the app published, as the dashboards' /api/events streams would carry it. */
  events: LiveEvent[];
  cookie: (name: TeamMember) => Promise<string>;
}

let team: Promise<TeamApp> | null = null;

/**
 * The real API in team mode, on its own in-memory database seeded with the KFOR fixtures and one user of
 * each role (TEAM). jsdom keeps no cookies for fetch, so the handlers below add the session cookie.
 */
export function teamApp(): Promise<TeamApp> {
  team ??= (async () => {
    const db = await openDatabase({ kind: 'memory' });
    await seedIfEmpty(db, fixtureArticles());
    for (const [name, role] of Object.entries(TEAM)) await addUser(db, { name, role, password: TEAM_PASSWORD });
    const live = new LiveHub();
    const events: LiveEvent[] = [];
    live.subscribe((event) => events.push(event));
    const app = createApp({ db, auth: { mode: 'team' }, live });
    const cookies = new Map<string, Promise<string>>();
    const cookie = (name: TeamMember) => {
      const existing = cookies.get(name);
      if (existing) return existing;
      const made = (async () => {
        const res = await app.request('/api/session', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ username: name, password: TEAM_PASSWORD }) });
        return (res.headers.get('set-cookie') ?? '').split(';')[0] as string;
      })();
      cookies.set(name, made);
      return made;
    };
    return { app, events, cookie };
  })();
  return team;
}

/** MSW handlers that send every /api request to the team app as `who` (signed in), or signed out (null). */
export async function teamHandlers(who: TeamMember | null) {
  const { app, cookie } = await teamApp();
  const header = who ? await cookie(who) : null;
  return [
    http.all('*/api/*', async ({ request }) => {
      const headers = new Headers(request.headers);
      if (header) headers.set('cookie', header);
      const body = request.method === 'GET' || request.method === 'HEAD' ? undefined : await request.arrayBuffer();
      return app.fetch(new Request(request.url, { method: request.method, headers, body }));
    }),
  ];
}
