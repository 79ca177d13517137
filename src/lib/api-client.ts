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

/**
 * GET answers kept with their ETag, by URL. Asked again, the server answers 304 when nothing changed (it
 * knows without reading its database), and the kept body is used: nothing is sent twice. The most recent
 * few hundred are kept.
 */
const ETAGGED_MAX = 200;
const etagged = new Map<string, { etag: string; text: string }>();

function remember(url: string, etag: string | null, text: string): void {
  etagged.delete(url);
  if (!etag) return;
  etagged.set(url, { etag, text });
  if (etagged.size > ETAGGED_MAX) etagged.delete(etagged.keys().next().value as string);
}

/** e.g. `apiRequest('/stories', storyListSchema)` resolves to the parsed stories or throws ApiRequestError. */
export async function apiRequest<S extends z.ZodType>(path: string, schema: S, options: RequestOptions = {}): Promise<z.infer<S>> {
  const isForm = typeof FormData !== 'undefined' && options.body instanceof FormData;
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = {};
  // The browser's own HTTP cache stays out of it: revalidation is done here, where it can be tested.
  const init: RequestInit = { method, signal: options.signal, headers, cache: 'no-store' };
  if (options.body !== undefined) {
    init.body = isForm ? (options.body as FormData) : JSON.stringify(options.body);
    if (!isForm) headers['Content-Type'] = 'application/json';
  }
  const url = new URL(apiUrl(path, options.query), globalThis.location?.origin ?? 'http://localhost');
  const kept = method === 'GET' ? etagged.get(url.href) : undefined;
  if (kept) headers['If-None-Match'] = kept.etag;
  const res = await fetch(url, init);
  if (res.status === 304 && kept) return schema.parse(JSON.parse(kept.text));
  const text = await res.text();
  if (method === 'GET') remember(url.href, res.ok ? res.headers.get('etag') : null, text);
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
