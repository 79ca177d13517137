import { Suspense } from 'react';
import { Link, Outlet } from 'react-router';

import { ErrorBoundary } from '../components/ui/error-boundary';
import { Loading } from '../components/ui/query-state';

import { SessionGate } from './session-gate';
import { UserMenu } from './user-menu';

export function Layout() {
  return (
    <>
      <a className="skip-link" href="#main">Skip to content</a>
      <header className="app-header">
        <Link to="/" className="brand">Tally</Link>
        <span className="tagline">where sources disagree on the numbers</span>
        <UserMenu />
      </header>
      <main id="main" className="app-main">
        <ErrorBoundary label="This page failed">
          <Suspense fallback={<Loading />}>
            <SessionGate>
              <Outlet />
            </SessionGate>
          </Suspense>
        </ErrorBoundary>
      </main>
    </>
  );
}
