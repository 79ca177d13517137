/**
 * Who is using the dashboard: personal mode (no sign-in, every right) or a signed-in team member with a
 * role. Read once, then from the cache; a 401 anywhere sends the dashboard back to the sign-in page.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';

import { roleAllows, sessionSchema, signedOutSchema, type Role, type Session, type SignIn } from '../contract/api';

import { apiRequest } from './api-client';

export const SESSION_KEY = ['session'] as const;

export const sessionQueries = {
  current: () => queryOptions({ queryKey: SESSION_KEY, queryFn: ({ signal }) => apiRequest('/session', sessionSchema, { signal }), staleTime: Infinity, retry: false }),
};

export const signIn = (body: SignIn) => apiRequest('/session', sessionSchema, { method: 'POST', body });
export const signOut = () => apiRequest('/session', signedOutSchema, { method: 'DELETE' });

/** The session once known; undefined while it loads. */
export const useSession = (): Session | undefined => useQuery(sessionQueries.current()).data;

/** e.g. `can(session, 'reviewer')`: false while the session is unknown, so controls never flash for a viewer. */
export const can = (session: Session | undefined, needed: Role): boolean => session !== undefined && roleAllows(session.role, needed);
