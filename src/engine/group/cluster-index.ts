import type { Claim, Interval } from '../types';

import { dayOf } from './claim-dates';
import type { ExchangeRates } from './exchange-rates';

/** Values more than an order of magnitude apart at about the same time are not the same quantity. */
const SAME_TIME_RATIO = Math.log(10);
/** Values more than this many times apart are never the same quantity, whenever they held. */
const ANY_TIME_RATIO = Math.log(100);
/** Durations of one thing rarely differ by more than this ("12 years", "13 years", "more than a decade"). */
const DURATION_RATIO = Math.log(2.5);
/** Shares of one thing move, but not tenfold ("38% searched", then "more than 95%"). */
const PERCENT_RATIO = Math.log(3);
/** Values this close count as the same when a percentage or a duration shares no word with the cluster. */
const NEAR_EQUAL = Math.log(1.25);
const NEAR_DAYS = 3;
/** Two values of one article, one day and one voice this far apart are two quantities ("10,000" and "6,000" may be one; "12,000" and "5,000" are not). */
const OWN_ARTICLE_RATIO = Math.log(2);
/** Shares are written to the decimal: "28.6%" and "20.8%" in one article are two parties', "31.8%" and "31.6%" one rounded twice. */
const OWN_ARTICLE_PERCENT_RATIO = Math.log(1.1);
/** Members of one day compared for the best fit: a real story has a handful; a huge cluster is not scanned whole. */
const NEAREST_CAP = 64;

/** A claim's value as an interval of logarithms: "more than 4,500" is [ln 4500, +∞); null when not positive. */
interface Span {
  day: number | null;
  unit: string | null;
  lo: number;
  hi: number;
  /** Where the value sits, for choosing between clusters that all fit: the middle, or the one bound. */
  mid: number;
}

const ln = (x: number | null) => (x === null ? null : x > 0 ? Math.log(x) : NaN);
/** How far an open bound plausibly reaches: "more than 100,000" is not a million; "up to 1,000" is not 50. */
const ABOVE = Math.log(3);
const BELOW = Math.log(10);

function spanFor(c: Claim): Span | null {
  const v: Interval = c.frame.compareValue ?? c.value;
  const low = ln(v.low);
  const high = ln(v.high);
  if (Number.isNaN(low) || Number.isNaN(high) || (low === null && high === null)) return null;
  const lo = low ?? (high as number) - BELOW;
  const hi = high ?? (low as number) + ABOVE;
  const mid = low === null ? (high as number) : high === null ? low : (low + high) / 2;
  return { day: dayOf(c.asOf), unit: c.frame.compareUnit, lo, hi, mid };
}

const figureOf = (c: Claim) => `${c.frame.compareUnit}|${c.number}`;
/** The members of one day: their spans, and per unit the farthest bounds, so a check of all of them is one lookup. */
interface DayBucket {
  day: number | null;
  spans: Span[];
  extremes: Map<string | null, { minHi: number; maxLo: number }>;
}

function widen(extremes: Map<string | null, { minHi: number; maxLo: number }>, s: Span): Map<string | null, { minHi: number; maxLo: number }> {
  const e = extremes.get(s.unit);
  extremes.set(s.unit, e ? { minHi: Math.min(e.minHi, s.hi), maxLo: Math.max(e.maxLo, s.lo) } : { minHi: s.hi, maxLo: s.lo });
  return extremes;
}

const isVague = (c: Claim) => /^(?:dozens|scores|hundreds|thousands|millions|billions|tens)\b/i.test(c.surface);
const isRestatement = (c: Claim) => c.frame.link?.kind === 'restated' || c.frame.link?.kind === 'earlier';

/** Two values of one article come from one voice: the same source named, or none; for shares, also one named beside none. */
const oneVoice = (a: string | null, b: string | null, share: boolean) => a === b || (share && (a === null || b === null));

/** How far apart two values are, in log units: 0 when their intervals overlap ("at least 20,000" and 325,000). */
const gap = (a: Span, b: Span) => Math.max(0, a.lo - b.hi, b.lo - a.hi);

/** Percentages, durations and amounts whose purpose is unnamed need words in common to meet. */
const CUED_FAMILIES = new Set(['money', 'percent', 'length', 'area', 'mass', 'volume', 'speed', 'temperature', 'power', 'energy', 'data']);
const needsCues = (c: Claim) => (c.frame.family === 'duration' || CUED_FAMILIES.has(c.frame.family ?? '')) && c.frame.event === null;
/** Amounts of one purpose in one story ("its revenue", "the fine") do not move tenfold, however far apart in time. */
const MONEY_RATIO = Math.log(10);
const limitFor = (c: Claim) => (c.frame.family === 'duration' ? DURATION_RATIO : c.frame.family === 'percent' ? PERCENT_RATIO : c.frame.family === 'money' ? MONEY_RATIO : ANY_TIME_RATIO);

/**
 * One cluster of claims under construction, indexed so that a candidate is compared with a bounded number
 * of members: the extreme bounds per unit, the members of the nearest days, the sentences and the cue words.
 */
export class ClusterIndex {
  readonly members: Claim[] = [];
  private readonly sentences = new Set<string>();
  private readonly cues = new Set<string>();
  /** The figures of the members, as unit and number: "USD|750000". */
  private readonly figures = new Set<string>();
  /** Per article, its members' values and who gave them: an article gives one value of a quantity at a time. */
  private readonly bySource = new Map<string, Array<{ day: number | null; span: Span | null; attribution: string | null }>>();
  /** Per unit, the smallest upper bound and the largest lower bound of the members: the farthest any member can be. */
  private readonly extremes = new Map<string | null, { minHi: number; maxLo: number }>();
  private readonly byDay = new Map<number | null, DayBucket>();
  private days: number[] = [];

  constructor(
    public place: string | null,
    readonly part: string,
    public occasion: [number, number] | null,
    private readonly rates: ExchangeRates = new Map(),
  ) {}

  /**
   * The span as the cluster can compare it: in its own unit when the cluster has values in it, else converted at a
   * rate the story states into a currency the cluster has; null when it has neither.
   */
  private comparable(s: Span): { s: Span; e: { minHi: number; maxLo: number } } | null {
    const e = this.extremes.get(s.unit);
    if (e) return { s, e };
    for (const [unit, k] of this.rates.get(s.unit ?? '') ?? []) {
      const other = this.extremes.get(unit);
      if (other) return { s: { ...s, unit, lo: s.lo + k, hi: s.hi + k, mid: s.mid + k }, e: other };
    }
    return null;
  }

  get size(): number {
    return this.members.length;
  }

  add(atom: Claim[]): void {
    for (const c of atom) {
      this.members.push(c);
      this.sentences.add(`${c.sourceId}:${c.sentence.start}`);
      for (const w of c.frame.cues) this.cues.add(w);
      this.figures.add(figureOf(c));
      const own = this.bySource.get(c.sourceId) ?? this.bySource.set(c.sourceId, []).get(c.sourceId);
      own?.push({ day: dayOf(c.asOf), span: spanFor(c), attribution: c.frame.attribution });
      if (this.place === null && c.frame.place !== null) this.place = c.frame.place;
      // An earlier value restated beside the current one is not what later claims are compared with.
      if (isRestatement(c) && atom.length > 1) continue;
      const s = spanFor(c);
      if (!s) continue;
      widen(this.extremes, s);
      const bucket = this.byDay.get(s.day);
      // "Tens of thousands" only says the crowd was large: it cannot rule out another count of that day.
      const vague = isVague(c);
      if (bucket) {
        bucket.spans.push(s);
        if (!vague) widen(bucket.extremes, s);
      } else {
        this.byDay.set(s.day, { day: s.day, spans: [s], extremes: vague ? new Map() : widen(new Map(), s) });
        if (s.day !== null) this.days.splice(this.firstDayFrom(s.day), 0, s.day);
      }
    }
  }

  /** Index of the first known day at or after `day` (binary search over the sorted days). */
  private firstDayFrom(day: number): number {
    let lo = 0;
    let hi = this.days.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.days[mid] as number) < day) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The day buckets within `days` of `day`, and the one of unknown date; all of them when `day` is unknown. */
  private bucketsNear(day: number | null, days: number): DayBucket[] {
    if (day === null) return [...this.byDay.values()];
    const out: DayBucket[] = [];
    const unknown = this.byDay.get(null);
    if (unknown) out.push(unknown);
    for (let i = this.firstDayFrom(day - days); i < this.days.length && (this.days[i] as number) <= day + days; i++) {
      out.push(this.byDay.get(this.days[i] as number) as DayBucket);
    }
    return out;
  }

  /**
   * True when the claim's own article already gives this quantity another value on the same day, from the same
   * source or none: "500,000 visitors" and "25,000 volunteers" in one article are not one count. Two sources in
   * one article ("police said 8,000, organisers 30,000") may differ; a share whose source is named beside one that names
   * none ("according to the final results, 28.5%" and "11.6%") is another party's, as shares are written to the decimal.
   */
  private contradictsOwnArticle(c: Claim): boolean {
    const s = spanFor(c);
    const day = dayOf(c.asOf);
    if (!s || c.frame.link) return false;
    return (this.bySource.get(c.sourceId) ?? []).some((m) => m.span !== null && m.day === day && m.span.unit === s.unit
      && oneVoice(m.attribution, c.frame.attribution, c.frame.family === 'percent') && Math.abs(m.span.mid - s.mid) > (c.frame.family === 'percent' ? OWN_ARTICLE_PERCENT_RATIO : OWN_ARTICLE_RATIO));
  }

  /** True when a member held within a few days of `s` is far out of line with it (by the buckets' extremes: exact). */
  private outOfLineNear(s: Span, grows: boolean): boolean {
    return this.bucketsNear(s.day, NEAR_DAYS).some((b) => {
      const e = b.extremes.get(s.unit);
      if (e === undefined) return false;
      const above = s.lo - e.minHi > SAME_TIME_RATIO;
      const below = e.maxLo - s.hi > SAME_TIME_RATIO;
      // A country's death toll may grow tenfold in a day or two (144 in Myanmar on one day, 1,644 the next): larger on a
      // later day, or smaller on an earlier one, is growth; on the same day, or against the flow of time, it is another quantity.
      if (grows && b.day !== null && s.day !== null && b.day !== s.day && ((above && b.day < s.day) || (below && b.day > s.day))) return false;
      return above || below;
    });
  }

  /** Members of the day nearest to `day` (all days when it is unknown), at most NEAREST_CAP of them. */
  private nearest(day: number | null): Span[] {
    if (day === null || this.days.length === 0) return [...this.byDay.values()].flatMap((b) => b.spans).slice(0, NEAREST_CAP);
    const i = this.firstDayFrom(day);
    const after = this.days[i];
    const before = this.days[i - 1];
    const best = after === undefined ? (before as number) : before === undefined || after - day < day - before ? after : before;
    return (this.byDay.get(best)?.spans ?? []).slice(0, NEAREST_CAP);
  }

  /**
   * How well claims fit this cluster: the distance of a value to the member nearest in time (lower is better;
   * 1 when no value can be compared), or null when a constraint forbids it. `cues: false` waives the need
   * for words in common (the caller has other evidence, such as the very same figure).
   */
  fit(atom: Claim[], { cues = true }: { cues?: boolean } = {}): number | null {
    let cueOk = !cues || !needsCues(atom[0] as Claim);
    let score: number | null = null;
    for (const c of atom) {
      if (this.sentences.has(`${c.sourceId}:${c.sentence.start}`)) return null;
      if (this.place !== null && c.frame.place !== null && c.frame.place !== this.place) return null;
      if (atom.length === 1 && this.contradictsOwnArticle(c)) return null;
      // Amounts of unsaid purpose are too many and too alike to meet by words: only the very same figure joins them.
      if (!cueOk && c.frame.family !== 'money' && c.frame.cues.some((w) => this.cues.has(w))) cueOk = true;
      // An earlier value restated beside the current one ("up from six") differs by nature: the atom's own value decides.
      if (isRestatement(c) && atom.length > 1) continue;
      const own = spanFor(c);
      const found = own ? this.comparable(own) : null;
      if (!found) continue;
      const { s, e } = found;
      if (Math.max(0, s.lo - e.minHi, e.maxLo - s.hi) > limitFor(c)) return null;
      // A named country's toll of this cluster's country may grow fast from one day to the next.
      const countryToll = c.frame.event === 'killed' && c.frame.place !== null && /^[A-Z]/.test(c.frame.place) && c.frame.place === this.place;
      if (this.outOfLineNear(s, countryToll)) return null;
      for (const m of this.nearest(s.day)) {
        if (m.unit !== s.unit) continue;
        // Overlapping intervals all fit; the distance between where the values sit breaks the tie.
        const d = gap(m, s) + 0.01 * Math.abs(m.mid - s.mid);
        if (!cueOk && d <= NEAR_EQUAL && c.frame.family !== 'money') cueOk = true;
        if (score === null || d < score) score = d;
      }
    }
    // "20 million kwacha ($750,000)" twice: an amount and its conversion both repeated are one amount; so is "£53.5m
    // (€62.8m)" beside "£53.5m ($73m)": the amount repeated, its conversion in a currency the cluster has not seen.
    if (!cueOk && atom.length > 1 && atom.some((c) => this.figures.has(figureOf(c)))
      && atom.every((c) => this.figures.has(figureOf(c)) || !this.extremes.has(c.frame.compareUnit))) cueOk = true;
    // "westbound traffic at roughly $5.1bn a day" in two outlets: the very same amount, said of the same words.
    if (!cueOk && atom.every((c) => c.frame.family === 'money' && this.figures.has(figureOf(c)) && c.frame.cues.some((w) => this.cues.has(w)))) cueOk = true;
    if (!cueOk) return null;
    return score ?? 1;
  }
}
