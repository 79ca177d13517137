import type { Refiner } from '../extract/draft';

const KILLED_BEFORE = /\b(?:deaths? of|killing|killed|kills|death toll (?:of|at|to|rose to|reached)|claimed the lives of|lives of)\s+(?:at least\s+|some\s+|about\s+|around\s+|more than\s+)?$/i;
const KILLED_AFTER = /^\s*(?:(?:were|have been|had been|was|are|being)\s+)?(?:killed|dead|died|slain|lost their lives|perished)\b/i;
const INJURED_BEFORE = /\b(?:injuring|injured|wounding|wounded)\s+(?:at least\s+|some\s+|about\s+|more than\s+)?$/i;
const INJURED_AFTER = /^\s*(?:(?:were|have been|had been|was|are)\s+)?(?:injured|wounded|hurt)\b/i;
const ARRESTED_AFTER = /^\s*(?:(?:were|have been|had been|was|are)\s+)?(?:arrested|detained)\b/i;

/**
 * Adds what happened to the counted people when that changes what is counted: "three attackers dead"
 * and "the deaths of three attackers" count the killed, not all attackers.
 */
export const attachScope: Refiner = (ctx, drafts) =>
  drafts.map((d) => {
    if (d.elided) return d;
    const before = ctx.text.slice(Math.max(d.sentence.start, d.start - 40), d.start);
    const after = ctx.text.slice(d.phraseEnd, Math.min(d.sentence.end, d.phraseEnd + 40));
    const scope = new Set(d.scope);
    if (KILLED_BEFORE.test(before) || KILLED_AFTER.test(after)) scope.add('killed');
    else if (INJURED_BEFORE.test(before) || INJURED_AFTER.test(after)) scope.add('injured');
    else if (ARRESTED_AFTER.test(after)) scope.add('arrested');
    return { ...d, scope: [...scope].sort() };
  });
