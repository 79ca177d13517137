import { formatPartialDate, precisionOf, type PartialDate } from '../dates/calendar';
import type { TimeExpression } from '../dates/find-time-expressions';
import { findNewsDay } from '../dates/news-day';
import { findPlanYear } from '../dates/plan-year';
import type { ClaimDraft, Refiner } from '../extract/draft';
import { findSpanIndex } from '../text/sentences';

const SEPARATOR = /[;:—–]|,(?!\d)/g;

/** The clause segment around an offset: between the nearest separators inside the sentence. */
function segmentAround(text: string, sentenceStart: number, sentenceEnd: number, at: number): [number, number] {
  let start = sentenceStart;
  let end = sentenceEnd;
  SEPARATOR.lastIndex = sentenceStart;
  for (let m = SEPARATOR.exec(text); m && m.index < sentenceEnd; m = SEPARATOR.exec(text)) {
    if (m.index < at) start = m.index + 1;
    else {
      end = m.index;
      break;
    }
  }
  return [start, end];
}

function timesIn(times: TimeExpression[], from: number, to: number): TimeExpression[] {
  return times.filter((t) => t.start >= from && t.end <= to);
}

/** A reporting verb right before a day: "said on Tuesday", "told reporters on Sunday", "a report released Saturday". */
const SAID_BEFORE = /\b(?:said|says|told\s+\w+|announced|reported|stated|confirmed|released|published|issued|added)\s+(?:on\s+)?$/i;
const SUBORDINATOR = /\b(?:after|when|since|following|before|because|once|while)\b/i;
const CLAUSE_VERB = /\b(?:\w+ed|hit|struck|began|begun|broke|was|were|is|are|had|has)\b/i;
/** "the wildfires Tuesday that killed 36": a day right after an event's name dates the event. */
const EVENT_BEFORE = /\b(?:fires?|wildfires?|earthquakes?|quakes?|floods?|storms?|attacks?|blasts?|explosions?)\s+(?:on\s+)?$/i;
const EVENT_AFTER = /^(?:['’]s)?\s*(?:[a-z-]+\s+){0,2}?(?:earthquakes?|quakes?|tremors?|attacks?|bombings?|floods?|storms?|fires?|wildfires?|blasts?|explosions?|crash|collapse|elections?|protests?|rally|march|riots?|massacre|shooting|disaster|shipwreck|sinking|capsizing|derailment|stampede|crush|landslides?|eruption|hurricane|cyclone|typhoon|tsunami|ambush|raids?|shelling|bombardment|air ?strikes?|offensive|assault|clashes|fighting|siege|crowds?|festival|concert|match|game|final|derby|tournament|race|marathon|parade|vigil|ceremony|summit)\b/i;

/**
 * True when a time expression dates another event than the figure: it sits in a clause of its own
 * ("… lost their lives after the earthquakes rattled the south on 6 February") or names an event
 * ("the February 6 earthquake").
 */
function datesAnotherEvent(text: string, t: TimeExpression, at: number, segStart: number): boolean {
  // "lost four soldiers in last month's attack": a figure said to happen in the event takes its time; a toll is of now.
  const inTheEvent = t.start > at && /\b(?:in|during)\s+$/i.test(text.slice(t.start - 8, t.start)) && !/\b(?:toll|total|tally|number|count)\b/i.test(text.slice(segStart, t.start));
  if ((EVENT_AFTER.test(text.slice(t.end, t.end + 16)) && !inTheEvent) || EVENT_BEFORE.test(text.slice(Math.max(0, t.start - 16), t.start))) return true;
  const between = t.start > at ? text.slice(at, t.start) : text.slice(segStart, t.start);
  // "The death toll from the wildfires that devastated Maui last month has dropped to 97": a relative clause
  // before the figure dates what it describes.
  if (t.start < at && /\b(?:that|which)\s+(?:\w+ed|hit|struck|swept|tore|broke|began)\b/i.test(between)) return true;
  const sub = SUBORDINATOR.exec(between);
  // "after the earthquakes rattled the south on 6 February" is a clause of its own; "after last night's march" is not.
  return sub !== null && CLAUSE_VERB.test(between.slice(sub.index + sub[0].length));
}

/** A time expression in the sentence's opening phrase ("By early 2002, ...", "After tensions in May, ..."). */
function openingTime(text: string, times: TimeExpression[], start: number, end: number): TimeExpression | undefined {
  const [, firstEnd] = segmentAround(text, start, end, start);
  // "Saturday's crowd was put at 80,000." names the crowd's day, not the day of what the paragraph says next.
  if (firstEnd >= end) return timesIn(times, start, end).find((t) => t.start - start < 4 && !t.isNow && !EVENT_AFTER.test(text.slice(t.end, t.end + 16)));
  return timesIn(times, start, firstEnd).find((t) => !t.isNow && !datesAnotherEvent(text, t, start, start));
}

/** A time that fills a segment of its own just before the figure's clause: ", in 2017,". */
function appositiveTime(text: string, times: TimeExpression[], sentenceStart: number, segStart: number): TimeExpression | undefined {
  if (segStart <= sentenceStart || text[segStart - 1] !== ',') return undefined;
  const [prevStart] = segmentAround(text, sentenceStart, segStart - 1, segStart - 2);
  if (prevStart === sentenceStart) return undefined;
  const segment = text.slice(prevStart, segStart - 1).trim();
  return timesIn(times, prevStart, segStart - 1).find((t) => !t.isNow && t.text.trim() === segment);
}

function fromTime(d: ClaimDraft, t: TimeExpression, basis: ClaimDraft['asOfBasis']): ClaimDraft {
  return { ...d, asOf: t.date, asOfPrecision: t.precision, asOfText: t.text.trim(), asOfBasis: t.date ? (t.isNow ? 'article-date' : basis) : 'unknown' };
}

/**
 * True when a time borrowed from elsewhere in the sentence or paragraph lies after the article was
 * published ("extends its participation until 2027"): it dates a plan, not the figures around it.
 */
function afterPublication(t: TimeExpression, published: PartialDate | null): boolean {
  if (!t.date || !published) return false;
  const year = Number(t.date.slice(0, 4));
  const month = t.date.length >= 7 ? Number(t.date.slice(5, 7)) : 1;
  return year * 12 + month > published.year * 12 + (published.month ?? 12) + 1;
}

/** "will send home 1,000 troops by the end of December": a deadline in a clause about what is to come. */
function futureDeadline(text: string, t: TimeExpression, segStart: number): boolean {
  // "expected revenue of €7 billion in the first quarter", "guided first-quarter sales": a quarter forecast is the next one.
  if (/quarter|half/i.test(t.text) && /\b(?:expects?|expected|forecasts?|guided|guidance|outlook|sees|predicts?|projects?|projected)\b/i.test(text.slice(segStart, t.start + 40))) return true;
  const before = text.slice(Math.max(segStart, t.start - 16), t.start + 3);
  if (!/\bby\s+(?:the\s+(?:end|start|middle)\s+of\s+)?\S*$|^\s*by\b/i.test(before.slice(0, before.length - 3)) && !/^by\b/i.test(t.text.trim())) return false;
  return /\b(?:will|would|shall|plans? to|aims? to|is to|are to|is due to|are due to|expects? to)\b/i.test(text.slice(segStart, t.start));
}

/** A month named without its year resolves to the last one past; a deadline ahead means the next one. */
function nextOccurrence(t: TimeExpression, published: PartialDate | null): TimeExpression {
  if (!t.date || !published || /\b(?:1[89]|20)\d\d\b/.test(t.text)) return t;
  const year = Number(t.date.slice(0, 4));
  const month = t.date.length >= 7 ? Number(t.date.slice(5, 7)) : 12;
  if (year * 12 + month >= published.year * 12 + (published.month ?? 1)) return t;
  return { ...t, date: `${year + 1}${t.date.slice(4)}` };
}

/** "Initially, …", "At first …", "When it was founded, …": a figure from the start of what the story is about. */
const HISTORICAL_OPENER = /^\W*(?:initially|originally|at first|at the outset|at the start|in the beginning|when (?:it|the \w+) (?:was|were) (?:founded|established|created|set up|launched|formed|first deployed))\b/i;
/** "The outbreak began in late January", "Fighting broke out in March": the date something began. */
const STARTED = /\b(?:began|begun|started|broke out|erupted|first (?:appeared|reported|detected))\b/i;
const YEAR_MENTION = /\b(?:since|in|of|from|founded|established|created)\s+((?:1[89]|20)\d\d)\b/gi;

/** The earliest year the article names ("active since 1999") before its own year: when what it describes began. */
function originYear(text: string, published: number | null): string | null {
  let earliest: number | null = null;
  YEAR_MENTION.lastIndex = 0;
  for (let m = YEAR_MENTION.exec(text); m; m = YEAR_MENTION.exec(text)) {
    const y = Number(m[1]);
    if ((published === null || y < published) && (earliest === null || y < earliest)) earliest = y;
  }
  return earliest === null ? null : String(earliest);
}

/**
 * Attaches when a figure held: a time expression in its clause ("26,000 in June 2003"), else one that
 * opens its sentence ("By early 2002, ... 39,000") or its paragraph ("In September of last year, ..."),
 * else, for a figure from the start of things ("Initially, …"), the earliest year the article names,
 * else the year of a plan ahead the lead names (`findPlanYear`), else the day the lead says the news happened
 * (`findNewsDay`), else the article's date ("today", "currently", or nothing said).
 */
export const attachAsOf: Refiner = (ctx, drafts) => {
  const newsDay = drafts.length > 0 ? findNewsDay(ctx) : null;
  const planYear = drafts.length > 0 ? findPlanYear(ctx) : null;
  // "333 deaths since October" counts up to now: "since" says when counting began, not when the figure held.
  // A time the article's date cannot resolve ("three days ago" in an article dated by month only) says nothing.
  // "38,000 so far this year" is the total up to now, like "since": the period does not date it.
  // "to feed them until September": when a period ends is not when a figure held.
  const times = ctx.times.filter((t) => t.date !== null && !/^(?:since|until|till)\b/i.test(t.text) && !/\b(?:since|until|till)\s+$/i.test(ctx.text.slice(Math.max(0, t.start - 7), t.start))
    && !/^(?:so far )?this (?:year|week|month)$/i.test(t.text.trim()));
  const { text } = ctx;
  return drafts.map((d) => {
    const [segStart, segEnd] = segmentAround(text, d.sentence.start, d.sentence.end, d.start);
    // "to save €5 billion a year by 2027": a deadline still ahead is a target's, not the time the figure held.
    const inClause = timesIn(times, segStart, segEnd).filter((t) => !datesAnotherEvent(text, t, d.start, segStart)
      && !(/^by\b/i.test(t.text.trim()) && afterPublication(t, ctx.published))
      // "profits plunged to £3.4m from £391.9m a year ago": a time after another figure is that figure's.
      && !(t.start >= d.end && drafts.some((o) => o.start >= d.end && o.end <= t.start)))
      .map((t) => (futureDeadline(text, t, segStart) ? nextOccurrence(t, ctx.published) : t));
    if (inClause.length > 0) {
      const nearest = inClause.reduce((a, b) => (Math.abs(b.start - d.start) < Math.abs(a.start - d.start) ? b : a));
      return fromTime(d, nearest, 'explicit');
    }
    // "The previous outbreak, in 2017, killed 114 people": a time set off by commas dates the clause it sits in.
    const aside = appositiveTime(text, times, d.sentence.start, segStart);
    if (aside) return fromTime(d, aside, 'context');
    // "the city's all-time high of 46.9C, set in 1995": a participle after the figure dates it.
    const setIn = /^,\s*(?:set|recorded|reached|registered|measured|seen)\s+(?:in|on)\s/i.test(text.slice(segEnd, segEnd + 20))
      ? times.find((t) => t.start >= segEnd && t.start - segEnd <= 20 && t.end <= d.sentence.end) : undefined;
    if (setIn) return fromTime(d, setIn, 'context');
    // "compared to the previous year, which 212 deaths": a relative clause takes the time of what it describes.
    if (/^\s*(?:which|when)\b/i.test(text.slice(segStart, segEnd))) {
      // "since 2019, when 12,000 staff rallied": here "since" names the time the clause describes.
      const described = ctx.times.find((t) => t.date !== null && t.end <= segStart && segStart - t.end <= 2 && t.start >= d.sentence.start);
      if (described) return fromTime(d, described, 'context');
    }
    // "…at least 145 were Egyptian, officials in Tobruk said on Tuesday": the day a figure was given.
    const given = times.find((t) => t.start >= segEnd && t.end <= d.sentence.end && !t.isNow && t.precision === 'day'
      && SAID_BEFORE.test(text.slice(Math.max(segEnd, t.start - 40), t.start)));
    if (given) return fromTime(d, given, 'context');
    // "The national disaster authority said on Saturday the earthquake had killed about 100 people": so is a day said
    // before the figure, when no other figure stands between.
    const saidBefore = times.find((t) => t.start >= d.sentence.start && t.end <= d.start && !t.isNow && t.precision === 'day'
      && SAID_BEFORE.test(text.slice(Math.max(d.sentence.start, t.start - 40), t.start)) && !drafts.some((o) => o.start >= t.end && o.end <= d.start));
    if (saidBefore) return fromTime(d, saidBefore, 'context');
    const opening = openingTime(text, times, d.sentence.start, d.sentence.end);
    if (opening && !afterPublication(opening, ctx.published)) return fromTime(d, opening, 'context');
    const inSentence = timesIn(times, d.sentence.start, d.sentence.end).filter((t) => !t.isNow);
    if (inSentence.length === 0) {
      const p = ctx.paragraphs[findSpanIndex(ctx.paragraphs, d.start)];
      const first = p ? ctx.sentences[findSpanIndex(ctx.sentences, p.start)] : undefined;
      if (p && first && first.start !== d.sentence.start) {
        const paragraphOpening = openingTime(text, times, first.start, first.end);
        // "The outbreak began in late January, … The situation escalated quickly, with at least 471 infected": when
        // something began does not date what was counted later in the paragraph.
        const beginning = paragraphOpening && STARTED.test(text.slice(first.start, paragraphOpening.start));
        if (paragraphOpening && !beginning && !afterPublication(paragraphOpening, ctx.published)) return fromTime(d, paragraphOpening, 'context');
      }
    }
    const origin = HISTORICAL_OPENER.test(text.slice(d.sentence.start, d.start)) ? originYear(text, ctx.published?.year ?? null) : null;
    if (origin) return { ...d, asOf: origin, asOfPrecision: 'year', asOfText: HISTORICAL_OPENER.exec(text.slice(d.sentence.start, d.start))?.[0] ?? null, asOfBasis: 'context' };
    // A story on next year's budget: what it plans holds then.
    if (planYear) return { ...d, asOf: planYear, asOfPrecision: 'year', asOfText: null, asOfBasis: 'context' };
    if (newsDay) return { ...d, asOf: newsDay, asOfPrecision: 'day', asOfText: null, asOfBasis: 'article-date' };
    if (ctx.published) {
      return { ...d, asOf: formatPartialDate(ctx.published), asOfPrecision: precisionOf(ctx.published), asOfText: null, asOfBasis: 'article-date' };
    }
    return { ...d, asOf: null, asOfPrecision: null, asOfText: null, asOfBasis: 'unknown' };
  });
};
