import { formatPartialDate, precisionOf } from '../dates/calendar';
import type { TimeExpression } from '../dates/find-time-expressions';
import type { ClaimDraft, Refiner } from '../extract/draft';
import { findSpanIndex } from '../text/sentences';

const SEPARATOR = /[;:()—–]|,(?!\d)/g;

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

/** A time expression in the sentence's opening phrase ("By early 2002, ...", "After tensions in May, ..."). */
function openingTime(text: string, times: TimeExpression[], start: number, end: number): TimeExpression | undefined {
  const [, firstEnd] = segmentAround(text, start, end, start);
  if (firstEnd >= end) return timesIn(times, start, end).find((t) => t.start - start < 4 && !t.isNow);
  return timesIn(times, start, firstEnd).find((t) => !t.isNow);
}

function fromTime(d: ClaimDraft, t: TimeExpression, basis: ClaimDraft['asOfBasis']): ClaimDraft {
  return { ...d, asOf: t.date, asOfPrecision: t.precision, asOfText: t.text.trim(), asOfBasis: t.date ? (t.isNow ? 'article-date' : basis) : 'unknown' };
}

/**
 * Attaches when a figure held: a time expression in its clause ("26,000 in June 2003"), else one that
 * opens its sentence ("By early 2002, ... 39,000") or its paragraph ("In September of last year, ..."),
 * else the article's date ("today", "currently", or nothing said).
 */
export const attachAsOf: Refiner = (ctx, drafts) =>
  drafts.map((d) => {
    const { text, times } = ctx;
    const [segStart, segEnd] = segmentAround(text, d.sentence.start, d.sentence.end, d.start);
    const inClause = timesIn(times, segStart, segEnd);
    if (inClause.length > 0) {
      const nearest = inClause.reduce((a, b) => (Math.abs(b.start - d.start) < Math.abs(a.start - d.start) ? b : a));
      return fromTime(d, nearest, 'explicit');
    }
    const opening = openingTime(text, times, d.sentence.start, d.sentence.end);
    if (opening) return fromTime(d, opening, 'context');
    const inSentence = timesIn(times, d.sentence.start, d.sentence.end).filter((t) => !t.isNow);
    if (inSentence.length === 0) {
      const p = ctx.paragraphs[findSpanIndex(ctx.paragraphs, d.start)];
      const first = p ? ctx.sentences[findSpanIndex(ctx.sentences, p.start)] : undefined;
      if (p && first && first.start !== d.sentence.start) {
        const paragraphOpening = openingTime(text, times, first.start, first.end);
        if (paragraphOpening) return fromTime(d, paragraphOpening, 'context');
      }
    }
    if (ctx.published) {
      return { ...d, asOf: formatPartialDate(ctx.published), asOfPrecision: precisionOf(ctx.published), asOfText: null, asOfBasis: 'article-date' };
    }
    return { ...d, asOf: null, asOfPrecision: null, asOfText: null, asOfBasis: 'unknown' };
  });
