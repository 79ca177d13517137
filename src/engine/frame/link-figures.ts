import { looksPlural } from '../lexicon/nouns';
import type { Token } from '../text/tokens';
import type { LinkKind } from '../types';

import type { FigureRef } from './sentence-view';

/** What a figure of a sentence needs to be linked to its neighbours. */
export interface LinkInput {
  fig: FigureRef;
  /** Last token of its noun phrase. */
  npEnd: number;
  /** First token of its qualifier. */
  start: number;
  /** "money", "measure:<dimension>", "percent" or "count". */
  kind: string;
  /** The noun phrase named nothing, no event was read: the figure takes its noun from a neighbour. */
  bare: boolean;
  /** "630 of them" (-2), "76 of the 574" (token of 574), else -1. */
  partOf: number;
  /** When the figure held, as attached from its time expressions. */
  asOf: string | null;
  family: string | null;
  hasEvent: boolean;
  event: string | null;
  /** What it is counted or measured in: "US dollar", "hectare", "soldier". */
  unit: string | null;
  place: string | null;
  part: string[];
  /** No noun of its own: "four were captured". */
  noNoun: boolean;
  /** What happened is said by the counted noun itself ("nine deaths"), not by a verb shared with a list. */
  nounEvent?: boolean;
}

export interface FigureLink {
  /** Index of the linked figure within the sentence. */
  to: number;
  kind: LinkKind | 'elided';
}

const CONVERSION_GAP = new Set(['(', 'or', ',', 'equivalent', 'equal', 'worth', 'about', 'around', 'some', 'roughly', 'approximately', 'nearly', 'almost', 'over', 'more', 'than', 'up', 'to', 'at', 'least', 'a', 'maximum', 'of', 'just', 'under']);
/** "about €8 million a day (about $9.3 million)": the rate of an amount may stand before its conversion into another unit. */
const RATE_GAP = new Set(['per', 'day', 'week', 'month', 'year', 'hour', 'annually', 'daily', 'weekly', 'monthly', 'yearly']);
/** Words before a figure that make it the earlier value of the figure before it: "36, up from six". */
const EARLIER_BEFORE: string[][] = [
  ['up', 'from'], ['down', 'from'], ['climbing', 'from'], ['rising', 'from'], ['falling', 'from'], ['instead', 'of'], ['compared', 'with'], ['compared', 'to'], ['revised', 'from'],
  ['from', 'an', 'earlier'], ['previous', 'figure', 'of'], ['earlier', 'figure', 'of'],
];
/** Words before a figure that make it another count of the same quantity: "higher than the police estimate of 36,000". */
const RESTATE_BEFORE: string[][] = [['than'], ['adding', 'to'], ['above', 'the'], ['below', 'the'], ['against'], ['not', 'the'], ['rather', 'than']];
const RESTATING_NOUNS = /^(?:number|figure|total|count|tally|turnout|estimate|toll|crowd|attendance)$/;
const SERIES_JOINERS = new Set(['to', ',', 'and', 'or', 'then', '—', '–', 'while', 'with', 'but']);

const wordsBefore = (tokens: Token[], i: number, n: number) => tokens.slice(Math.max(0, i - n), i).map((t) => t.lower);

/** "up from an official tally of 41", "instead of 11,300" (earlier); "higher than the police estimate of 36,000" (restated). */
function restatesPrevious(tokens: Token[], start: number, prevStart: number, prevEnd: number): LinkKind | null {
  const before = wordsBefore(tokens, start, Math.min(7, start - prevEnd - 1));
  // "fell to 4.9% from 5.6%", "slowed to 4.5 per cent in February from 4.7 per cent": the level it came from.
  if (before.at(-1) === 'from' && tokens[prevStart - 1]?.lower === 'to' && !before.some((w) => /^(?:,|;|and|but|while)$/.test(w))) return 'earlier';
  const text = ` ${before.join(' ')} `;
  if (EARLIER_BEFORE.some((p) => text.includes(` ${p.join(' ')} `))) return 'earlier';
  if (RESTATE_BEFORE.some((p) => text.includes(` ${p.join(' ')} `))) return 'restated';
  // "organisers put the number at 30,000": a figure restating another by its noun.
  const k = before.findIndex((w) => RESTATING_NOUNS.test(w));
  // "well above an earlier estimate of $340 million", "the initial figure of 7,420": the value said before this one.
  if (k >= 0 && /^(?:earlier|previous|initial|original|prior)$/.test(before[k - 1] ?? '') && /^(?:of|at|was)$/.test(before[before.length - 1] ?? '')) return 'earlier';
  // "…, while the unions put turnout at 1.8 million": a count put at a figure restates the one before.
  const byNoun = k >= 0 && (/^(?:the|that|this|their|its|put|puts|putting|estimated|gave)$/.test(before[k - 1] ?? '') || /['’]s$/.test(before[k - 1] ?? '')) && /^(?:at|to|was|is|as|of)$/.test(before[before.length - 1] ?? '');
  return byNoun ? 'restated' : null;
}

/** "violence against officers, some two dozen of whom": "whom" are the plural noun before the comma, not the figure before. */
const nounOfItsOwn = (tokens: Token[], at: number, prev: LinkInput) => at > prev.npEnd && looksPlural(tokens[at]?.lower ?? '') && tokens[at]?.figure === -1;

/** The joiner before a figure, past a short subject of a gapped clause ("Portugal", "the unions"). */
function gappedJoiner(tokens: Token[], start: number): Token | undefined {
  const first = tokens[start - 1];
  if (!first || SERIES_JOINERS.has(first.lower) || first.kind !== 'word' || first.figure >= 0) return first;
  for (let i = start - 2; i >= Math.max(0, start - 4); i--) {
    const t = tokens[i] as Token;
    if (SERIES_JOINERS.has(t.lower)) return /^(?:the|its|their|his|her)$/.test(tokens[i + 1]?.lower ?? '') || tokens[i + 1]?.capital ? t : first;
    if (t.kind !== 'word' || t.figure >= 0) return first;
  }
  return first;
}

/** The nearest figure before `k` that counts things ("12,000 jobs"), else the one right before. */
/** "out of 75", "out of a total of 3,465,736", "out of total 3,465,736": a whole named after its part. */
function outOfBefore(tokens: Token[], start: number): boolean {
  let i = start - 1;
  if (tokens[i]?.lower === 'total') i--;
  if (tokens[i]?.lower === 'of' && tokens[i - 1]?.lower === 'total') i -= 2;
  if (/^(?:a|the)$/.test(tokens[i]?.lower ?? '')) i--;
  return tokens[i]?.lower === 'of' && tokens[i - 1]?.lower === 'out';
}

/** The last figure before `k` of a kind ("money"), not itself a conversion of another; -1 when there is none. */
function lastOfKind(figs: LinkInput[], k: number, kind: string, links: Array<FigureLink | null>): number {
  for (let j = k - 1; j >= 0; j--) if ((figs[j] as LinkInput).kind === kind && links[j]?.kind !== 'conversion') return j;
  return -1;
}

function lastCountBefore(figs: LinkInput[], k: number): number {
  for (let j = k - 1; j >= 0; j--) if ((figs[j] as LinkInput).kind === 'count') return j;
  return k - 1;
}

/** ", the equivalent of 1.2 billion euros", ", equivalent to $9m", ", equal to about £1bn": another unit's same amount. */
function equivalentBefore(tokens: Token[], start: number): boolean {
  let i = start - 1;
  while (i > 0 && /^(?:about|around|roughly|some|nearly|approximately|almost)$/.test(tokens[i]?.lower ?? '')) i--;
  const [a, b, c] = [tokens[i - 2]?.lower, tokens[i - 1]?.lower, tokens[i]?.lower];
  return (b === 'equivalent' && (c === 'of' || c === 'to') && (a === 'the' || a === ',')) || (b === 'equal' && c === 'to' && a === ',');
}

/** "Net income of $4.5 billion, or 94 cents a share": an amount per share is another amount, not a conversion. */
function perShareAfter(tokens: Token[], last: number): boolean {
  const i = /^(?:cents?|pence|dollars?|euros?)$/.test(tokens[last + 1]?.lower ?? '') ? last + 2 : last + 1;
  return /^(?:a|per|each)$/.test(tokens[i]?.lower ?? '') && tokens[i + 1]?.lower === 'share';
}

/** Families of people, who can be listed together under one verb. */
const HUMAN_FAMILIES = new Set(['people', 'troops', 'police', 'attackers', 'workers']);

/**
 * How each figure of a sentence is tied to the others: a conversion in brackets ("3 billion francs
 * ($3.2bn)"), a restated figure ("up from 41", "from 115 to 97"), a part ("630 of them"), or an elided
 * noun in a series ("to 26,000 …, then to 17,500"). Returns one entry per figure, null when it stands alone.
 */
export function linkFigures(tokens: Token[], figs: LinkInput[]): Array<FigureLink | null> {
  const eventBySharing: boolean[] = [];
  const links: Array<FigureLink | null> = figs.map(() => null);
  figs.forEach((f, k) => {
    const prev = figs[k - 1];
    const next = figs[k + 1];
    // "six officers and two people were injured": what is said after the second is said of both.
    // "the 7.7 and 7.6 magnitude earthquakes": the unit after the second is the first's too.
    // "five soldiers and two civilians were killed" share the verb; "412 suspected cases and nine deaths" share nothing.
    const forward = (f.family !== null && !f.hasEvent && next?.hasEvent && !next.nounEvent) || (f.bare && next?.family !== null && next?.kind !== 'count');
    if (next && forward && /^(?:and|or)$/.test(tokens[f.npEnd + 1]?.lower ?? '') && next.start === f.npEnd + 2) {
      links[k] = { to: k + 1, kind: 'elided' };
      return;
    }
    // "killed at least 10 people, including five in St. Lucie County": a part of the figure before.
    // "…, of whom 26,000": only when the figure before is what "whom" stands for, right before the comma.
    const ofWhom = [2, 3].some((n) => /^(?:of|among)$/.test(tokens[f.start - n]?.lower ?? '') && /^(?:whom|which|them|those)$/.test(tokens[f.start - n + 1]?.lower ?? '')
      && tokens[f.start - n - 1]?.text === ',' && prev !== undefined
      // "28 of its citizens had been on the boat, of whom 12 …": "whom" are people, so the people counted before.
      && (prev.npEnd === f.start - n - 2 || (tokens[f.start - n + 1]?.lower === 'whom' && prev.family === 'people' && !nounOfItsOwn(tokens, f.start - n - 2, prev))));
    // "Of the 51 people taken to hospital, eight remain in a critical condition": a sentence that opens with the whole.
    const openedByWhole = prev !== undefined && k === 1 && prev.start === 2 && tokens[0]?.lower === 'of' && /^(?:the|those)$/.test(tokens[1]?.lower ?? '')
      && tokens.slice(prev.npEnd + 1, f.start).some((t) => t.text === ',')
      // "Of the $18.5 million appeal, equivalent to 2.4 billion lumeri, …": a conversion, not a part.
      && !tokens.slice(prev.npEnd + 1, f.start).some((t) => /^(?:equivalent|equal|or)$/.test(t.lower));
    // "The death toll rose to 21 - 19 children and two teachers -": a breakdown set off by a dash.
    const brokenDown = prev !== undefined && f.family !== null && !f.bare && /^[-–—]$/.test(tokens[f.start - 1]?.text ?? '') && prev.npEnd === f.start - 2;
    const including = prev && (/^(?:including|among)$/.test(tokens[f.start - 1]?.lower ?? '') || ofWhom || openedByWhole || brokenDown)
      && (f.family === null || f.family === prev.family);
    // "12,000 jobs over the next three years, around 7,000 of them": "them" are the last things counted, not years.
    const whole = f.partOf === -2 ? lastCountBefore(figs, k) : k - 1;
    // "violence against officers, some two dozen of whom were injured": the whole is a noun with no figure.
    const wholeIsNoun = f.partOf === -2 && tokens.slice(f.fig.last + 1, f.npEnd + 1).some((t) => t.lower === 'whom')
      && tokens[f.start - 1]?.text === ',' && prev !== undefined && nounOfItsOwn(tokens, f.start - 2, prev);
    if (wholeIsNoun) return;
    if ((f.partOf === -2 || including) && prev) {
      links[k] = { to: whole, kind: 'part-of' };
      // "rose to 21 - 19 children and two teachers": a part takes the whole's event, and so does the rest of its list.
      if (!f.hasEvent) eventBySharing[k] = figs[whole]?.hasEvent === true || eventBySharing[whole] === true;
    }
    else if (f.partOf >= 0) {
      const whole = figs.findIndex((g) => g.fig.first <= f.partOf && f.partOf <= g.fig.last);
      if (whole >= 0) links[k] = { to: whole, kind: 'part-of' };
    }
    if (links[k] || !prev) return;
    // "at least 50 seats out of 75", "1,905,960 voters … out of total 3,465,736": the whole counts what its part counts.
    if (f.noNoun && outOfBefore(tokens, f.start) && prev.family !== null) {
      links[k] = { to: k - 1, kind: 'elided' };
      return;
    }
    const gap = tokens.slice(prev.npEnd + 1, f.start);
    // "20 million kwacha, about $750,000, to fight…": set off by commas, an amount in another unit is the same amount.
    const marked = gap.some((t) => t.text === '(' || t.lower === 'or' || t.lower === 'equivalent') || (gap[0]?.text === ',' && f.unit !== prev.unit && tokens[f.npEnd + 1]?.text === ',');
    // "a fine of 1.3 billion dollars on Meta Platforms, the equivalent of 1.2 billion euros": named as the equivalent.
    if (equivalentBefore(tokens, f.start) && f.kind === 'money' && prev.kind === 'money' && f.unit !== prev.unit && gap.length <= 10 && !gap.some((t) => t.figure >= 0 || /^[;.]$/.test(t.text))) {
      links[k] = { to: k - 1, kind: 'conversion' };
      return;
    }
    if (gap.length > 0 && gap.length <= 4 && marked && !perShareAfter(tokens, f.fig.last) && gap.every((t) => CONVERSION_GAP.has(t.lower) || (RATE_GAP.has(t.lower) && f.unit !== prev.unit))
      && prev.kind === f.kind && f.kind !== 'count' && f.kind !== 'percent') {
      links[k] = { to: k - 1, kind: 'conversion' };
      return;
    }
    if (tokens[f.start - 1]?.lower === 'from' && figs[k + 1] && tokens[f.fig.last + 1]?.lower === 'to') return;
    // "from 115 to 97", "goes from around 60 euros per day to 120 euros per day": the earlier level, then the new one.
    const fromAt = prev.start - 1;
    const between = tokens.slice(prev.npEnd + 1, f.start);
    if (tokens[fromAt]?.lower === 'from' && between.length <= 4 && between.some((t) => t.lower === 'to') && between.every((t) => t.kind === 'word')) {
      links[k - 1] = { to: k, kind: 'earlier' };
    }
    // "…drew 1.27 million people, while organisers claimed more than 2.5 million": another source's count of the same.
    // "the unions maintain that between 1.8 and 2 million took part": so does a claim made in a "that" clause.
    let verbAt = f.start - 1;
    while (verbAt > 0 && /^(?:between|from|about|around|some|nearly|almost|roughly)$/.test(tokens[verbAt]?.lower ?? '')) verbAt--;
    if (tokens[verbAt]?.lower === 'that') verbAt--;
    const counted = /^(?:claimed|claim|claims|said|says|say|estimated|estimate|estimates|counted|put|reported|maintain|maintains|maintained|insist|insists|insisted)$/.test(tokens[verbAt]?.lower ?? '');
    // "some 650,000 people demonstrated in more than 250 towns; the unions maintain that 1.8 million took part": the
    // figure in the place phrase is passed over for the count the clause is about.
    const before = figs[k - 2];
    const inPhrase = /^(?:in|from|across|at|of)$/.test(tokens[prev.start - 1]?.lower ?? '') && before !== undefined && before.kind === f.kind && before.family !== null && before.family !== prev.family;
    // "31 billion ($2.95 billion), or 3.9 percent of GDP, compared with the treasury's 24.8 billion": an amount
    // restates the last amount, past the share and the conversion said after it.
    const sameKindAt = prev.kind === f.kind ? -1 : lastOfKind(figs, k, f.kind, links);
    const targetAt = inPhrase ? k - 2 : sameKindAt >= 0 ? sameKindAt : k - 1;
    const target = figs[targetAt] as LinkInput;
    const sameKind = f.family !== null && f.family === target.family && f.event === target.event;
    // "police counted 45,000 marchers on the route from … to …; organisers said 200,000": a count said right after another.
    // "Seville topped 44C on Monday, peaking at 44.6C": a reading's peak restates the reading in the same unit.
    const peak = f.kind.startsWith('measure:') && f.unit === prev.unit && /^peak(?:ing|ed)$/.test(tokens[f.start - 2]?.lower ?? '') && tokens[f.start - 1]?.lower === 'at';
    const restated = restatesPrevious(tokens, f.start, prev.start, prev.npEnd) ?? (peak || (counted && (f.bare || sameKind) && gap.length <= 18) ? 'restated' : null);
    // "Spain's toll rose to 90, while Portugal reported 27": another place's count restates nothing.
    const otherPlace = (f.place !== null && prev.place !== null && f.place !== prev.place)
      || (f.part.length > 0 && prev.part.length > 0 && f.part.join('+') !== prev.part.join('+'));
    if (restated && !otherPlace) {
      // "5,300 people remain out of their homes in seven villages, though local media put the figure closer to
      // 6,000": the figure restated is the count the clause is about, not the one in its place phrase.
      links[k] = { to: targetAt, kind: restated };
      return;
    }
    // "62 deaths, Portugal 22 and Italy 11": a name between the joiner and the figure says where, not what.
    // "the ministry counted 480,000 marchers and the unions 1.2 million": so does a short subject before it.
    const joiner = gappedJoiner(tokens, f.start);
    // "Applications rose 12% to 45,000": a bare figure after a change in percent is the new level, not a percentage.
    const afterPercentChange = prev.kind === 'percent' && joiner?.lower === 'to';
    // "31 billion, or 3.9 percent of GDP, compared with 24.8 billion, or 3.1 percent": a share with nothing said of it
    // after an amount is a share of what the share before it was of.
    const sharePrev = f.kind === 'percent' && !f.hasEvent && prev.kind !== 'percent' && /^(?:or|and)$/.test(tokens[f.start - 1]?.lower ?? '') ? lastOfKind(figs, k, 'percent', links) : -1;
    if (sharePrev >= 0 && figs[sharePrev]?.hasEvent) {
      links[k] = { to: sharePrev, kind: 'elided' };
    } else if (f.bare && !afterPercentChange && gap.length <= 14 && SERIES_JOINERS.has(joiner?.lower ?? '') && !gap.some((t) => t.text === ';' || t.text === ':')) {
      // "to 26,000 in June 2003, then to 17,500 by the end of 2003": the same quantity later; "1,387 in … and 2,166 in …": a breakdown.
      // "630 trucks entered on Sunday, 915 on Monday": a count made once a day is another day's count, not a later value.
      let head = k - 1;
      while (links[head]?.kind === 'elided' && (figs[head] as LinkInput).event === null) head = (links[head] as { to: number }).to;
      const daily = /^(?:arrived|took part)$/.test((figs[head] as LinkInput).event ?? '');
      links[k] = { to: k - 1, kind: f.asOf !== prev.asOf && !daily ? 'restated' : 'elided' };
    } else if ((/^(?:wounded|injured|dead|missing)$/.test(f.unit ?? '') || f.noNoun) && prev.family !== null && prev.kind === 'count' && gap.length <= 6
      && (tokens[f.start - 1]?.lower === 'and' || (tokens[f.start - 2]?.lower === 'and' && /ing$/.test(tokens[f.start - 1]?.lower ?? '')))
      && gap.some((t) => t.lower === 'and') && !gap.some((t) => t.text === ',' || t.text === ';')) {
      // "Two peacekeepers were killed and five wounded", "killing 11 soldiers and wounding 7": the second counts
      // what the first counted.
      links[k] = { to: k - 1, kind: 'elided' };
    } else if (f.unit === 'other' && prev.family !== null && HUMAN_FAMILIES.has(prev.family) && gap.length <= 10 && !gap.some((t) => t.text === ';')) {
      // "14 soldiers were killed, and nine others were wounded": the others are more of what was counted.
      links[k] = { to: k - 1, kind: 'elided' };
    } else if (!f.hasEvent && f.family !== null && (f.family === prev.family || (HUMAN_FAMILIES.has(f.family) && HUMAN_FAMILIES.has(prev.family ?? '')))
      && (prev.hasEvent || eventBySharing[k - 1]) && gap.length <= 6 && /^(?:and|,)$/.test(tokens[f.start - 1]?.lower ?? '')) {
      // "the deaths of 14 Jordanian pilgrims … and five Iranian pilgrims", "killed 20 soldiers and 15 civilians",
      // "14 Jordanians, 12 Egyptians and five Iranians": what happened is said once for all of a list.
      links[k] = { to: k - 1, kind: 'elided' };
      eventBySharing[k] = true;
    }
  });
  return links;
}
