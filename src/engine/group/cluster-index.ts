import type { Claim } from '../types';

import { dayOf, pointOf } from './compare-claims';

/** Values more than this many times apart at about the same time are not the same quantity. */
const SAME_TIME_RATIO = Math.log(8);
/** Values more than this many times apart are never the same quantity, whenever they held. */
const ANY_TIME_RATIO = Math.log(100);
/** Durations of one thing rarely differ by more than this ("12 years", "13 years", "more than a decade"). */
const DURATION_RATIO = Math.log(2.5);
/** Shares of one thing move, but not tenfold ("38% searched", then "more than 95%"). */
const PERCENT_RATIO = Math.log(3);
/** Values this close count as the same when a percentage or a duration shares no word with the cluster. */
const NEAR_EQUAL = Math.log(1.25);
const NEAR_DAYS = 3;

interface Point {
  day: number | null;
  unit: string | null;
  log: number | null;
}

const pointFor = (c: Claim): Point => {
  const x = pointOf(c);
  return { day: dayOf(c.asOf), unit: c.frame.compareUnit, log: x !== null && x > 0 ? Math.log(x) : null };
};

/** Percentages, durations and amounts whose purpose is unnamed need words in common to meet. */
const CUED_FAMILIES = new Set(['money', 'percent', 'length', 'area', 'mass', 'volume', 'speed', 'temperature', 'power', 'energy', 'data']);
const needsCues = (c: Claim) => c.frame.family === 'duration' || (CUED_FAMILIES.has(c.frame.family ?? '') && c.frame.event === null);

/**
 * One cluster of claims under construction, indexed so that a candidate is compared with a bounded number
 * of members: the value range per unit, the members of the nearest days, the sentences and the cue words.
 */
export class ClusterIndex {
  readonly members: Claim[] = [];
  private readonly sentences = new Set<string>();
  private readonly cues = new Set<string>();
  private readonly ranges = new Map<string | null, { min: number; max: number }>();
  private readonly byDay = new Map<number | null, Point[]>();
  private days: number[] = [];

  constructor(
    public place: string | null,
    readonly part: string,
    public occasion: [number, number] | null,
  ) {}

  get size(): number {
    return this.members.length;
  }

  add(atom: Claim[]): void {
    for (const c of atom) {
      this.members.push(c);
      this.sentences.add(`${c.sourceId}:${c.sentence.start}`);
      for (const w of c.frame.cues) this.cues.add(w);
      if (this.place === null && c.frame.place !== null) this.place = c.frame.place;
      // An earlier value restated beside the current one is not what later claims are compared with.
      if (c.frame.link?.kind === 'restated' && atom.length > 1) continue;
      const p = pointFor(c);
      if (p.log !== null) {
        const r = this.ranges.get(p.unit);
        this.ranges.set(p.unit, r ? { min: Math.min(r.min, p.log), max: Math.max(r.max, p.log) } : { min: p.log, max: p.log });
      }
      const list = this.byDay.get(p.day);
      if (list) list.push(p);
      else {
        this.byDay.set(p.day, [p]);
        if (p.day !== null) this.days = [...this.days, p.day].sort((a, b) => a - b);
      }
    }
  }

  /** Members held within `days` of `day` (and those of unknown date). */
  private near(day: number | null, days: number): Point[] {
    if (day === null) return [...this.byDay.values()].flat();
    const out = [...(this.byDay.get(null) ?? [])];
    for (const d of this.days) if (Math.abs(d - day) <= days) out.push(...(this.byDay.get(d) ?? []));
    return out;
  }

  /** The members of the day nearest to `day`. */
  private nearest(day: number | null): Point[] {
    if (day === null || this.days.length === 0) return [...this.byDay.values()].flat();
    let best = this.days[0] as number;
    for (const d of this.days) if (Math.abs(d - day) < Math.abs(best - day)) best = d;
    return this.byDay.get(best) ?? [];
  }

  /**
   * How well claims fit this cluster: the log distance of a value to the member nearest in time (lower is
   * better; 1 when no value can be compared), or null when a constraint forbids it.
   */
  fit(atom: Claim[], { cues = true }: { cues?: boolean } = {}): number | null {
    let cueOk = !cues || !needsCues(atom[0] as Claim);
    let score: number | null = null;
    for (const c of atom) {
      if (this.sentences.has(`${c.sourceId}:${c.sentence.start}`)) return null;
      if (this.place !== null && c.frame.place !== null && c.frame.place !== this.place) return null;
      if (!cueOk && c.frame.cues.some((w) => this.cues.has(w))) cueOk = true;
      // An earlier value restated beside the current one ("up from six") differs by nature: the atom's own value decides.
      if (c.frame.link?.kind === 'restated' && atom.length > 1) continue;
      const p = pointFor(c);
      const range = this.ranges.get(p.unit);
      if (p.log === null || !range) continue;
      const limit = c.frame.family === 'duration' ? DURATION_RATIO : c.frame.family === 'percent' ? PERCENT_RATIO : ANY_TIME_RATIO;
      if (Math.max(Math.abs(p.log - range.min), Math.abs(p.log - range.max)) > limit) return null;
      for (const m of this.near(p.day, NEAR_DAYS)) {
        if (m.unit === p.unit && m.log !== null && Math.abs(m.log - p.log) > SAME_TIME_RATIO) return null;
      }
      for (const m of this.nearest(p.day)) {
        if (m.unit !== p.unit || m.log === null) continue;
        const d = Math.abs(m.log - p.log);
        // An amount of unnamed purpose needs a word in common; a nearly equal value is not enough.
        if (!cueOk && d <= NEAR_EQUAL && c.frame.family !== 'money') cueOk = true;
        if (score === null || d < score) score = d;
      }
    }
    if (!cueOk) return null;
    return score ?? 1;
  }
}
