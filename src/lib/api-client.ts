/**
 * The single HTTP client of the dashboard. Every response is parsed with the contract's zod
 * schema, so a server that drifts from the contract fails loudly at the boundary.
 */
import type { z } from 'zod';

import { apiErrorSchema } from '../contract/api';

export class ApiRequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** The parsed error body, e.g. a 409's `current` review. */
    readonly body: unknown,
  ) {
    super(message);
    this.name = 'ApiRequestError';
  }
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** JSON-serialized unless it is FormData. */
  body?: unknown;
  query?: Record<string, string | undefined>;
  signal?: AbortSignal;
}

export function apiUrl(path: string, query?: Record<string, string | undefined>): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query ?? {})) if (v !== undefined && v !== '') params.set(k, v);
  const qs = params.toString();
  return `/api${path}${qs ? `?${qs}` : ''}`;
}

/** e.g. `apiRequest('/stories', storyListSchema)` resolves to the parsed stories or throws ApiRequestError. */
export async function apiRequest<S extends z.ZodType>(path: string, schema: S, options: RequestOptions = {}): Promise<z.infer<S>> {
  const isForm = typeof FormData !== 'undefined' && options.body instanceof FormData;
  const init: RequestInit = { method: options.method ?? 'GET', signal: options.signal, headers: {} };
  if (options.body !== undefined) {
    init.body = isForm ? (options.body as FormData) : JSON.stringify(options.body);
    if (!isForm) init.headers = { 'Content-Type': 'application/json' };
  }
  const url = new URL(apiUrl(path, options.query), globalThis.location?.origin ?? 'http://localhost');
  const res = await fetch(url, init);
  const text = await res.text();
  let json: unknown = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    throw new ApiRequestError(res.status, 'bad_response', `The server sent something that is not JSON (HTTP ${res.status}).`, text);
  }
  if (!res.ok) {
    const err = apiErrorSchema.safeParse(json);
    const message = err.success ? err.data.error.message : `Request failed with HTTP ${res.status}.`;
    throw new ApiRequestError(res.status, err.success ? err.data.error.code : 'http_error', message, json);
  }
  return schema.parse(json);
}
