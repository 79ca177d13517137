/** Limits the server enforces, documented in the README. */
export const LIMITS = {
  jsonBodyBytes: 5 * 1024 * 1024,
  uploadBytes: 20 * 1024 * 1024,
  uploadFiles: 50,
  fileBytes: 5 * 1024 * 1024,
  /** An article fetched by URL: its page at most this large, within this time, after at most this many redirects. */
  fetchBytes: 5 * 1024 * 1024,
  fetchTimeoutMs: 10_000,
  fetchRedirects: 5,
  /** A fact's page: claims per page, claim groups and history entries at most; claim ids a suggestion names at most. */
  claimPage: 25,
  claimGroups: 100,
  factHistory: 100,
  suggestionClaimIds: 100,
} as const;
