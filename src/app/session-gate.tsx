import { useQuery } from '@tanstack/react-query';
import { lazy, type ReactNode } from 'react';

import { ErrorMessage, Loading } from '../components/ui/query-state';
import { ApiRequestError } from '../lib/api-client';
import { sessionQueries } from '../lib/session';

import { useLiveUpdates } from './use-live-updates';

const SignInPage = lazy(() => import('../features/session/components/sign-in-page').then((m) => ({ default: m.SignInPage })));

/** The pages once the session is known: the sign-in page in team mode without one. Live updates run while signed in. */
export function SessionGate({ children }: { children: ReactNode }) {
  const session = useQuery(sessionQueries.current());
  useLiveUpdates(session.isSuccess);
  if (session.isPending) return <Loading />;
  if (session.isError) {
    if (session.error instanceof ApiRequestError && session.error.status === 401) return <SignInPage />;
    return <ErrorMessage error={session.error} onRetry={() => void session.refetch()} />;
  }
  return <>{children}</>;
}
