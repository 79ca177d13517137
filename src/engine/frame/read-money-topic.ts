import { MONEY_TOPICS } from '../lexicon/events';
import type { Token } from '../text/tokens';

import { STOP } from './read-topic';

/** "an appeal for $18.5 million to pay for treatment": what the money is to do is not what it is. */
const PURPOSE_VERBS = new Set('pay fund cover help support fight buy build rebuild provide finance repair feed house treat'.split(' '));
/** Words after an amount that open another clause: what follows says nothing of the amount. */
const RIGHT_STOP = new Set('from as after before since when while because according said says who which that'.split(' '));

/**
 * Words that make a financial figure another measure: an adjusted pre-tax loss is not the loss, and the insured
 * losses of a disaster are the part that insurers pay, not all that was lost.
 */
const FINANCIAL_MODIFIERS = new Set(['adjusted', 'pre-tax', 'pretax', 'underlying', 'operating', 'quarterly', 'insured', 'uninsured', 'enterprise']);

/** "adjusted pre-tax loss" -> "adjusted pre-tax loss"; "loss" -> "loss". */
function qualified(tokens: Token[], at: number, topic: string): string {
  const mods: string[] = [];
  for (let i = at - 1; i >= Math.max(0, at - 3); i--) {
    const w = (tokens[i] as Token).lower;
    if (!FINANCIAL_MODIFIERS.has(w)) break;
    mods.unshift(w.replace('pretax', 'pre-tax'));
  }
  return [...mods, topic].join(' ');
}

/**
 * What an amount of money is, read closest first around it in its clause, what is said after it first:
 * "… ($17.2 billion) will be written off" -> writedown; "paying 3.23 billion Swiss francs" -> price;
 * "a loss guarantee of up to 9 billion" -> guarantee; "100 billion francs in liquidity assistance" -> liquidity.
 */
export function readMoneyTopic(tokens: Token[], first: number, npEnd: number): string | null {
  if (isMarketPrice(tokens, first)) return 'share price';
  // "The EUR 48 million settlement", "a $2bn loan": the amount's own noun says what it is.
  for (let i = npEnd; i > first && i > npEnd - 3; i--) {
    const t = tokens[i] as Token;
    if (t.figure >= 0) break;
    const own = t.kind === 'word' && !t.capital ? MONEY_TOPICS.get(t.lower) : undefined;
    if (own) return victimTopic(tokens, qualified(tokens, i, own));
  }
  let right: { topic: string; at: number } | null = null;
  let depth = 0;
  for (let i = npEnd + 1, n = 0; i < tokens.length && n < 7; i++) {
    const t = tokens[i] as Token;
    if (STOP.has(t.text) || (t.text === ',' && depth === 0)) break;
    if (t.text === '(') depth++;
    else if (t.text === ')') depth = Math.max(0, depth - 1);
    if (depth > 0 || t.kind !== 'word') {
      if (t.figure >= 0 && depth === 0) break;
      continue;
    }
    if (RIGHT_STOP.has(t.lower)) break;
    // "an appeal for $18.5 million to pay for treatment": what the money is to do is not what it is.
    if (t.lower === 'to' && PURPOSE_VERBS.has(tokens[i + 1]?.lower ?? '')) break;
    // "the damages award of CHF 31.4 million and the fine": what follows "and the" is another thing.
    if (/^(?:and|or)$/.test(t.lower) && /^(?:the|a|an|its|his|her|their)$/.test(tokens[i + 1]?.lower ?? '')) break;
    n++;
    if (t.capital) continue;
    const topic = MONEY_TOPICS.get(t.lower);
    if (topic) {
      right = { topic: qualified(tokens, i, topic), at: n };
      break;
    }
  }
  let left: { topic: string; at: number } | null = null;
  for (let i = first - 1, n = 0; i >= 0 && n < 12; i--) {
    const t = tokens[i] as Token;
    if (STOP.has(t.text)) break;
    if (t.kind === 'punct' || t.figure >= 0) continue;
    n++;
    // "buy Credit Suisse for 3 billion": a name is not what the amount is.
    if (t.capital && i > 0) continue;
    const topic = MONEY_TOPICS.get(t.lower);
    if (topic) {
      left = { topic: qualified(tokens, i, topic), at: n };
      break;
    }
  }
  return victimTopic(tokens, right && (!left || right.at <= left.at + 2) ? right.topic : left?.topic ?? null);
}

const MOVES = /^(?:rose|risen|jumped|climbed|surged|soared|gained|rallied|fell|dropped|slid|slumped|sank|tumbled|plunged|eased|edged|closed|opened|ended|finished|traded|trading|stood|peaked)$/;

/**
 * "a closing price of 106 crowns", "closed at 151.20", "shares jumped to 136.80 crowns": what a share fetched on
 * the market, not a price anyone offered or paid for a company.
 */
function isMarketPrice(tokens: Token[], first: number): boolean {
  const [w1, w2, w3] = [1, 2, 3].map((k) => tokens[first - k]?.lower ?? '');
  if (w1 === 'of' && w2 === 'price' && /^(?:closing|opening|share|stock|market)$/.test(w3)) return true;
  // "Friday's close of 106.00 crowns": a session's close is what the market paid.
  if (w1 === 'of' && w2 === 'close') return true;
  if (w1 !== 'at' && w1 !== 'to') return false;
  // "closed at 151.20", "traded at 139", "jumped to 136.80 crowns in morning trade"; "raised its offer to 161" is no move of a share.
  const verb = w2 === 'high' && w3 === 'as' ? (tokens[first - 5]?.lower ?? '') : w2;
  if (!MOVES.test(verb)) return false;
  return w1 === 'at' || tokens.slice(Math.max(0, first - 8), first - 2).some((t) => /^(?:shares|stock|stocks|share)$/.test(t.lower));
}

/**
 * "pay £50,000 to the family of each victim", "relatives of the dead will be paid 2 million naira": money for the
 * victims or their families is compensation, whatever verb pays it.
 */
const victimTopic = (tokens: Token[], topic: string | null) =>
  (topic === null || topic === 'price') && tokens.some((_t, i) => isVictimSide(tokens, i)) ? 'compensation' : topic;

/** "families", "victims", "payouts"; "each family", "to the family of": one family among the victims'. */
function isVictimSide(tokens: Token[], i: number): boolean {
  const w = (tokens[i] as Token).lower;
  if (VICTIM_SIDE.test(w)) return true;
  const before = tokens[i - 1]?.lower ?? '';
  return w === 'family' && (/^(?:each|per|every)$/.test(before) || (before === 'the' && tokens[i - 2]?.lower === 'to'));
}

/** Those compensated after a disaster or a crime. */
const VICTIM_SIDE = /^(?:families|relatives|kin|bereaved|victims?|victims'|survivors|dependants|dependents|payouts?|ex-gratia|gratia)$/;
