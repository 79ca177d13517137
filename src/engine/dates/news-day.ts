import type { ExtractContext } from '../extract/draft';

import { dayIndex, formatPartialDate, parsePartialDate, type PartialDate } from './calendar';
import { findTimeExpressions } from './find-time-expressions';

const LEAD_PARAGRAPHS = 3;
const MAX_DAYS_BEFORE = 3;


/**
 * The day the article's news happened, when its lead says so: a date heading ("Friday, February 10, 2023")
 * or "yesterday" in its first paragraphs ("after last night's march"),
 * within a few days before publication. Figures that name no time of their own held then, not on the day
 * the page went out. Null when the lead names no such day or the article's date is not a day.
 */
export function findNewsDay(ctx: ExtractContext): string | null {
  const published = ctx.published;
  if (!published || published.day === undefined) return null;
  const today = dayIndex(published);
  let best: number | null = null;
  for (const p of ctx.paragraphs.slice(0, LEAD_PARAGRAPHS)) {
    const text = ctx.text.slice(p.start, p.end);
    for (const t of findTimeExpressions(text, published)) {
      if (t.isNow || t.precision !== 'day' || !t.date) continue;
      const heading = t.text.length >= text.trim().length - 12;
      // "Yesterday" names the news day; a weekday or a date in a lead as often dates something else (measured).
      const relative = /yesterday|last night/i.test(t.text);
      const day = dayIndex(parsePartialDate(t.date) as PartialDate);
      const before = today - day;
      if ((heading && before >= 0) || (relative && before >= 1 && before <= MAX_DAYS_BEFORE)) best = best === null ? day : Math.max(best, day);
    }
  }
  if (best === null) return null;
  const d = new Date(best * 86_400_000);
  return formatPartialDate({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
}
