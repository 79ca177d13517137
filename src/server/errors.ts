import type { z } from 'zod';

import type { errorCodeSchema } from '../contract/api';

type ErrorCode = Exclude<z.infer<typeof errorCodeSchema>, 'internal'>;
export type ErrorStatus = 400 | 401 | 403 | 404 | 405 | 409 | 413 | 415 | 422 | 429 | 502 | 503;

const STATUS: Record<ErrorCode, ErrorStatus> = {
  bad_request: 400, unauthorized: 401, forbidden: 403, not_found: 404, conflict: 409, payload_too_large: 413, unsupported_media_type: 415,
  unprocessable: 422, method_not_allowed: 405, too_many_requests: 429, bad_gateway: 502, service_unavailable: 503,
};

/** A failure the client caused: it becomes `{ error: { code, message }, ...extra }` with its status (and headers, e.g. Retry-After). */
export class ApiError extends Error {
  readonly status: ErrorStatus;
  constructor(readonly code: ErrorCode, message: string, readonly extra: Record<string, unknown> = {}, readonly headers: Record<string, string> = {}) {
    super(message);
    this.status = STATUS[code];
  }
}

export const notFound = (what: string, id: string) => new ApiError('not_found', `${what} ${id} does not exist`);
