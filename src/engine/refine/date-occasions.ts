import { dayIndex, parsePartialDate, WEEKDAYS, type PartialDate } from '../dates/calendar';
import { findTimeExpressions } from '../dates/find-time-expressions';
import type { ClaimDraft, Refiner } from '../extract/draft';

const GATHERING = '(?:marches|march|protests?|protesters|protestors|rall(?:y|ies)|demonstrations?|demonstrators|marchers|crowds?|strikes?|walkouts?|gatherings?|vigils?|parades?)';
/** "last Thursday's marches", "Saturday's rally", "Sunday's protesters": a gathering named by its day. */
const POSSESSIVE_DAY = new RegExp(`\\b((?:last |this )?(?:${WEEKDAYS.join('|')})|yesterday)['’]s\\s+(?:[a-z-]+\\s+){0,2}?${GATHERING}\\b`, 'gi');
const GATHERING_WORD = new RegExp(`\\b${GATHERING}\\b`, 'i');
/** How long before its article a gathering the article dates may have been: a week, as for occasions in grouping. */
const WEEK_DAYS = 7;

interface Occasion {
  start: number;
  date: string;
  /** `date` as days since 1970, to compare with the article's. */
  day: number;
  text: string;
  /** Named by its day ("Thursday's marches"): it dates a count in its sentence over any other time there. */
  possessive: boolean;
}

const occasion = (start: number, date: string, text: string, possessive: boolean): Occasion =>
  ({ start, date, day: dayIndex(parsePartialDate(date) as PartialDate), text, possessive });

/**
 * The days of the gatherings an article names: "last Thursday's marches", and a sentence that speaks of
 * a gathering and names its day ("Large crowds of protesters clogged the capital on Saturday").
 */
function findOccasions(ctx: Parameters<Refiner>[0]): Occasion[] {
  const found: Occasion[] = [];
  for (const m of ctx.text.matchAll(POSSESSIVE_DAY)) {
    const when = findTimeExpressions(m[1] as string, ctx.published).find((t) => t.date !== null && t.precision === 'day' && !t.isNow);
    if (when?.date) found.push(occasion(m.index, when.date, (m[1] as string).trim(), true));
  }
  for (const s of ctx.sentences) {
    const sentence = ctx.text.slice(s.start, s.end);
    // "revised its count of Thursday's protesters … on Friday": the other day there is when it was counted.
    if (!GATHERING_WORD.test(sentence) || found.some((o) => o.start >= s.start && o.start < s.end)) continue;
    for (const t of findTimeExpressions(sentence, ctx.published)) {
      if (t.date && t.precision === 'day' && !t.isNow) found.push(occasion(s.start + t.start, t.date, t.text.trim(), false));
    }
  }
  return found;
}

/**
 * A crowd is counted on the day it gathered, whenever the count was given: "its count of Thursday's
 * protesters up to 652,000 on Friday" held on Thursday, and "some 650,000 people demonstrated" in a report
 * of the Monday after "last Thursday's marches" on that Thursday: the latest gathering in the week before
 * the article, when the count names no time of its own.
 */
export const dateOccasions: Refiner = (ctx, drafts) => {
  if (!drafts.some((d) => d.frame.event === 'took part')) return drafts;
  const occasions = findOccasions(ctx);
  if (occasions.length === 0) return drafts;
  const published = ctx.published?.day ? dayIndex(ctx.published) : null;
  const recent = published === null ? [] : occasions.filter((o) => o.day <= published && o.day >= published - WEEK_DAYS);
  const latest = recent.reduce<Occasion | undefined>((a, o) => (!a || o.date > a.date ? o : a), undefined);
  return drafts.map((d) => {
    if (d.frame.event !== 'took part') return d;
    const inSentence = occasions.find((o) => o.possessive && o.start >= d.sentence.start && o.start < d.sentence.end);
    const occasion = inSentence ?? (d.asOfBasis === 'article-date' ? latest : undefined);
    return occasion ? ({ ...d, asOf: occasion.date, asOfPrecision: 'day', asOfText: occasion.text, asOfBasis: 'context' } satisfies ClaimDraft) : d;
  });
};
