import { Hono } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';

import { signInSchema } from '../../contract/api';
import { clientAddress, isHttps, SESSION_COOKIE, type AppEnv, type AuthOptions } from '../auth/guard';
import { ApiError } from '../errors';
import { SESSION_SECONDS, signIn, signOut } from '../services/sign-in';
import type { Db } from '../storage/db';
import { validate } from '../validate';

const personalMode = () => new ApiError('not_found', 'sign-in is off: this server runs in personal mode (AUTH=on turns team mode on)');

/** Sign in (sets the HttpOnly, SameSite=Strict session cookie; Secure over https), who am I, sign out. */
export const sessionRoutes = (db: Db, auth: AuthOptions) =>
  new Hono<AppEnv>()
    .get('/', (c) => {
      const actor = c.get('actor');
      return c.json({ mode: auth.mode, user: actor.name, role: actor.role }, 200);
    })
    .post('/', validate('json', signInSchema), async (c) => {
      if (auth.mode === 'personal') throw personalMode();
      const { token, session } = await signIn(db, c.req.valid('json'), clientAddress(c, auth.trustProxy));
      setCookie(c, SESSION_COOKIE, token, { httpOnly: true, sameSite: 'Strict', secure: isHttps(c, auth.trustProxy), path: '/', maxAge: SESSION_SECONDS });
      return c.json(session, 200);
    })
    .delete('/', async (c) => {
      const { tokenHash } = c.get('actor');
      if (!tokenHash) throw personalMode();
      await signOut(db, tokenHash);
      deleteCookie(c, SESSION_COOKIE, { httpOnly: true, sameSite: 'Strict', secure: isHttps(c, auth.trustProxy), path: '/' });
      return c.json({ signedOut: true }, 200);
    });
