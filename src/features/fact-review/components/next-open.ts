import type { FactSummary } from '../../../contract/api';

const isDiscrepancy = (f: FactSummary) => f.assessment === 'conflict' || f.assessment === 'changed-over-time';

/**
 * The next fact to review after `currentId`: the next one in the list (conflicts first) whose sources
 * disagree and whose review is still open, going round to the top; null when none is left.
 */
export function nextOpenDiscrepancy(facts: FactSummary[], currentId: string): FactSummary | null {
  const at = facts.findIndex((f) => f.id === currentId);
  const ordered = at < 0 ? facts : [...facts.slice(at + 1), ...facts.slice(0, at)];
  return ordered.find((f) => f.id !== currentId && isDiscrepancy(f) && f.review.status === 'open') ?? null;
}
