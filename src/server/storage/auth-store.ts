/**
 * The SQL of team mode: users, sessions and failed sign-ins. Spread into `store` (store.ts), so services
 * reach every table the same way.
 */
import type { Role } from '../../contract/api';

import type { Queryable } from './db';

export interface UserRow { name: string; role: Role; password_hash: string; created_at: string }
export interface SessionRow { token_hash: string; user_name: string; role: Role; expires_at: string }

export const authStore = {
  insertUser: async (q: Queryable, u: UserRow) =>
    (await q.query<{ name: string }>('INSERT INTO users (name, role, password_hash, created_at) VALUES ($1, $2, $3, $4) ON CONFLICT (name) DO NOTHING RETURNING name', [
      u.name, u.role, u.password_hash, u.created_at,
    ])).length === 1,
  getUser: async (q: Queryable, name: string) => (await q.query<UserRow>('SELECT * FROM users WHERE name = $1', [name]))[0] ?? null,
  /** Names, roles and dates only: a list never carries a password hash. */
  listUsers: (q: Queryable) => q.query<Omit<UserRow, 'password_hash'>>('SELECT name, role, created_at FROM users ORDER BY name'),
  /** Admins, locked for the transaction: the last one is never removed or demoted, even by two requests at once. */
  lockAdmins: async (q: Queryable) => (await q.query<{ name: string }>(`SELECT name FROM users WHERE role = 'admin' ORDER BY name FOR UPDATE`)).map((r) => r.name),
  setRole: (q: Queryable, name: string, role: Role) => q.query('UPDATE users SET role = $2 WHERE name = $1', [name, role]),
  deleteUser: async (q: Queryable, name: string) => (await q.query<{ name: string }>('DELETE FROM users WHERE name = $1 RETURNING name', [name])).length === 1,
  countUsers: async (q: Queryable) => (await q.query<{ n: number }>('SELECT count(*)::int AS n FROM users'))[0]?.n ?? 0,

  insertSession: (q: Queryable, tokenHash: string, user: string, createdAt: string, expiresAt: string) =>
    q.query('INSERT INTO sessions (token_hash, user_name, created_at, expires_at) VALUES ($1, $2, $3, $4)', [tokenHash, user, createdAt, expiresAt]),
  /** The session with its user's current role (a role change applies at once); null when unknown or expired. */
  getSession: async (q: Queryable, tokenHash: string, now: string) =>
    (await q.query<SessionRow>(
      'SELECT s.token_hash, s.user_name, u.role, s.expires_at FROM sessions s JOIN users u ON u.name = s.user_name WHERE s.token_hash = $1 AND s.expires_at > $2',
      [tokenHash, now],
    ))[0] ?? null,
  deleteSession: (q: Queryable, tokenHash: string) => q.query('DELETE FROM sessions WHERE token_hash = $1', [tokenHash]),
  deleteExpiredSessions: (q: Queryable, now: string) => q.query('DELETE FROM sessions WHERE expires_at <= $1', [now]),

  addSignInFailure: (q: Queryable, username: string, address: string, at: string) =>
    q.query('INSERT INTO sign_in_failures (username, address, at) VALUES ($1, $2, $3)', [username, address, at]),
  /** Failed sign-ins since `since` for this user name and for this address, newest first (at most `limit` each). */
  recentFailures: async (q: Queryable, username: string, address: string, since: string, limit: number) => ({
    byName: (await q.query<{ at: string }>('SELECT at FROM sign_in_failures WHERE username = $1 AND at > $2 ORDER BY at DESC LIMIT $3', [username, since, limit])).map((r) => r.at),
    byAddress: (await q.query<{ at: string }>('SELECT at FROM sign_in_failures WHERE address = $1 AND at > $2 ORDER BY at DESC LIMIT $3', [address, since, limit])).map((r) => r.at),
  }),
  deleteFailuresBefore: (q: Queryable, before: string) => q.query('DELETE FROM sign_in_failures WHERE at <= $1', [before]),
};
