import type { ClaimDraft, Refiner } from '../extract/draft';

/**
 * Sorts drafts by position and drops any that overlaps an earlier, longer one, so "4.5 million" is one
 * figure, not "4.5 million" and "million".
 */
export const removeOverlaps: Refiner = (_ctx, drafts) => {
  const sorted = [...drafts].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: ClaimDraft[] = [];
  for (const d of sorted) {
    const last = kept[kept.length - 1];
    if (last && d.start < last.end) continue;
    kept.push(d);
  }
  return kept;
};
