import type { ClaimDraft, Refiner } from '../extract/draft';

import { EVENT_BOUND } from './mark-other-events';

/** Storms are named: "Hurricane Elena", "Typhoon Haiyan", "Tropical Storm Alberto", "Cyclone Freddy", "Storm Ciarán". */
const NAMED_EVENT = /\b(?:Hurricane|Typhoon|Cyclone|(?:Tropical |Winter |Subtropical )?Storm)\s+(\p{Lu}[\p{L}'’-]+)/gu;
/** Where a clause ends: a name beyond it is the subject of another clause. */
const CLAUSE_END = /[;:—–]|,\s*(?:and|but|while|whereas|as)\b/;

/** How often each storm name appears in the title and text, bare ("Delia") or in full ("Hurricane Delia"). */
function nameCounts(title: string, text: string): Map<string, number> {
  const names = new Set([...`${title}\n${text}`.matchAll(NAMED_EVENT)].map((m) => m[1] as string));
  const counts = new Map<string, number>();
  for (const name of names) counts.set(name, `${title}\n${text}`.split(new RegExp(`\\b${name}\\b`, 'u')).length - 1);
  return counts;
}

/**
 * Marks the toll of another named storm than the one the article is about: "two weeks after Hurricane Elena
 * killed more than 200 people" in an article about Hurricane Delia. The article's storm is the name it
 * gives most often, when its title or lead names it; a toll whose clause names another storm and not the
 * article's belongs to that storm.
 */
export const markNamedEvents: Refiner = (ctx, drafts) => {
  const counts = nameCounts(ctx.source.title, ctx.text);
  if (counts.size === 0) return drafts;
  // The article's own storm is in its title or lead; a storm named only further down is another one.
  const lead = `${ctx.source.title}\n${ctx.text.slice(0, ctx.paragraphs[0]?.end ?? 0)}`;
  const [top] = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  // "The death toll from a cyclone … has risen to 24. … Cyclone Bulbul killed 12 people … Bulbul left a trail": the one
  // storm an article names again and again is its own, whether or not the lead names it; one named once may be a past one.
  const main = top && ((counts.size === 1 && top[1] > 1) || new RegExp(`\\b${top[0]}\\b`, 'u').test(lead)) ? top : undefined;
  return drafts.map((d): ClaimDraft => {
    if (d.frame.otherEvent || !EVENT_BOUND.has(d.frame.event ?? '')) return d;
    const before = ctx.text.slice(d.sentence.start, d.start);
    const clause = before.split(CLAUSE_END).pop() ?? before;
    const other = [...clause.matchAll(NAMED_EVENT)].at(-1);
    if (!other || other[1] === main?.[0] || (main && new RegExp(`\\b${main[0]}\\b`, 'u').test(clause))) return d;
    return { ...d, frame: { ...d.frame, otherEvent: other[0] } };
  });
};
