/**
 * The guards in front of every /api route: requests that change something come from the dashboard's own
 * origin, and in team mode every route but /api/health and POST /api/session needs a session (401) and
 * the role its action asks for (403). In personal mode everyone is an admin with no name, as before.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';

import { roleAllows, type Role } from '../../contract/api';
import { ApiError } from '../errors';
import { sessionOf } from '../services/sign-in';
import type { Db } from '../storage/db';

import type { AuthMode } from './mode';

export interface AuthOptions {
  mode: AuthMode;
  /** Behind a reverse proxy: take the client's address, host and scheme from X-Forwarded-For/-Host/-Proto. */
  trustProxy?: boolean;
}

/** Who makes a request: a signed-in user (team mode), or the anonymous owner of a personal server. */
export interface Actor { name: string | null; role: Role; tokenHash: string | null }
export type AppEnv = { Variables: { actor: Actor } };

export const SESSION_COOKIE = 'tally_session';
const PERSONAL: Actor = { name: null, role: 'admin', tokenHash: null };
const PUBLIC = new Set(['GET /api/health', 'HEAD /api/health', 'POST /api/session']);
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

const forwarded = (c: Context, name: string) => c.req.header(name)?.split(',').map((s) => s.trim()).filter(Boolean);

/** The client's address: the socket's, or behind a trusted proxy the last hop it appended to X-Forwarded-For. */
export function clientAddress(c: Context, trustProxy = false): string {
  const hops = trustProxy ? forwarded(c, 'x-forwarded-for') : undefined;
  if (hops?.length) return hops[hops.length - 1] as string;
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return env?.incoming?.socket?.remoteAddress ?? 'unknown';
}

/** Served over https: directly, or behind a trusted proxy that says so. Decides the cookie's Secure flag. */
export function isHttps(c: Context, trustProxy = false): boolean {
  return new URL(c.req.url).protocol === 'https:' || (trustProxy && forwarded(c, 'x-forwarded-proto')?.[0] === 'https');
}

/**
 * Refuses a state-changing request from another origin (403). Browsers say where a request comes from in
 * Sec-Fetch-Site and Origin; a request with neither (curl, scripts) carries no browser's cookies.
 */
export function sameOrigin(trustProxy = false): MiddlewareHandler {
  return async (c, next) => {
    if (SAFE_METHODS.has(c.req.method)) return next();
    const site = c.req.header('sec-fetch-site');
    if (site && site !== 'same-origin' && site !== 'none') throw new ApiError('forbidden', `cross-origin request refused (Sec-Fetch-Site: ${site})`);
    const origin = c.req.header('origin');
    if (origin) {
      const host = (trustProxy ? forwarded(c, 'x-forwarded-host')?.[0] : undefined) ?? c.req.header('host') ?? new URL(c.req.url).host;
      let from = '';
      try {
        from = new URL(origin).host;
      } catch {
        from = '';
      }
      if (from.toLowerCase() !== host.toLowerCase()) throw new ApiError('forbidden', `cross-origin request refused (Origin: ${origin})`);
    }
    return next();
  };
}

/** Sets the request's actor: from the session cookie in team mode (401 without a live session). */
export function authenticate(db: Db, { mode }: AuthOptions): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (mode === 'personal') {
      c.set('actor', PERSONAL);
      return next();
    }
    if (PUBLIC.has(`${c.req.method} ${c.req.path}`)) return next();
    const token = getCookie(c, SESSION_COOKIE);
    const session = token ? await sessionOf(db, token) : null;
    if (!session) throw new ApiError('unauthorized', token ? 'your session has ended: sign in again' : 'sign in first');
    c.set('actor', { name: session.user_name, role: session.role, tokenHash: session.token_hash });
    return next();
  };
}

/** Lets the request through only when the actor's role is at least `needed` (viewer < reviewer < admin). */
export const allow = (needed: Role): MiddlewareHandler<AppEnv> => async (c, next) => {
  const actor = c.get('actor');
  if (!roleAllows(actor.role, needed)) throw new ApiError('forbidden', `${actor.name ?? 'you'} (${actor.role}) may not do this: it needs the ${needed} role`);
  await next();
};

/**
 * Who is recorded for an action: the session's user in team mode, whatever the body says; in personal mode
 * the name typed in the dashboard, if any.
 */
export const actorName = (c: Context<AppEnv>, typed?: string | null): string | null => {
  const actor = c.get('actor');
  return actor.tokenHash ? actor.name : (typed ?? null);
};
