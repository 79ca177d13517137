import type { ClaimDraft, ExtractContext, Refiner } from '../extract/draft';

const KILLED_BEFORE = /\b(?:deaths? of|killing|killed|kills|death toll (?:of|at|to|rose to|reached)|claimed the lives of|lives of)\s+(?:at least\s+|some\s+|about\s+|around\s+|more than\s+)?$/i;
const INJURED_BEFORE = /\b(?:injuring|injured|wounding|wounded)\s+(?:at least\s+|some\s+|about\s+|more than\s+)?$/i;
const AUX = '(?:(?:were|was|are|is|have|has|had|been|being|be|still|reportedly|now|remain|remained|who|that|which)\\s+){0,3}';
/** What happened to the counted people or things, read after the noun: "45 people have died", "12,000 residents were evacuated". */
const AFTER: Array<[RegExp, string]> = [
  [new RegExp(`^\\s*${AUX}(?:killed|dead|died|slain|lost their lives|perished|drowned)\\b`, 'i'), 'killed'],
  [new RegExp(`^\\s*${AUX}(?:injured|wounded|hurt|hospitali[sz]ed)\\b`, 'i'), 'injured'],
  [new RegExp(`^\\s*${AUX}(?:missing|unaccounted for)\\b`, 'i'), 'missing'],
  [new RegExp(`^\\s*${AUX}(?:evacuated)\\b`, 'i'), 'evacuated'],
  [new RegExp(`^\\s*${AUX}(?:displaced|homeless|made homeless|forced from their homes|fled)\\b`, 'i'), 'displaced'],
  [new RegExp(`^\\s*${AUX}(?:arrested|detained)\\b`, 'i'), 'arrested'],
  [new RegExp(`^\\s*${AUX}(?:rescued|saved)\\b`, 'i'), 'rescued'],
  [new RegExp(`^\\s*${AUX}(?:destroyed|damaged|flattened|collapsed)\\b`, 'i'), 'destroyed'],
  [new RegExp(`^\\s*${AUX}(?:took part|marched|protested|demonstrated|rallied|gathered|attended|joined the (?:protest|march|rally))\\b`, 'i'), 'took part'],
];
/** Money's purpose: "$25 million in emergency aid", "a $40m package of loans". */
const MONEY_FOR = /^\s*(?:in|of|for|worth of)\s+(?:[a-z-]+\s+){0,2}?(aid|loans?|grants?|funding|funds|relief|assistance|investment|compensation|damages?|fines?|budget|spending|revenue|profits?|losses|debt|bonds?|salar(?:y|ies)|wages?|pensions?|subsid(?:y|ies)|tax(?:es)?|fees?|donations?|reconstruction|recovery)\b/i;
const MONEY_BEFORE = /\b(aid|loan|grant|funding|relief|assistance|investment|compensation|budget|spending|rescue|stimulus|recovery|reconstruction)\s+(?:package|plan|programme|program|fund|deal)?\s*(?:of|worth|totall?ing|amounting to)\s+$/i;

const singular = (w: string) => w.toLowerCase().replace(/(?:ies)$/, 'y').replace(/s$/, '');

/**
 * Adds what happened to the counted people when that changes what is counted: "three attackers dead"
 * and "the deaths of three attackers" count the killed, not all attackers.
 */
export const attachScope: Refiner = (ctx, drafts) => {
  const out: ClaimDraft[] = [];
  for (const d of drafts) {
    const previous = out[out.length - 1];
    out.push(d.elided && previous ? { ...d, scope: previous.scope } : scopeOf(ctx, d));
  }
  return out;
};

function scopeOf(ctx: ExtractContext, d: ClaimDraft): ClaimDraft {
  {
    const before = ctx.text.slice(Math.max(d.sentence.start, d.start - 40), d.start);
    const after = ctx.text.slice(d.phraseEnd, Math.min(d.sentence.end, d.phraseEnd + 40));
    const scope = new Set(d.scope);
    if (d.quantity === 'money') {
      const purpose = MONEY_FOR.exec(after)?.[1] ?? MONEY_BEFORE.exec(before)?.[1];
      if (purpose) scope.add(singular(purpose));
      return { ...d, scope: [...scope].sort() };
    }
    if (KILLED_BEFORE.test(before) || d.unit === 'death' || d.unit === 'fatality') scope.add('killed');
    else if (INJURED_BEFORE.test(before)) scope.add('injured');
    else {
      const hit = AFTER.find(([re]) => re.test(after));
      if (hit) scope.add(hit[1]);
    }
    return { ...d, scope: [...scope].sort() };
  }
}
