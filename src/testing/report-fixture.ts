import { join, resolve } from 'node:path';

import { analyze } from '../engine';
import { readArticles } from '../ingest/read-articles';
import { analysisToReportInput } from '../report/analysis-to-report';
import type { ReportInput } from '../report/types';

/**
 * The KFOR fixture story with some reviews, for the report tests: one fact verified with a reason and a
 * note, one disputed, the rest open. Deterministic: fixed time, stable ids.
 */
export function reviewedKforInput(): ReportInput {
  const root = resolve(import.meta.dirname, '../..');
  const { articles } = readArticles([join(root, 'fixtures/articles')]);
  const input = analysisToReportInput(analyze(articles), 'KFOR troop figures', '2026-01-15T12:00:00.000Z');
  // Found by their figures, not their labels: labels are the engine's wording and may change.
  const holding = (n: number) => input.facts.find((f) => f.claims.some((c) => c.number === n && c.unit === 'soldier'));
  const [strength, bulgaria] = [input.facts.find((f) => f.claims.some((c) => c.number === 4443)), holding(100)];
  if (bulgaria) {
    bulgaria.review = {
      status: 'verified', reason: 'different-time', value: 120, rightClaimIds: bulgaria.claims.filter((c) => c.number === 120).map((c) => c.id),
      note: 'Two rotations: 100 sent in March, 120 in December.', reviewer: 'Ana Reviewer', version: 1, updatedAt: '2026-01-14T09:30:00.000Z',
    };
  }
  if (strength) {
    strength.review = { status: 'disputed', reason: 'error', value: null, rightClaimIds: [], note: 'Sources round differently; NATO figure pending.', reviewer: 'Bo Editor', version: 2, updatedAt: '2026-01-14T10:00:00.000Z' };
  }
  return { ...input, siteUrl: 'https://tally.example' };
}
