import { describe, expect, it } from 'vitest';

import type { FactSummary } from '../../../contract/api';

import { filterFacts } from './filter-facts';

const fact = (id: string, assessment: FactSummary['assessment'], label: string, status: FactSummary['review']['status'] = 'open'): FactSummary => ({
  id, storyId: 's', key: id, label, measure: 'troops', unit: 'soldier', subject: null, scope: [], independentSourceCount: 2, assessment,
  explanation: '', claimCount: 2, outlets: ['A'], values: [], reported: [], review: { status, reason: null, value: null, rightClaimIds: [], note: '', reviewer: null, version: 0, updatedAt: null },
});

describe('filterFacts', () => {
  it('filters 10,000 facts by text, assessment and status, conflicts first', () => {
    const many = Array.from({ length: 10_000 }, (_, i) => fact(`f${i}`, i % 4 === 0 ? 'conflict' : 'consistent', `Fact ${i}`, i % 3 === 0 ? 'verified' : 'open'));
    const out = filterFacts(many, { q: 'fact 12', assessment: 'conflict', status: 'verified' });
    const expected = many.filter((f) => f.label.toLowerCase().includes('fact 12') && f.assessment === 'conflict' && f.review.status === 'verified');
    expect(expected.length).toBeGreaterThan(5);
    expect(out.map((f) => f.id).sort()).toEqual(expected.map((f) => f.id).sort());
    expect(out.map((f) => f.label)).toEqual([...out.map((f) => f.label)].sort());
    expect(filterFacts([fact('a', 'consistent', 'A'), fact('b', 'conflict', 'B')], {}).map((f) => f.id)).toEqual(['b', 'a']);
  });
});
