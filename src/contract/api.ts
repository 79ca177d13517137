/**
 * @module contract
 * The one typed API contract: the server validates with these schemas, the client parses
 * responses with them, and the MSW handlers are typed by them. Change the API here first.
 */
import { z } from 'zod';

import { assessmentSchema, claimSchema, factSchema, intervalSchema } from './engine-schemas';

export { suggestionFor, suggestionFromClaims, type SuggestionClaim } from './suggestion';
export * from './users';
export { claimGroups, reportedValues, writtenValue } from './written-value';
export { LIMITS } from './limits';

export const datePattern = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

export const errorCodeSchema = z.enum([
  'bad_request',
  'unauthorized',
  'forbidden',
  'not_found',
  'conflict',
  'payload_too_large',
  'unsupported_media_type',
  'unprocessable',
  'method_not_allowed',
  'too_many_requests',
  'bad_gateway',
  'service_unavailable',
  'internal',
]);
export const apiErrorSchema = z.object({ error: z.object({ code: errorCodeSchema, message: z.string() }) });
export type ApiError = z.infer<typeof apiErrorSchema>;

export const reviewStatusSchema = z.enum(['open', 'verified', 'disputed', 'dismissed']);
export type ReviewStatus = z.infer<typeof reviewStatusSchema>;
export const reviewReasonSchema = z.enum(['different-time', 'different-scope', 'rounding', 'error', 'copied', 'other']);
export type ReviewReason = z.infer<typeof reviewReasonSchema>;
export const claimMarkSchema = z.enum(['verified', 'wrong', 'outdated']);
export type ClaimMark = z.infer<typeof claimMarkSchema>;

// ---- stories -------------------------------------------------------------------------------
export const storySchema = z.object({
  id: z.string(),
  title: z.string(),
  createdAt: z.string(),
  articleCount: z.number().int(),
  factCount: z.number().int(),
  conflictCount: z.number().int(),
  reviewedCount: z.number().int(),
  engineVersion: z.string().nullable(),
});
export type Story = z.infer<typeof storySchema>;
export const createStorySchema = z.object({ title: z.string().trim().min(1).max(300) });
export type CreateStory = z.infer<typeof createStorySchema>;
/** PATCH /stories/:id: what can change about a story. */
export const updateStorySchema = z.object({ title: z.string().trim().min(1).max(300) }).strict();
export type UpdateStory = z.infer<typeof updateStorySchema>;
export const deletedStorySchema = z.object({ deleted: z.string(), title: z.string(), articles: z.number().int(), facts: z.number().int() });
export type DeletedStory = z.infer<typeof deletedStorySchema>;

// ---- articles ------------------------------------------------------------------------------
export const articleSummarySchema = z.object({
  id: z.string(),
  storyId: z.string(),
  sourceId: z.string(),
  file: z.string(),
  title: z.string(),
  outlet: z.string(),
  published: z.string().nullable(),
  url: z.string().nullable(),
  claimCount: z.number().int(),
  createdAt: z.string(),
});
export type ArticleSummary = z.infer<typeof articleSummarySchema>;
export const articleDetailSchema = articleSummarySchema.extend({
  text: z.string(),
  claims: z.array(claimSchema.extend({ factId: z.string().nullable() })),
});
export type ArticleDetail = z.infer<typeof articleDetailSchema>;

export const storyDetailSchema = storySchema.extend({ articles: z.array(articleSummarySchema) });
export type StoryDetail = z.infer<typeof storyDetailSchema>;

export const addArticleSchema = z.object({
  title: z.string().trim().min(1).max(500),
  /** Blank, missing or "unknown": the URL's site name is used, else "outlet not given". */
  outlet: z.string().trim().max(200).nullable().optional(),
  published: z.string().regex(datePattern, 'published must be YYYY, YYYY-MM or YYYY-MM-DD').nullable().optional(),
  url: z.url().nullable().optional(),
  text: z.string().min(1).max(2_000_000),
  file: z.string().max(300).optional(),
});
export type AddArticle = z.infer<typeof addArticleSchema>;
/** An article to fetch from the web: http or https only. */
export const addArticleFromUrlSchema = z.object({
  url: z.url({ protocol: /^https?$/, error: 'must be an http or https address, e.g. https://example.org/news/1' }).max(2000),
}).strict();
export type AddArticleFromUrl = z.infer<typeof addArticleFromUrlSchema>;
export const addArticlesResponseSchema = z.object({
  articles: z.array(articleSummarySchema),
  errors: z.array(z.object({ file: z.string(), message: z.string() })),
});
export type AddArticlesResponse = z.infer<typeof addArticlesResponseSchema>;
/** POST /stories/:id/articles?uploadId=…: a name the dashboard picks, so the live events of this upload's progress can be told apart. */
export const uploadQuerySchema = z.object({ uploadId: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'uploadId: 8 to 64 letters, digits, - or _').optional() });

// ---- reviews -------------------------------------------------------------------------------
export const reviewSchema = z.object({
  status: reviewStatusSchema,
  reason: reviewReasonSchema.nullable(),
  value: z.number().nullable(),
  rightClaimIds: z.array(z.string()),
  note: z.string(),
  reviewer: z.string().nullable(),
  version: z.number().int(),
  updatedAt: z.string().nullable(),
});
export type Review = z.infer<typeof reviewSchema>;
export const putReviewSchema = z.object({
  status: reviewStatusSchema,
  reason: reviewReasonSchema.nullable().optional(),
  value: z.number().finite().nullable().optional(),
  rightClaimIds: z.array(z.string()).max(1000).optional(),
  note: z.string().max(20_000).optional(),
  reviewer: z.string().trim().max(200).nullable().optional(),
  version: z.number().int().min(0),
});
export type PutReview = z.infer<typeof putReviewSchema>;
export const reviewConflictSchema = apiErrorSchema.extend({ current: reviewSchema });

export const putMarkSchema = z.object({ mark: claimMarkSchema.nullable(), reviewer: z.string().trim().max(200).nullable().optional() });
export type PutMark = z.infer<typeof putMarkSchema>;
export const moveClaimSchema = z.union([
  z.object({ factId: z.string().min(1) }).strict(),
  z.object({ newFact: z.literal(true) }).strict(),
]);
export type MoveClaim = z.infer<typeof moveClaimSchema>;

// ---- facts ---------------------------------------------------------------------------------
export const articleRefSchema = z.object({
  id: z.string(),
  title: z.string(),
  outlet: z.string(),
  published: z.string().nullable(),
  url: z.string().nullable(),
  file: z.string(),
});
export const claimViewSchema = claimSchema.extend({
  mark: claimMarkSchema.nullable(),
  article: articleRefSchema,
  /** The source this article's text copies, if any (wire copy). */
  copyOfArticleId: z.string().nullable(),
  /** The figure as the source wrote it, qualifier and unit included: "about 39,000 personnel". */
  written: z.string(),
});
export type ClaimView = z.infer<typeof claimViewSchema>;

/** One claim's value as its source wrote it, with who wrote it and when it held: what lists and charts show. */
export const reportedValueSchema = z.object({
  claimId: z.string(),
  /** "about 39,000 personnel", "more than 4,500 troops". */
  text: z.string(),
  number: z.number(),
  outlet: z.string(),
  asOf: z.string().nullable(),
});
export type ReportedValue = z.infer<typeof reportedValueSchema>;
/**
 * A reported value as the facts list (and a fact's page) carries it: without the claim's id, which no list
 * or chart reads. Hundreds of facts of up to 50 values each: the ids were a fifth of the list and, being
 * random, half of it gzipped. Reports keep them (FullFact).
 */
export const listedValueSchema = reportedValueSchema.omit({ claimId: true });
export type ListedValue = z.infer<typeof listedValueSchema>;

export const factSummarySchema = factSchema.omit({ claimIds: true, sourceIds: true }).extend({
  storyId: z.string(),
  claimCount: z.number().int(),
  outlets: z.array(z.string()),
  /** The derived intervals: a secondary detail. */
  values: z.array(intervalSchema),
  /** The values as written, one per distinct value, outlet and date (at most 50), in as-of order. */
  reported: z.array(listedValueSchema),
  review: reviewSchema,
});
export type FactSummary = z.infer<typeof factSummarySchema>;

export const historyEntrySchema = z.object({
  id: z.string(),
  at: z.string(),
  actor: z.string().nullable(),
  action: z.string(),
  entity: z.enum(['story', 'article', 'fact', 'claim', 'review']),
  entityId: z.string(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
});
export type HistoryEntry = z.infer<typeof historyEntrySchema>;

/** A suggestion from the sources for a fact with a discrepancy (see the engine's suggestValue): never a verdict. */
export const suggestionSchema = z.object({
  value: z.number(),
  /** The value as the claims behind it write it. */
  text: z.string(),
  /** The claims that give it (at most LIMITS.suggestionClaimIds; the reasons say how many sources). */
  claimIds: z.array(z.string()),
  basis: z.enum(['reviewer-marks', 'latest-report', 'agreement']),
  reasons: z.array(z.string()),
});
export type Suggestion = z.infer<typeof suggestionSchema>;

/** Claims that give the same figure as written, from one outlet, as of one date: a fact of any size, in a few lines. */
export const claimGroupSchema = z.object({
  /** "about 4,500 troops" */
  text: z.string(),
  number: z.number(),
  value: intervalSchema,
  outlet: z.string(),
  asOf: z.string().nullable(),
  /** How many claims say it. */
  count: z.number().int(),
  /** One of them, e.g. to open it in its article. */
  claimId: z.string(),
});
export type ClaimGroup = z.infer<typeof claimGroupSchema>;

/**
 * A fact's page: small however many claims it holds. Every claim is counted in `groups` (at most
 * LIMITS.claimGroups of them, the largest; `groupCount` says how many there are); the claims themselves,
 * quotes and all, come a page at a time: the first here, the rest from GET /facts/:id/claims?offset=claimsNext.
 */
export const factDetailSchema = factSummarySchema.extend({
  groups: z.array(claimGroupSchema),
  groupCount: z.number().int(),
  claims: z.array(claimViewSchema),
  /** Where the next page of claims starts; null when `claims` holds them all. */
  claimsNext: z.number().int().nullable(),
  /** The latest LIMITS.factHistory entries. */
  history: z.array(historyEntrySchema),
  suggestion: suggestionSchema.nullable(),
});
export type FactDetail = z.infer<typeof factDetailSchema>;
/** A fact with every one of its claims, no paging, and the claim behind each reported value: what reports are made of. */
export type FullFact = Omit<FactDetail, 'groups' | 'groupCount' | 'claimsNext' | 'reported'> & { reported: ReportedValue[] };

export const claimPageQuerySchema = z.object({
  offset: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(200).optional(),
});
export type ClaimPageQuery = z.infer<typeof claimPageQuerySchema>;
/** GET /facts/:id/claims: claims `offset` on, in the fact's order; `next` is where the following page starts, null at the end. */
export const claimPageSchema = z.object({ claims: z.array(claimViewSchema), offset: z.number().int(), total: z.number().int(), next: z.number().int().nullable() });
export type ClaimPage = z.infer<typeof claimPageSchema>;

export const factSortSchema = z.enum(['conflicts-first', 'label', 'claims', 'updated']);
export const factListQuerySchema = z.object({
  assessment: assessmentSchema.optional(),
  status: reviewStatusSchema.optional(),
  outlet: z.string().optional(),
  q: z.string().max(200).optional(),
  sort: factSortSchema.optional(),
});
export type FactListQuery = z.infer<typeof factListQuerySchema>;
export const factListSchema = z.object({ facts: z.array(factSummarySchema), total: z.number().int() });
export type FactList = z.infer<typeof factListSchema>;

export const reportFormatSchema = z.enum(['md', 'html', 'csv', 'json', 'claimreview']);
export type ReportFormat = z.infer<typeof reportFormatSchema>;
export const reportScopeSchema = z.enum(['all', 'filtered', 'verified']);

/** Changes to the list of stories itself (created, renamed, deleted), newest first. */
export const storyHistorySchema = z.object({ entries: z.array(historyEntrySchema) });

/**
 * `auth`: personal (no sign-in, loopback only) or team (sign-in and roles). `ok` is false (with HTTP 503)
 * when the database does not answer or the process is shutting down: a load balancer sends no more requests.
 */
export const healthSchema = z.object({
  ok: z.boolean(),
  engineVersion: z.string(),
  database: z.enum(['pglite', 'postgres']),
  databaseReachable: z.boolean(),
  /** PostgreSQL: whether this process hears the other processes' changes (else it reads every revision from the database). */
  sharedChanges: z.boolean(),
  shuttingDown: z.boolean(),
  auth: z.enum(['personal', 'team']),
});
export type Health = z.infer<typeof healthSchema>;

// ---- live updates (GET /events, server-sent events named "change") ---------------------------
/**
 * What changed, sent to every open dashboard: a review or a mark in full (the client writes it into its
 * cache), or a story whose facts, articles or list entry changed (the client refetches those).
 */
export const liveEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('review'), storyId: z.string(), factId: z.string(), review: reviewSchema, entry: historyEntrySchema }),
  z.object({ type: z.literal('mark'), storyId: z.string(), claimId: z.string(), mark: claimMarkSchema.nullable(), actor: z.string().nullable() }),
  z.object({
    type: z.literal('facts'), storyId: z.string(), actor: z.string().nullable(),
    action: z.enum(['claim moved', 'articles added', 'article deleted', 'story reanalyzed']),
  }),
  z.object({ type: z.literal('story'), storyId: z.string(), actor: z.string().nullable(), action: z.enum(['story created', 'story renamed', 'story deleted']) }),
  // How far an upload has got: `done` of `total` articles read and analysed, then the story regrouped and saved.
  z.object({
    type: z.literal('upload'), storyId: z.string(), uploadId: z.string(),
    phase: z.enum(['analysing', 'grouping', 'saving']), done: z.number().int(), total: z.number().int(),
  }),
]);
export type LiveEvent = z.infer<typeof liveEventSchema>;
