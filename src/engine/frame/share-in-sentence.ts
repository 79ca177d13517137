import { kindName } from '../lexicon/nouns';
import type { Token } from '../text/tokens';

import type { FigureLink } from './link-figures';
import { kindOf, type Reading } from './reading';
import type { SentenceView } from './sentence-view';

/** True when a figure says only that it is "the figure", "the count" or "the estimate": it is the one named before. */
function refersBack(tokens: Token[], r: Reading, first: number): boolean {
  const unnamed = r.frame.family === null || ((r.frame.family === 'percent' || r.frame.family === 'money') && r.frame.event === null);
  if (!unnamed) return false;
  // "Northgate's index put the average at $744,200": an average with no noun of its own is the average named before.
  const average = tokens.slice(Math.max(0, first - 4), first).some((t, k, ts) => /^(?:average|median)$/.test(t.lower) && !/^(?:price|cost|salary|wage|rent|income|bill|fare|pay)s?$/.test(ts[k + 1]?.lower ?? ''));
  if (r.frame.family === 'money') return average;
  // "Unions claimed 3.5 million.": another side's count of what the sentence before counted.
  // "Economists had expected 3.2%.": a forecast of what the sentence before measured.
  const claimed = /^(?:claimed|claim|claims|counted|estimated|expected|forecast|predicted)$/.test(tokens[first - 1]?.lower ?? '') && /^[.;]?$/.test(tokens[r.np.end + 1]?.text ?? '');
  // "with 1,904 by the ministry's count": the count may be named after the figure.
  const countAfter = tokens.slice(r.np.end + 1, r.np.end + 6).some((t) => /^(?:count|tally|figures?)$/.test(t.lower)) && /^by$/.test(tokens[r.np.end + 1]?.lower ?? '');
  // "the true number was higher, at more than 3,000": the noun may stand a few words back.
  return claimed || countAfter || tokens.slice(Math.max(0, first - 7), first).some((t) => /^(?:figure|count|tally|estimate|number|reading|forecasts?)$/.test(t.lower));
}

/**
 * "The death toll climbed to 20,318 and 80,088 people were injured in southeastern Türkiye": clauses joined
 * by "and" share the one place the sentence names, when only one of them names it.
 */
function shareCoordinatedPlace(view: SentenceView, readings: Reading[]): void {
  const places = new Set(readings.map((r) => r.frame.place).filter((p) => p !== null));
  if (places.size !== 1) return;
  const [place] = [...places];
  readings.forEach((r, k) => {
    if (r.frame.place !== null) return;
    const other = readings.findIndex((o, j) => j !== k && o.frame.place === place && o.frame.family === r.frame.family);
    if (other < 0) return;
    const [a, b] = [Math.min(k, other), Math.max(k, other)];
    const between = view.tokens.slice((view.figures[a]?.last ?? 0) + 1, view.figures[b]?.first ?? 0);
    if (between.some((t) => t.lower === 'and') && !between.some((t) => /^(?:,|;|while|but|whereas|although)$/.test(t.lower))) r.frame.place = place ?? null;
  });
}

/** Two counts of people said together by kind ("passengers" and "crew members"): each is the part of its kind. */
function splitByKind(a: Reading, b: Reading): void {
  if (!a.unit || !b.unit || a.unit === b.unit || a.unit === 'person' || b.unit === 'person') return;
  for (const r of [a, b]) if (r.frame.part.length === 0) r.frame.part = [kindName(r.unit as string)];
}

/**
 * What the figures of one sentence say of each other once their links are followed: a figure that is only "the
 * figure" is the one named before, the two sides of a restatement share what they count, a state said once of a
 * list is said of each, a toll said by kinds of people is said in parts, and clauses joined by "and" share a place.
 */
export function shareAcrossFigures(view: SentenceView, readings: Reading[], links: Array<FigureLink | null>, lastNamed: Reading | null): void {
  // "The union said the true figure was 55%", "the ministry's final figure was 48,000": with nothing in its own
  // sentence to take it from, a figure that is only "the figure" is the one named before.
  readings.forEach((r, k) => {
    if (!links[k] && lastNamed && refersBack(view.tokens as Token[], r, view.figures[k]?.first ?? 0) && kindOf(r) === kindOf(lastNamed)) {
      r.frame.family = lastNamed.frame.family;
      r.frame.event = r.frame.event ?? lastNamed.frame.event;
      r.unit = r.unit ?? lastNamed.unit;
      // "put the average at $744,200 (US$432,000)": the conversion in brackets is the same amount, now known to be a price.
      links.forEach((link, j) => {
        if (link?.kind === 'conversion' && link.to === k) (readings[j] as Reading).frame.event = r.frame.event;
      });
    }
  });
  // "goes from around 60 euros per day to 120 euros per day": what one side of a restatement says, the other shares.
  links.forEach((link, k) => {
    if (!link || (link.kind !== 'earlier' && link.kind !== 'restated')) return;
    const [a, b] = [readings[k] as Reading, readings[link.to] as Reading];
    // "the final figure was 48,000, against more than 200,000": the first is known only now, from the sentence before.
    if (a.frame.family === null && b.frame.family !== null && link.kind === 'restated' && kindOf(a) === kindOf(b)) {
      a.frame.family = b.frame.family;
      a.unit = a.unit ?? b.unit;
    }
    if (a.frame.family === b.frame.family) {
      a.frame.event = a.frame.event ?? b.frame.event;
      b.frame.event = b.frame.event ?? a.frame.event;
    }
  });
  // "158 passengers and six crew members on board": where the last of a list is, the list is.
  readings.forEach((cur, k) => {
    const prev = readings[k - 1];
    if (!prev || prev.frame.event !== null || !/^(?:on board|hospitalised|missing)$/.test(cur.frame.event ?? '')) return;
    if (prev.frame.family !== 'people' || cur.frame.family !== 'people') return;
    const gap = (view.tokens as Token[]).slice(prev.np.end + 1, cur.start).map((t) => t.lower).join(' ');
    if (gap !== 'and') return;
    prev.frame.event = cur.frame.event;
    splitByKind(prev, cur);
  });
  // "killed 18 children and two teachers": a toll said by kinds of people is said in parts.
  links.forEach((link, k) => {
    const [a, b] = [readings[k] as Reading, readings[link?.to ?? -1]];
    if (link?.kind === 'elided' && b && a.frame.family === 'people' && b.frame.family === 'people' && a.frame.event === b.frame.event) splitByKind(a, b);
  });
  shareCoordinatedPlace(view, readings);
}
