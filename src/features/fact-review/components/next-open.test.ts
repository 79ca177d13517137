import { describe, expect, it } from 'vitest';

import type { FactSummary } from '../../../contract/api';

import { nextOpenDiscrepancy } from './next-open';

const fact = (id: string, assessment: FactSummary['assessment'], status: FactSummary['review']['status'] = 'open'): FactSummary => ({
  id, storyId: 's', key: id, label: id, measure: null, unit: null, subject: null, scope: [], independentSourceCount: 2, assessment, explanation: '',
  claimCount: 2, outlets: [], values: [], reported: [], review: { status, reason: null, value: null, rightClaimIds: [], note: '', reviewer: null, version: 0, updatedAt: null },
});

describe('nextOpenDiscrepancy', () => {
  const facts = [fact('a', 'conflict'), fact('b', 'conflict', 'verified'), fact('c', 'changed-over-time'), fact('d', 'consistent'), fact('e', 'conflict')];

  it.each([
    ['skips reviewed and consistent facts', 'a', 'c'],
    ['goes on down the list', 'c', 'e'],
    ['goes round to the top', 'e', 'a'],
    ['starts at the top from a fact outside the list', 'zzz', 'a'],
  ])('%s', (_name, current, expected) => {
    expect(nextOpenDiscrepancy(facts, current)?.id).toBe(expected);
  });

  it('gives null when no other open conflict is left', () => {
    expect(nextOpenDiscrepancy([fact('a', 'conflict'), fact('b', 'conflict', 'disputed'), fact('d', 'single-source')], 'a')).toBeNull();
  });
});
