import type { ExtractContext } from '../extract/draft';

/**
 * A plan for a year named in the title or the opening paragraph: "presented a 2026 budget", "the government's 2026
 * budget", "the budget for 2026", "the 2026-27 financial year" (the year that starts the span), "the budget deficit
 * next year".
 */
const PLAN = /\b(?:(?:(?:a|an|the|its|their|this|next|\p{L}+['’]s)\s+)?(20\d\d)(?:\s*[-–/]\s*\d{2,4})?\s+(?:draft\s+|state\s+|federal\s+|national\s+)?(?:budget|spending plan|finance bill|(?:fiscal|financial) year)|budget (?:for|of) (20\d\d)|(?:fiscal|financial) year (20\d\d)|budget (?:deficit |spending )?(?:for )?(next year))\b/iu;

/**
 * The year a plan of the article is for, when its lead names one after the year it was published: its figures
 * that name no time of their own hold then ("the deficit would narrow to 24.8 billion" in a story on the 2026
 * budget), not on the day the page went out. Null otherwise.
 */
export function findPlanYear(ctx: ExtractContext): string | null {
  const published = ctx.published?.year;
  if (published === undefined) return null;
  const lead = ctx.paragraphs[0];
  const text = `${ctx.source.title}\n${lead ? ctx.text.slice(lead.start, lead.end) : ''}`;
  const m = PLAN.exec(text);
  const year = m ? (m[4] ? published + 1 : Number(m[1] ?? m[2] ?? m[3])) : null;
  return year !== null && year > published ? String(year) : null;
}
