import type { ClaimDraft, Refiner } from '../extract/draft';

/** What happened in an event: a count of these from long before the article is about another event. */
export const EVENT_BOUND = new Set(['killed', 'injured', 'hospitalised', 'missing', 'trapped', 'rescued', 'displaced', 'evacuated', 'arrested', 'destroyed', 'took part', 'affected', 'identified', 'freed', 'turnout', 'vote', 'arrived', 'transferred', 'cut', 'closed', 'sentence', 'sentence sought', 'fine', 'compensation', 'fraud', 'burned', 'flooded', 'derailed']);
/** At least this long before the article, a toll belongs to another event. */
const MIN_MONTHS = 9;

const monthsOf = (asOf: string) => Number(asOf.slice(0, 4)) * 12 + (asOf.length >= 7 ? Number(asOf.slice(5, 7)) - 1 : 6);

/**
 * Marks figures about an earlier event: a death toll held years before the article ("surpassing a tsunami
 * that killed 61 people in 1960", "its worst quake since 1999, when … killing more than 17,000") is not the
 * toll of the story's event, nor is the magnitude of an earthquake of 1939. A level that lasts (troops, a population) is not marked: its history is a series.
 */
export const markOtherEvents: Refiner = (ctx, drafts) => {
  if (!ctx.published) return drafts;
  const published = ctx.published.month === undefined ? ctx.published.year * 12 + 6 : ctx.published.year * 12 + ctx.published.month - 1;
  return drafts.map((d, index): ClaimDraft => {
    // A magnitude, a spell's length or a record of years before belong to their own event.
    if (!EVENT_BOUND.has(d.frame.event ?? '') && !/^(?:magnitude|duration|temperature)$/.test(d.frame.family ?? '')) return d;
    let held = d.asOfBasis === 'explicit' || d.asOfBasis === 'context' ? d.asOf : null;
    // A reading or a length beside an old record is today's: only its own date makes it another event's.
    const ownDateOnly = d.frame.family === 'duration' || d.frame.family === 'temperature';
    if (!held && !ownDateOnly) {
      // A sentence dated only in the past ("since 1999, when …, killing 17,000"; "… destroyed 500 homes on May 22, 1960").
      // "Turnout was 64.2%, up from 61.8% at the last election in 2021": a time past another figure is that figure's.
      const between = (t: { start: number }) => drafts.some((o) => o.frame.link?.draft === index && /^(?:earlier|restated)$/.test(o.frame.link.kind) && o.start > d.end && o.end <= t.start);
      // "…, killing four people, was interviewed by the FBI 16 months ago": a time past a comma after the figure dates
      // another clause.
      const otherClause = (t: { start: number }) => t.start >= d.end && /,\s/.test(ctx.text.slice(d.end, t.start));
      const dated = ctx.times.filter((t) => t.start >= d.sentence.start && t.end <= d.sentence.end && t.date && !t.isNow && !between(t) && !otherClause(t));
      if (dated.length > 0 && dated.every((t) => published - monthsOf(t.date as string) >= MIN_MONTHS)) held = dated[dated.length - 1]?.date ?? null;
    }
    if (!held || published - monthsOf(held) < MIN_MONTHS) return d;
    return { ...d, frame: { ...d.frame, otherEvent: held.slice(0, 4) } };
  });
};
