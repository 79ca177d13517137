import type { ReactNode } from 'react';

import { ApiRequestError } from '../../lib/api-client';

/** Loading, error (with retry) and empty states, the same everywhere. */
export function Loading({ label = 'Loading…' }: { label?: string }) {
  return <p className="muted" role="status">{label}</p>;
}

export function ErrorMessage({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const message = error instanceof ApiRequestError ? error.message : error instanceof Error ? error.message : 'Something went wrong.';
  return (
    <div className="error-box" role="alert">
      <p>{message}</p>
      {onRetry && <button type="button" onClick={onRetry}>Try again</button>}
    </div>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <p className="muted empty">{children}</p>;
}
