import type { ClaimView, FactDetail, FactList, FactListQuery, FactSummary, HistoryEntry, MoveClaim, PutMark, PutReview, Review } from '../../contract/api';
import { ApiError, notFound } from '../errors';
import type { Db } from '../storage/db';
import { store, toReview, type ReviewRow } from '../storage/store';

import { inlineAnalyzer, type Analyzer } from './analyzer';
import { now } from './clock';
import { getFactPage } from './fact-page';
import { toClaimView, toFactSummary } from './fact-views';
import { factIdFor, recomputeFacts } from './recompute-facts';
import { loadClaimIndex } from './story-index';

export interface SavedReview { review: Review; storyId: string; entry: HistoryEntry }

const RANK = { conflict: 0, 'changed-over-time': 1, consistent: 2, 'single-source': 3 } as const;

function sortFacts(facts: FactSummary[], sort: FactListQuery['sort']): FactSummary[] {
  const byLabel = (a: FactSummary, b: FactSummary) => (a.label < b.label ? -1 : a.label > b.label ? 1 : 0);
  switch (sort ?? 'conflicts-first') {
    case 'label': return facts.sort(byLabel);
    case 'claims': return facts.sort((a, b) => b.claimCount - a.claimCount || byLabel(a, b));
    case 'updated': return facts.sort((a, b) => (b.review.updatedAt ?? '').localeCompare(a.review.updatedAt ?? '') || byLabel(a, b));
    default: return facts.sort((a, b) => RANK[a.assessment] - RANK[b.assessment] || byLabel(a, b));
  }
}

/** The facts of a story, filtered (assessment, review status, outlet, text) and sorted. */
export async function listFacts(db: Db, storyId: string, query: FactListQuery): Promise<FactList> {
  const q = query.q?.trim().toLowerCase() || undefined;
  const rows = await store.listFactRowsWithReviews(db, storyId, q);
  if (rows.length === 0 && !(await store.getStory(db, storyId))) throw notFound('story', storyId);
  const total = q ? await store.countFacts(db, storyId) : rows.length;
  const outlet = query.outlet?.toLowerCase();
  const out: FactSummary[] = [];
  for (const f of rows) {
    const review = f.status ? ({ ...f, story_id: storyId, fact_key: f.key } as Omit<ReviewRow, 'claim_ids'>) : null;
    const summary = toFactSummary(storyId, f.id, f.data, f.claim_count, review);
    if (query.assessment && summary.assessment !== query.assessment) continue;
    if (query.status && summary.review.status !== query.status) continue;
    if (outlet && !summary.outlets.some((o) => o.toLowerCase() === outlet)) continue;
    out.push(summary);
  }
  return { facts: sortFacts(out, query.sort), total };
}

export const getFact = (db: Db, factId: string): Promise<FactDetail> => getFactPage(db, factId);

/**
 * Saves a fact's review if the caller saw the latest version; otherwise 409 with the current review,
 * so nobody's work is overwritten silently. One statement does it all (store.saveReview): no analysis,
 * no transaction around it. `reviewer` is who is recorded: the signed-in user in team mode, never the body's say.
 */
export async function putReview(db: Db, factId: string, body: PutReview, reviewer: string | null = body.reviewer ?? null): Promise<SavedReview> {
  const unknown = await store.claimsNotInFact(db, factId, body.rightClaimIds ?? []);
  if (unknown.length > 0) throw new ApiError('unprocessable', `rightClaimIds names claims that are not in this fact: ${unknown.join(', ')}`);
  const at = now();
  const change = { status: body.status, reason: body.reason ?? null, value: body.value ?? null, right_claim_ids: body.rightClaimIds ?? [], note: body.note ?? '', reviewer, updated_at: at };
  const { story_id: storyId, fact_key: key, before, saved, seq, revision } = await store.saveReview(db, db.bus, factId, change, body.version);
  if (!storyId || !key) throw notFound('fact', factId);
  if (!saved) {
    // The statement saw `before` as it stood when it began; if that was the caller's version, someone saved since: read it.
    const current = toReview(before && before.version !== body.version ? before : await store.getReview(db, storyId, key));
    throw new ApiError('conflict', `This fact was changed by ${current.reviewer ?? 'someone else'} (now at version ${current.version}; you sent ${body.version}).`, { current });
  }
  if (revision !== null) db.bus.deliver({ type: 'revision', storyId, revision: Number(revision) });
  const review = toReview(saved);
  const entry: HistoryEntry = { id: String(seq), at, actor: reviewer, action: 'review saved', entity: 'review', entityId: factId, before: before ? toReview(before) : null, after: review };
  return { review, storyId, entry };
}

async function findClaim(db: Db, claimId: string) {
  const rows = await db.query<{ story_id: string }>('SELECT story_id FROM claims WHERE id = $1 LIMIT 1', [claimId]);
  const storyId = rows[0]?.story_id;
  if (!storyId) throw notFound('claim', claimId);
  return storyId;
}

/** Marks a claim verified, wrong or outdated (or clears the mark); `reviewer` as for putReview. */
export async function putMark(db: Db, claimId: string, body: PutMark, reviewer: string | null = body.reviewer ?? null): Promise<{ view: ClaimView; storyId: string }> {
  const storyId = await findClaim(db, claimId);
  await db.transaction(async (tx) => {
    const before = (await store.marksOf(tx, storyId, [claimId]))[0]?.mark ?? null;
    if (body.mark) await store.setMark(tx, storyId, claimId, body.mark, reviewer, now());
    else await store.clearMark(tx, storyId, claimId);
    await store.addHistory(tx, storyId, { at: now(), actor: reviewer, action: 'claim marked', entity: 'claim', entityId: claimId, before: { mark: before }, after: { mark: body.mark } });
    await store.bumpRevision(tx, storyId);
  });
  const view = toClaimView(await loadClaimIndex(db, storyId, [claimId]), claimId);
  if (!view) throw notFound('claim', claimId);
  return { view, storyId };
}

/** Moves a claim to another fact of its story, or into a new fact of its own; kept across recomputes. */
export async function moveClaim(db: Db, claimId: string, body: MoveClaim, actor: string | null = null, analyzer: Analyzer = inlineAnalyzer): Promise<FactDetail> {
  const storyId = await findClaim(db, claimId);
  let targetKey: string;
  if ('factId' in body) {
    const target = await store.getFactHead(db, body.factId);
    if (!target) throw notFound('fact', body.factId);
    if (target.story_id !== storyId) throw new ApiError('unprocessable', `fact ${body.factId} belongs to another story`);
    targetKey = target.key;
  } else targetKey = `split|${claimId}`;
  await db.transaction(async (tx) => {
    const from = await store.findFactOfClaim(tx, storyId, claimId);
    await store.setCorrection(tx, storyId, claimId, targetKey);
    await store.addHistory(tx, storyId, { at: now(), actor, action: 'claim moved', entity: 'claim', entityId: claimId, before: { factId: from?.id ?? null, label: from?.data.label ?? null }, after: { factId: factIdFor(storyId, targetKey) } });
    await recomputeFacts(tx, storyId, analyzer);
    await store.bumpRevision(tx, storyId);
  });
  return getFact(db, factIdFor(storyId, targetKey));
}
