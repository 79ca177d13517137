import type { FactSummary } from '../../../contract/api';

export interface SidePoint {
  text: string;
  outlets: string[];
  asOf: string | null;
}

export interface SideBySide {
  points: SidePoint[];
  /** Distinct points left out to keep the line short. */
  hidden: number;
  /** "vs" between values that disagree at one time, "→" between values that follow each other. */
  joiner: 'vs' | '→';
}

/**
 * A fact's values as written, side by side on one line: one point per distinct (value, date) with every
 * outlet that gives it, oldest first; a long run keeps its first value and its latest ones.
 * e.g. 100 soldiers (EWB, 2024-03-21) and 120 soldiers (two outlets, 2024-12) -> 2 points joined by "vs".
 */
export function sideBySide(fact: Pick<FactSummary, 'reported' | 'assessment'>, max = 4): SideBySide {
  const byPoint = new Map<string, SidePoint>();
  for (const r of fact.reported) {
    const key = `${r.text}|${r.asOf ?? ''}`;
    const p = byPoint.get(key) ?? { text: r.text, outlets: [], asOf: r.asOf };
    if (!p.outlets.includes(r.outlet)) p.outlets.push(r.outlet);
    byPoint.set(key, p);
  }
  const all = [...byPoint.values()].sort((a, b) => (a.asOf ?? '\uffff').localeCompare(b.asOf ?? '\uffff'));
  const points = all.length <= max ? all : [all[0] as SidePoint, ...all.slice(-(max - 1))];
  return { points, hidden: all.length - points.length, joiner: fact.assessment === 'changed-over-time' ? '→' : 'vs' };
}
