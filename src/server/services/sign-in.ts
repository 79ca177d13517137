/**
 * Sign-in, sessions and sign-out. A session is a random token in an HttpOnly cookie; the database keeps
 * only its SHA-256, so a copy of the database signs nobody in. Failed sign-ins are counted per user name
 * and per address: ten within ten minutes give 429 until the window passes.
 */
import { createHash, randomBytes } from 'node:crypto';

import type { Session, SignIn } from '../../contract/api';
import { dummyHash, verifyPassword } from '../auth/password';
import { ApiError } from '../errors';
import type { Db } from '../storage/db';
import { store, type SessionRow } from '../storage/store';

export const SESSION_SECONDS = 12 * 60 * 60;
export const SIGN_IN_LIMIT = { failures: 10, windowMs: 10 * 60 * 1000 } as const;

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** 429 while ten failures for this name, or from this address, fall within the window; says when to try again. */
async function checkLimit(db: Db, username: string, address: string, at: Date): Promise<void> {
  const since = new Date(at.getTime() - SIGN_IN_LIMIT.windowMs).toISOString();
  await store.deleteFailuresBefore(db, since);
  const { byName, byAddress } = await store.recentFailures(db, username, address, since, SIGN_IN_LIMIT.failures);
  const full = [byName, byAddress].filter((list) => list.length >= SIGN_IN_LIMIT.failures);
  if (full.length === 0) return;
  // The window passes when the oldest of the last ten failures is ten minutes old.
  const until = Math.max(...full.map((list) => new Date(list[SIGN_IN_LIMIT.failures - 1] as string).getTime() + SIGN_IN_LIMIT.windowMs));
  const seconds = Math.max(1, Math.ceil((until - at.getTime()) / 1000));
  throw new ApiError('too_many_requests', `too many failed sign-ins: try again in ${Math.ceil(seconds / 60)} minute${seconds > 60 ? 's' : ''}`, {}, { 'Retry-After': String(seconds) });
}

/** Checks the password (as slowly for an unknown name as for a known one) and opens a session. */
export async function signIn(db: Db, body: SignIn, address: string, at = new Date()): Promise<{ token: string; session: Session }> {
  await checkLimit(db, body.username, address, at);
  const user = await store.getUser(db, body.username);
  const ok = await verifyPassword(body.password, user?.password_hash ?? (await dummyHash()));
  if (!user || !ok) {
    await store.addSignInFailure(db, body.username, address, at.toISOString());
    throw new ApiError('unauthorized', 'wrong user name or password');
  }
  const token = randomBytes(32).toString('base64url');
  await store.deleteExpiredSessions(db, at.toISOString());
  await store.insertSession(db, hashToken(token), user.name, at.toISOString(), new Date(at.getTime() + SESSION_SECONDS * 1000).toISOString());
  return { token, session: { mode: 'team', user: user.name, role: user.role } };
}

/** The live session of a cookie's token, with the user's current role; null when unknown, ended or expired. */
export const sessionOf = (db: Db, token: string): Promise<SessionRow | null> => store.getSession(db, hashToken(token), new Date().toISOString());

/** Ends a session on the server: its cookie no longer signs anyone in, even if kept. */
export const signOut = (db: Db, tokenHash: string) => store.deleteSession(db, tokenHash);
