import { findTimeExpressions } from '../dates/find-time-expressions';
import type { ClaimDraft, Refiner } from '../extract/draft';

const GATHERING = '(?:marches|march|protests?|protesters|protestors|rall(?:y|ies)|demonstrations?|demonstrators|marchers|crowds?|strikes?|walkouts?|gatherings?|vigils?|parades?)';
/** "last Thursday's marches", "Saturday's rally", "Sunday's protesters": a gathering named by its day. */
const POSSESSIVE_DAY = new RegExp(`\\b((?:last |this )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|yesterday)['’]s\\s+(?:[a-z-]+\\s+){0,2}?${GATHERING}\\b`, 'gi');
const GATHERING_WORD = new RegExp(`\\b${GATHERING}\\b`, 'i');
/** How long before its article a gathering the article dates may have been: a week, as for occasions in grouping. */
const WEEK_DAYS = 7;

interface Occasion {
  start: number;
  date: string;
  text: string;
  /** Named by its day ("Thursday's marches"): it dates a count in its sentence over any other time there. */
  possessive: boolean;
}

/**
 * The days of the gatherings an article names: "last Thursday's marches", and a sentence that speaks of
 * a gathering and names its day ("Large crowds of protesters clogged the capital on Saturday").
 */
function findOccasions(ctx: Parameters<Refiner>[0]): Occasion[] {
  const found: Occasion[] = [];
  for (const m of ctx.text.matchAll(POSSESSIVE_DAY)) {
    const when = findTimeExpressions(m[1] as string, ctx.published).find((t) => t.date !== null && t.precision === 'day' && !t.isNow);
    if (when?.date) found.push({ start: m.index, date: when.date, text: (m[1] as string).trim(), possessive: true });
  }
  for (const s of ctx.sentences) {
    const sentence = ctx.text.slice(s.start, s.end);
    // "revised its count of Thursday's protesters … on Friday": the other day there is when it was counted.
    if (!GATHERING_WORD.test(sentence) || found.some((o) => o.start >= s.start && o.start < s.end)) continue;
    for (const t of findTimeExpressions(sentence, ctx.published)) {
      if (t.date && t.precision === 'day' && !t.isNow) found.push({ start: s.start + t.start, date: t.date, text: t.text.trim(), possessive: false });
    }
  }
  return found;
}

const dayNumber = (date: string) => Date.parse(`${date.slice(0, 10)}T00:00:00Z`) / 86_400_000;

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
  const published = ctx.published?.day ? dayNumber(`${ctx.published.year}-${String(ctx.published.month).padStart(2, '0')}-${String(ctx.published.day).padStart(2, '0')}`) : null;
  const recent = published === null ? [] : occasions.filter((o) => dayNumber(o.date) <= published && dayNumber(o.date) >= published - WEEK_DAYS);
  const latest = recent.reduce<Occasion | undefined>((a, o) => (!a || o.date > a.date ? o : a), undefined);
  return drafts.map((d) => {
    if (d.frame.event !== 'took part') return d;
    const inSentence = occasions.find((o) => o.possessive && o.start >= d.sentence.start && o.start < d.sentence.end);
    const occasion = inSentence ?? (d.asOfBasis === 'article-date' ? latest : undefined);
    return occasion ? ({ ...d, asOf: occasion.date, asOfPrecision: 'day', asOfText: occasion.text, asOfBasis: 'context' } satisfies ClaimDraft) : d;
  });
};
