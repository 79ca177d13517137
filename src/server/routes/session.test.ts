import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { apiErrorSchema, healthSchema, sessionSchema, storySchema } from '../../contract/api';
import { createApp } from '../app';
import type { Db } from '../storage/db';
import { BACKENDS, PASSWORD, addTeam, asUser, fromAddress, jsonRequest, openTestDb, resetDb, signInAs } from '../test-support';

describe.each(BACKENDS)('team mode: sign-in, sessions, origins and the sign-in limit, on %s', (backend) => {
  let db: Db;
  let app: ReturnType<typeof createApp>;
  beforeAll(async () => {
    db = await openTestDb(backend);
    await db.query('TRUNCATE users CASCADE');
    await addTeam(db);
    app = createApp({ db, auth: { mode: 'team' } });
  });
  afterAll(async () => db.close());
  beforeEach(async () => {
    await resetDb(db);
    await db.query('DELETE FROM sign_in_failures');
    await db.query('DELETE FROM sessions');
  });

  const signIn = (username: string, password: string, address = '10.0.0.1', url = 'http://tally.test/api/session', headers: Record<string, string> = {}) =>
    app.request(url, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify({ username, password }) }, fromAddress(address));

  it('answers health without a session, and says it runs in team mode', async () => {
    const res = await app.request('/api/health');
    expect(res.status).toBe(200);
    expect(healthSchema.parse(await res.json()).auth).toBe('team');
  });

  it.each([
    ['GET', '/api/stories'], ['POST', '/api/stories'], ['GET', '/api/stories/history'], ['GET', '/api/stories/x'], ['PATCH', '/api/stories/x'],
    ['DELETE', '/api/stories/x'], ['POST', '/api/stories/x/articles'], ['GET', '/api/stories/x/facts'], ['POST', '/api/stories/x/reanalyze'],
    ['GET', '/api/stories/x/report'], ['GET', '/api/articles/x'], ['DELETE', '/api/articles/x'], ['GET', '/api/facts/x'], ['PUT', '/api/facts/x/review'],
    ['PUT', '/api/claims/x/mark'], ['POST', '/api/claims/x/move'], ['GET', '/api/session'], ['DELETE', '/api/session'], ['GET', '/api/events'],
    ['GET', '/api/users'], ['POST', '/api/users'], ['GET', '/api/nothing-here'],
  ])('%s %s without a session answers 401 JSON', async (method, path) => {
    const res = await jsonRequest(app, method, path, method === 'GET' || method === 'DELETE' ? undefined : {});
    expect(res.status).toBe(401);
    expect(res.headers.get('content-type')).toContain('application/json');
    expect(apiErrorSchema.parse(await res.json()).error.code).toBe('unauthorized');
  });

  it('signs in with a session cookie that is HttpOnly, SameSite=Strict, Path=/ and not Secure over plain http', async () => {
    const res = await signIn('ana', PASSWORD);
    expect(res.status).toBe(200);
    expect(sessionSchema.parse(await res.json())).toEqual({ mode: 'team', user: 'ana', role: 'reviewer' });
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^tally_session=[A-Za-z0-9_-]{40,};/);
    expect(cookie).toMatch(/; HttpOnly/);
    expect(cookie).toMatch(/; SameSite=Strict/);
    expect(cookie).toMatch(/; Path=\//);
    expect(cookie).toMatch(/; Max-Age=\d+/);
    expect(cookie).not.toMatch(/Secure/);
  });

  it('marks the cookie Secure over https, and behind a trusted proxy that forwarded https', async () => {
    const direct = await signIn('ana', PASSWORD, '10.0.0.1', 'https://tally.test/api/session');
    expect(direct.headers.get('set-cookie')).toMatch(/; Secure/);
    const proxied = createApp({ db, auth: { mode: 'team', trustProxy: true } });
    const res = await proxied.request('/api/session', {
      method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Forwarded-Proto': 'https' }, body: JSON.stringify({ username: 'ana', password: PASSWORD }),
    }, fromAddress('127.0.0.1'));
    expect(res.headers.get('set-cookie')).toMatch(/; Secure/);
    // Without trust, a client's own X-Forwarded-Proto does not count.
    const untrusted = await signIn('ana', PASSWORD, '10.0.0.1', 'http://tally.test/api/session', { 'X-Forwarded-Proto': 'https' });
    expect(untrusted.headers.get('set-cookie')).not.toMatch(/Secure/);
  });

  it('refuses a wrong password and an unknown name alike, and never returns or stores the password', async () => {
    const wrong = await signIn('ana', 'not the password at all');
    const unknown = await signIn('nobody', PASSWORD);
    for (const res of [wrong, unknown]) {
      expect(res.status).toBe(401);
      expect(res.headers.get('set-cookie')).toBeNull();
      expect(apiErrorSchema.parse(await res.json()).error.message).toBe('wrong user name or password');
    }
    const ok = await signIn('ana', PASSWORD);
    expect(await ok.text()).not.toContain(PASSWORD);
    const rows = await db.query<{ password_hash: string }>('SELECT password_hash FROM users');
    expect(rows.length).toBe(4);
    for (const r of rows) {
      expect(r.password_hash).toMatch(/^scrypt\$\d+\$\d+\$\d+\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
      expect(r.password_hash).not.toContain(PASSWORD);
    }
    // The same password, a different salt for every user: no two hashes alike.
    expect(new Set(rows.map((r) => r.password_hash)).size).toBe(rows.length);
  });

  it('tells the signed-in user who they are, and ends the session on the server at sign-out', async () => {
    const cookie = await signInAs(app, 'bo');
    const me = await asUser(app, cookie, 'GET', '/api/session');
    expect(sessionSchema.parse(await me.json())).toEqual({ mode: 'team', user: 'bo', role: 'reviewer' });
    const out = await asUser(app, cookie, 'DELETE', '/api/session');
    expect(out.status).toBe(200);
    expect(out.headers.get('set-cookie')).toMatch(/^tally_session=;.*Max-Age=0/);
    // The old cookie, kept and sent again, signs nobody in: the session is gone from the database.
    const again = await asUser(app, cookie, 'GET', '/api/stories');
    expect(again.status).toBe(401);
    expect((await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM sessions WHERE user_name = 'bo'`))[0]?.n).toBe(0);
  });

  it('refuses a made-up or expired session cookie', async () => {
    expect((await asUser(app, 'tally_session=made-up-token', 'GET', '/api/stories')).status).toBe(401);
    const cookie = await signInAs(app, 'ana');
    await db.query(`UPDATE sessions SET expires_at = '2000-01-01T00:00:00.000Z'`);
    const res = await asUser(app, cookie, 'GET', '/api/stories');
    expect(res.status).toBe(401);
    expect(apiErrorSchema.parse(await res.json()).error.message).toContain('sign in again');
  });

  it.each([
    ['Sec-Fetch-Site: cross-site', { 'Sec-Fetch-Site': 'cross-site' }],
    ['Sec-Fetch-Site: same-site (a sibling subdomain)', { 'Sec-Fetch-Site': 'same-site' }],
    ['an Origin of another site', { Origin: 'https://evil.example' }],
    ['an Origin of another port', { Origin: 'http://localhost:9999' }],
    ['Origin: null (a sandboxed page)', { Origin: 'null' }],
  ])('refuses a state-changing request with %s even with a valid session cookie (403)', async (_name, headers) => {
    const cookie = await signInAs(app, 'ana');
    for (const [method, path, body] of [['POST', '/api/stories', { title: 'Forged' }], ['DELETE', '/api/session', undefined], ['PUT', '/api/facts/x/review', { status: 'verified', version: 0 }]] as const) {
      const res = await app.request(`http://localhost${path}`, {
        method, headers: { Cookie: cookie, 'Content-Type': 'application/json', ...headers }, body: body === undefined ? undefined : JSON.stringify(body),
      });
      expect(res.status, `${method} ${path}`).toBe(403);
      expect(apiErrorSchema.parse(await res.json()).error.message).toContain('cross-origin');
    }
    const stories = (await (await asUser(app, cookie, 'GET', '/api/stories')).json()) as { stories: unknown[] };
    expect(stories.stories).toEqual([]);
  });

  it('accepts a write from its own origin (Origin matching the Host, Sec-Fetch-Site same-origin) and reads from anywhere', async () => {
    const cookie = await signInAs(app, 'ana');
    const res = await app.request('http://tally.test/api/stories', {
      method: 'POST', headers: { Cookie: cookie, 'Content-Type': 'application/json', Origin: 'http://tally.test', 'Sec-Fetch-Site': 'same-origin' }, body: JSON.stringify({ title: 'Ours' }),
    });
    expect(res.status).toBe(201);
    expect(storySchema.parse(await res.json()).title).toBe('Ours');
    const read = await app.request('http://tally.test/api/stories', { headers: { Cookie: cookie, 'Sec-Fetch-Site': 'cross-site' } });
    expect(read.status).toBe(200);
  });

  it('gives 429 after ten failed sign-ins for one user name, even with the right password, until the window passes', async () => {
    for (let i = 0; i < 10; i++) expect((await signIn('ana', `wrong password ${i}`, `10.1.0.${i}`)).status).toBe(401);
    const locked = await signIn('ana', PASSWORD, '10.9.9.9');
    expect(locked.status).toBe(429);
    expect(apiErrorSchema.parse(await locked.json()).error.code).toBe('too_many_requests');
    const retry = Number(locked.headers.get('retry-after'));
    expect(retry).toBeGreaterThan(500);
    expect(retry).toBeLessThanOrEqual(600);
    // Another user from another address is not held up.
    expect((await signIn('bo', PASSWORD, '10.2.0.1')).status).toBe(200);
    // Ten minutes later (the failures made older) the right password works again.
    await db.query(`UPDATE sign_in_failures SET at = '2000-01-01T00:00:00.000Z'`);
    expect((await signIn('ana', PASSWORD, '10.9.9.9')).status).toBe(200);
  });

  it('gives 429 after ten failed sign-ins from one address, whatever the names', async () => {
    for (let i = 0; i < 10; i++) expect((await signIn(`guess${i}`, 'wrong password here', '10.3.0.7')).status).toBe(401);
    expect((await signIn('ana', PASSWORD, '10.3.0.7')).status).toBe(429);
    expect((await signIn('ana', PASSWORD, '10.3.0.8')).status).toBe(200);
  });

  it('does not count nine failures as ten: the tenth attempt still signs in', async () => {
    for (let i = 0; i < 9; i++) await signIn('vic', 'wrong password here');
    expect((await signIn('vic', PASSWORD)).status).toBe(200);
  });

  it('counts failures per client address behind a trusted proxy (X-Forwarded-For), per socket otherwise', async () => {
    const proxied = createApp({ db, auth: { mode: 'team', trustProxy: true } });
    const viaProxy = (forwardedFor: string, password: string) => proxied.request('/api/session', {
      method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': forwardedFor }, body: JSON.stringify({ username: 'ada', password }),
    }, fromAddress('127.0.0.1'));
    for (let i = 0; i < 10; i++) await viaProxy(`203.0.113.${i}, 198.51.100.7`, 'wrong password here');
    const rows = await db.query<{ address: string }>('SELECT DISTINCT address FROM sign_in_failures');
    expect(rows.map((r) => r.address)).toEqual(['198.51.100.7']);
    await db.query('DELETE FROM sign_in_failures');
    for (let i = 0; i < 10; i++) await signIn(`x${i}`, 'wrong password here', '127.0.0.1', 'http://tally.test/api/session', { 'X-Forwarded-For': `203.0.113.${i}` });
    expect((await db.query<{ address: string }>('SELECT DISTINCT address FROM sign_in_failures')).map((r) => r.address)).toEqual(['127.0.0.1']);
  });

  it('answers a malformed sign-in with 400 and counts it as no attempt', async () => {
    const res = await jsonRequest(app, 'POST', '/api/session', { username: 'ana' });
    expect(res.status).toBe(400);
    expect((await db.query<{ n: number }>('SELECT count(*)::int AS n FROM sign_in_failures'))[0]?.n).toBe(0);
  });
});

describe('personal mode', () => {
  it('needs no session: everyone is the unnamed owner with every right, and sign-in is off', async () => {
    const db = await openTestDb('pglite');
    const app = createApp({ db });
    expect(healthSchema.parse(await (await app.request('/api/health')).json()).auth).toBe('personal');
    expect(sessionSchema.parse(await (await app.request('/api/session')).json())).toEqual({ mode: 'personal', user: null, role: 'admin' });
    expect((await jsonRequest(app, 'POST', '/api/stories', { title: 'Mine' })).status).toBe(201);
    expect((await jsonRequest(app, 'POST', '/api/session', { username: 'ana', password: PASSWORD })).status).toBe(404);
    // A page of another site still cannot write to a personal server on loopback.
    const forged = await app.request('/api/stories', { method: 'POST', headers: { 'Content-Type': 'application/json', 'Sec-Fetch-Site': 'cross-site' }, body: '{"title":"x"}' });
    expect(forged.status).toBe(403);
    await db.close();
  });
});
