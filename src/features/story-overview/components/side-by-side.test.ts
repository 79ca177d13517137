import { describe, expect, it } from 'vitest';

import type { ReportedValue } from '../../../contract/api';

import { sideBySide } from './side-by-side';

const r = (text: string, outlet: string, asOf: string | null, number = 0): ReportedValue => ({ claimId: `${text}|${outlet}`, text, number, outlet, asOf });

describe('sideBySide', () => {
  it('puts one point per value and date, with every outlet that gives it, oldest first', () => {
    const line = sideBySide({
      assessment: 'conflict',
      reported: [r('120 soldiers', 'Outlet B', '2024-12'), r('100 soldiers', 'EWB', '2024-03-21'), r('120 soldiers', 'Outlet C', '2024-12'), r('120 soldiers', 'Outlet B', '2024-12')],
    });
    expect(line).toEqual({
      points: [{ text: '100 soldiers', outlets: ['EWB'], asOf: '2024-03-21' }, { text: '120 soldiers', outlets: ['Outlet B', 'Outlet C'], asOf: '2024-12' }],
      hidden: 0,
      joiner: 'vs',
    });
  });

  it('keeps the first and the latest values of a long change over time, and counts the rest', () => {
    const years = ['1999', '2002', '2003-06', '2003-12', '2023-01', '2024-03'];
    const line = sideBySide({ assessment: 'changed-over-time', reported: years.map((y, i) => r(`${i} troops`, 'EWB', y)) });
    expect(line.points.map((p) => p.asOf)).toEqual(['1999', '2003-12', '2023-01', '2024-03']);
    expect(line.hidden).toBe(2);
    expect(line.joiner).toBe('→');
  });

  it('puts undated values last', () => {
    const line = sideBySide({ assessment: 'conflict', reported: [r('5', 'A', null), r('6', 'B', '2020')] });
    expect(line.points.map((p) => p.text)).toEqual(['6', '5']);
  });
});
