import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, type RenderOptions } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { MemoryRouter, Route, Routes } from 'react-router';

interface RenderWithClientOptions extends Omit<RenderOptions, 'wrapper'> {
  /** The URL the app is at, e.g. '/stories/abc/facts?assessment=conflict'. */
  route?: string;
  /** A route pattern to mount the element on, so useParams works, e.g. '/stories/:storyId/facts'. */
  path?: string;
}

/** A fresh QueryClient per render (no retries, no shared cache) and a memory router. */
export function renderWithClient(ui: ReactElement, { route = '/', path, ...options }: RenderWithClientOptions = {}) {
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false, staleTime: 0 }, mutations: { retry: false } },
  });
  const user = userEvent.setup();
  const element = path ? (
    <Routes>
      <Route path={path} element={ui} />
      <Route path="*" element={<p>navigated away</p>} />
    </Routes>
  ) : (
    ui
  );
  const result = render(
    <QueryClientProvider client={queryClient}>
      <MemoryRouter initialEntries={[route]}>{element}</MemoryRouter>
    </QueryClientProvider>,
    options,
  );
  return { ...result, user, queryClient };
}
