import { Suspense } from 'react';
import { Link, Outlet } from 'react-router';

import { ErrorBoundary } from '../components/ui/error-boundary';
import { Loading } from '../components/ui/query-state';

export function Layout() {
  return (
    <>
      <a className="skip-link" href="#main">Skip to content</a>
      <header className="app-header">
        <Link to="/" className="brand">Tally</Link>
        <span className="tagline">where sources disagree on the numbers</span>
      </header>
      <main id="main" className="app-main">
        <ErrorBoundary label="This page failed">
          <Suspense fallback={<Loading />}>
            <Outlet />
          </Suspense>
        </ErrorBoundary>
      </main>
    </>
  );
}
