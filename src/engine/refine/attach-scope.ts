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

/** What a percentage or an amount is of, read from the clause before it: "unemployment stands at 6.2%". */
const CHANGE_WORDS = 'increase|increases|increased|raises?|rise|rises|rose|growth|grew|decrease|decreased|drop|dropped|fall|fell|cut|cuts|decline|declined';
const TOPIC_NOUNS = 'inflation|unemployment|jobless|turnout|interest|tax|vat|tariffs?|approval|support|share|majority|poverty|budget|spending|aid|loans?|grants?|funding|deficit|debt|revenue|profits?|salar(?:y|ies)|wages?|pensions?|investment|fares?|prices?|costs?|rent';
/** The last change word or topic noun of the clause before a percentage or amount (greedy prefix: the last wins). */
const LAST_CHANGE = new RegExp(`^.*\\b(${CHANGE_WORDS})\\b(?:(?![.;:!?]).){0,48}$`, 'i');
const LAST_TOPIC = new RegExp(`^.*\\b(${TOPIC_NOUNS})\\b(?:(?![.;:!?]).){0,48}$`, 'i');
/** "raises spending by 5%", "an increase of 4.5%": the figure is the change itself. */
const IS_CHANGE = new RegExp(`(?:\\bby|\\b(?:${CHANGE_WORDS}) of)\\s+$`, 'i');
const TOPIC_ALIASES: Record<string, string> = {
  increases: 'increase', increased: 'increase', raise: 'increase', raises: 'increase', rise: 'increase', rises: 'increase', rose: 'increase',
  growth: 'increase', grew: 'increase', decreased: 'decrease', drop: 'decrease', dropped: 'decrease', fall: 'decrease', fell: 'decrease',
  cut: 'decrease', cuts: 'decrease', decline: 'decrease', declined: 'decrease', jobless: 'unemployment', tariffs: 'tariff',
};
/** A noun right after an amount names it: "a $2.4 billion budget". */
const MONEY_NOUN_AFTER = /^\s*(budget|deal|loan|grant|package|fine|settlement|contract|bill|deficit|surplus|bailout|investment|fund)\b/i;

const WHOLE_BUDGET = new Set('the a an its their this that annual new total city overall proposed draft approved whole entire next federal state national year billion million'.split(' '));

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
    if (d.quantity === 'money' || d.quantity === 'percent') {
      const clause = ctx.text.slice(Math.max(d.sentence.start, d.start - 60), d.start);
      const topic = (d.quantity === 'money' ? MONEY_FOR.exec(after)?.[1] ?? MONEY_NOUN_AFTER.exec(ctx.text.slice(d.end, d.end + 20))?.[1] ?? MONEY_BEFORE.exec(before)?.[1] : undefined)
        ?? (IS_CHANGE.test(clause) ? LAST_CHANGE.exec(clause)?.[1] : undefined)
        ?? LAST_TOPIC.exec(clause)?.[1] ?? LAST_CHANGE.exec(clause)?.[1];
      if (topic) {
        const word = topic.toLowerCase();
        // A budget of one part ("the police budget") is not the whole budget.
        const part = word === 'budget' ? /\b([a-z]+)\s+budget\b[^.]*$/i.exec(clause)?.[1]?.toLowerCase() : undefined;
        const named = part && !WHOLE_BUDGET.has(part) ? `${part} budget` : null;
        scope.add(named ?? TOPIC_ALIASES[word] ?? singular(word));
      }
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
