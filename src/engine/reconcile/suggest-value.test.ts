import { describe, expect, it } from 'vitest';

import type { Assessment } from '../types';

import { suggestValue, type ReviewerMark, type SuggestionClaim, type SuggestValueInput } from './suggest-value';

/** A claim: id, source, number, as-of date. */
const c = (id: string, sourceId: string, number: number, asOf: string | null = '2024-03'): SuggestionClaim => ({
  id, sourceId, number, value: { low: number, high: number }, asOf,
});
const SOURCES = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => ({ id, outlet: `Outlet ${id.toUpperCase()}`, published: '2024-03' }));

function input(assessment: Assessment, claims: SuggestionClaim[], extra: Partial<SuggestValueInput> = {}): SuggestValueInput {
  return { assessment, claims, sources: SOURCES, copies: [], marks: {}, ...extra };
}

interface Row {
  name: string;
  input: SuggestValueInput;
  value: number | null;
  basis?: string;
  claimIds?: string[];
  /** Every string must appear in one of the reasons. */
  reasons?: string[];
}

const TABLE: Row[] = [
  {
    name: 'most independent sources agree: 4 of 5, latest date named',
    input: input('conflict', [c('1', 'a', 120, '2024-02-27'), c('2', 'b', 120, '2024-02-20'), c('3', 'c', 120, '2024-02'), c('4', 'd', 120, '2024-01'), c('5', 'e', 100)]),
    value: 120, basis: 'agreement', claimIds: ['1', '2', '3', '4'], reasons: ['4 of 5 independent sources give this value, latest on 27 February 2024'],
  },
  {
    name: 'copies fold into their original: three copies of one wire story count once',
    input: input('conflict', [c('1', 'a', 100), c('2', 'b', 100), c('3', 'c', 100), c('4', 'd', 120), c('5', 'e', 120)], {
      copies: [{ sourceId: 'b', copyOfId: 'a' }, { sourceId: 'c', copyOfId: 'b' }],
    }),
    value: 120, basis: 'agreement', reasons: ['2 of 3 independent sources give this value', '2 copies are counted with the source they copy'],
  },
  {
    name: 'a changing count: the most recent report wins even when older figures are more numerous',
    input: input('changed-over-time', [c('1', 'a', 50000, '1999'), c('2', 'b', 50000, '1999'), c('3', 'c', 39000, '2002'), c('4', 'a', 4443, '2024-03')]),
    value: 4443, basis: 'latest-report', claimIds: ['4'], reasons: ['the most recent report: as of March 2024 (Outlet A)', '1 of 3 independent sources gives this value'],
  },
  {
    name: 'a changing count whose latest date is split evenly falls back to agreement',
    input: input('changed-over-time', [c('1', 'a', 100, '2024-01'), c('2', 'b', 100, '2024-01'), c('3', 'c', 120, '2024-12'), c('4', 'd', 130, '2024-12')]),
    value: 100, basis: 'agreement', claimIds: ['1', '2'],
  },
  {
    name: 'a reviewer\'s verified mark comes first',
    input: input('conflict', [c('1', 'a', 120), c('2', 'b', 120), c('3', 'c', 100)], { marks: { '3': 'verified' } }),
    value: 100, basis: 'reviewer-marks', claimIds: ['3'], reasons: ['a reviewer marked 1 claim with this value verified'],
  },
  {
    name: 'claims marked wrong or outdated are left out',
    input: input('conflict', [c('1', 'a', 120), c('2', 'b', 120), c('3', 'c', 100), c('4', 'd', 100), c('5', 'e', 100)], {
      marks: { '3': 'wrong', '4': 'outdated' } as Record<string, ReviewerMark>,
    }),
    value: 120, basis: 'agreement', reasons: ['2 of 3 independent sources give this value', 'leaves out 2 claims marked wrong or outdated'],
  },
  {
    name: 'an even split at different dates suggests the more recent, and says so',
    input: input('conflict', [c('1', 'a', 100, '2024-03-21'), c('2', 'b', 120, '2024-12')]),
    value: 120, basis: 'latest-report', reasons: ['as many sources give 100; this is the more recent report'],
  },
  { name: 'an even split at the same date: no suggestion', input: input('conflict', [c('1', 'a', 100), c('2', 'b', 120)]), value: null },
  { name: 'an even split with no dates: no suggestion', input: input('conflict', [c('1', 'a', 100, null), c('2', 'b', 120, null)]), value: null },
  { name: 'consistent facts need no suggestion', input: input('consistent', [c('1', 'a', 100), c('2', 'b', 100)]), value: null },
  { name: 'single-source facts need no suggestion', input: input('single-source', [c('1', 'a', 100)]), value: null },
  { name: 'every claim marked wrong: no suggestion', input: input('conflict', [c('1', 'a', 100), c('2', 'b', 120)], { marks: { '1': 'wrong', '2': 'wrong' } }), value: null },
  { name: 'no claims: no suggestion', input: input('conflict', []), value: null },
  {
    name: 'a copy loop does not hang and still counts one source',
    input: input('conflict', [c('1', 'a', 100), c('2', 'b', 100), c('3', 'c', 120), c('4', 'd', 120), c('5', 'e', 120)], {
      copies: [{ sourceId: 'a', copyOfId: 'b' }, { sourceId: 'b', copyOfId: 'a' }],
    }),
    value: 120, reasons: ['3 of 4 independent sources give this value'],
  },
];

describe('suggestValue', () => {
  it.each(TABLE.map((row) => [row.name, row] as const))('%s', (_name, row) => {
    const got = suggestValue(row.input);
    if (row.value === null) {
      expect(got).toBeNull();
      return;
    }
    expect(got?.value).toBe(row.value);
    if (row.basis) expect(got?.basis).toBe(row.basis);
    if (row.claimIds) expect(got?.claimIds).toEqual(row.claimIds);
    for (const reason of row.reasons ?? []) expect(got?.reasons.join(' | ')).toContain(reason);
  });

  it('is deterministic and leaves its input alone', () => {
    const row = TABLE[0] as Row;
    const before = JSON.stringify(row.input);
    expect(suggestValue(row.input)).toEqual(suggestValue(row.input));
    expect(JSON.stringify(row.input)).toBe(before);
  });
});
