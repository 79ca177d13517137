import type { ClaimDraft, ExtractContext, Refiner } from '../extract/draft';
import { CURRENCY_NAMES, TIME_UNITS, singularize } from '../lexicon/units';
import { findSpanIndex } from '../text/sentences';

import { isMilitaryContext, measureFamily } from './measure-family';
import { readNounPhrase } from './read-noun-phrase';

const RATE = /^\s*(?:per|a|an|each)\s+(day|week|month|year|hour|annum|person|head|capita)\b/i;
/** "KFOR's troop level to 26,000", "the number of refugees rose to 1,200": the noun comes before the figure. */
const LEFT_MEASURE =
  /\b([a-z]+)\s+(?:level|levels|numbers?|strength|size|count|presence|headcount|total)\s+(?:\w+\s+){0,2}(?:to|at|of|was|is|stood at|reached|rose to|fell to|by)\s+$/i;
const LEFT_NUMBER_OF = /\bnumber of ([a-z]+)\s+(?:\w+\s+){0,4}(?:to|at|was|is|stood at|reached|rose to|fell to)\s+$/i;
const LEFT_TOLL = /\b(death toll|toll)\s+(?:[\w-]+\s+){0,7}?(?:to|at|of|was|is|stood at|reached|rose to|risen to|climbed to)\s+$/i;
/** "organisers put the number at 30,000": the figure restates the one before it with another value. */
const LEFT_RESTATED = /\b(?:the|that|this|their|its)\s+(?:number|figure|total|count|tally|turnout|estimate)\s+(?:[\w-]+\s+){0,3}?(?:at|to|was|is|as)\s+$/i;

function militaryAt(ctx: ExtractContext, offset: number, cache: Map<number, boolean>): boolean {
  const p = findSpanIndex(ctx.paragraphs, offset);
  let hit = cache.get(p);
  if (hit === undefined) {
    const span = ctx.paragraphs[p];
    hit = span ? isMilitaryContext(ctx.text.slice(span.start, span.end)) : false;
    cache.set(p, hit);
  }
  return hit;
}

function leftContext(ctx: ExtractContext, d: ClaimDraft, previous: ClaimDraft | undefined): Partial<ClaimDraft> | null {
  const from = Math.max(d.sentence.start, previous?.end ?? d.sentence.start, d.start - 80);
  const left = ctx.text.slice(from, d.start - (d.qualifierText ? 0 : 0)).replace(/\b(?:about|around|some|nearly|almost|more than|over|up to|at least)\s+$/i, '');
  const toll = LEFT_TOLL.exec(left);
  if (toll) return { unit: 'person', scope: ['killed'] };
  if (previous?.unit && previous.sentence.start === d.sentence.start && LEFT_RESTATED.test(left)) {
    return { unit: previous.unit, scope: previous.scope, quantity: previous.quantity, currency: previous.currency, elided: true };
  }
  const numberOf = LEFT_NUMBER_OF.exec(left);
  if (numberOf) return { unit: singularize(numberOf[1].toLowerCase()) };
  const measure = LEFT_MEASURE.exec(left);
  if (measure && /^[a-z]/.test(measure[1]) && !/^(?:the|a|an|this|that|its|their|his|her|our|total)$/i.test(measure[1])) return { unit: singularize(measure[1].toLowerCase()) };
  // "to 26,000 in June 2003, then to 17,500 ..., and today to about 3,800": the same noun, elided.
  if (previous?.unit && previous.sentence.start === d.sentence.start && /\bto\s*$/i.test(left)) {
    return { unit: previous.unit, scope: previous.scope, quantity: previous.quantity, currency: previous.currency, elided: true };
  }
  return null;
}

/**
 * Attaches what a figure counts: unit (singular noun), measure (its family), quantity kind and
 * scope words; drops durations ("24 years") and spelled-out numbers that count nothing ("no one").
 */
export const attachUnit: Refiner = (ctx, drafts) => {
  const military = new Map<number, boolean>();
  const out: ClaimDraft[] = [];
  for (const d0 of drafts) {
    let d: ClaimDraft = { ...d0 };
    const isMilitary = militaryAt(ctx, d.start, military);
    if (d.percent) {
      out.push({ ...d, quantity: 'percent', unit: 'percent', measure: 'percent' });
      continue;
    }
    const np = readNounPhrase(ctx.text, d.end, d.sentence.end, d.number);
    d.phraseEnd = np.end;
    d.phraseCountry = np.country;
    d.scope = [...np.scope];
    const currency = d.currency ?? np.currency;
    if (currency) {
      const rate = RATE.exec(ctx.text.slice(np.end, np.end + 20));
      const name = CURRENCY_NAMES[currency] ?? currency.toLowerCase();
      const per = rate ? ` per ${rate[1].toLowerCase()}` : '';
      if (rate) d.phraseEnd = np.end + rate[0].length;
      out.push({ ...d, currency, quantity: 'money', unit: `${name}${per}`, measure: `${currency}${per}` });
      continue;
    }
    if (np.head && TIME_UNITS.has(np.head.split(' ').pop() as string)) continue;
    if (np.measureUnit) {
      out.push({ ...d, quantity: 'measure', unit: np.measureUnit, measure: np.measureUnit });
      continue;
    }
    if (np.head) {
      d = { ...d, unit: np.head, measure: measureFamily(np.head, isMilitary) };
    } else {
      const inferred = leftContext(ctx, d, out[out.length - 1]);
      if (inferred?.unit) {
        d = { ...d, ...inferred, scope: [...(inferred.scope ?? [])], unit: inferred.unit, measure: measureFamily(inferred.unit, isMilitary) };
        if (inferred.currency) d.measure = out[out.length - 1]?.measure ?? d.measure;
      } else if (d.written === 'words') {
        continue;
      }
    }
    out.push(d);
  }
  return out;
};
