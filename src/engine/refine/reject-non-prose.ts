import type { Refiner } from '../extract/draft';

/**
 * Drops figures inside web and e-mail addresses and code ("?RQT=305&SQ=12", "desk2024@paper.com",
 * "`retry(3)`"): the spans found when the context was made.
 */
export const rejectNonProse: Refiner = (ctx, drafts) => {
  if (ctx.nonProse.length === 0) return drafts;
  return drafts.filter((d) => !ctx.nonProse.some((s) => s.start < d.end && d.start < s.end));
};
