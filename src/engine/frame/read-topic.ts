import { CHANGE_WORDS, DURATION_TOPICS, MONEY_TOPICS, PERCENT_TOPICS, PREDICATE_FILLERS, REQUEST_WORDS } from '../lexicon/events';
import { NP_STOP_WORDS, looksPlural, singularize } from '../lexicon/nouns';
import type { Token } from '../text/tokens';

export const STOP = new Set([';', ':', '—', '–', '"', '“', '”']);
const FUNCTION_WORDS = new Set([...NP_STOP_WORDS, ...PREDICATE_FILLERS, 'the', 'a', 'an', 'its', 'their', 'this', 'than', 'more', 'less', 'up', 'down', 'about', 'around', 'some', 'nearly', 'almost', 'over', 'least', 'total', 'further', 'another', 'new', 'latest', 'per', 'cent', 'percent', 'being']);

/** A crude stem, so "contained" and "containment", "searched" and "search" meet. */
export function stem(word: string): string {
  return word
    .replace(/'s$/, '')
    .replace(/(?:ments?|ations?|ings?|ed|es|s)$/, '')
    .replace(/(?:e|ion)$/, '');
}


/**
 * What a percentage is of, from a lexicon of common rates, read closest first on both sides within the
 * clause: "Unemployment in the city stands at 6.2%" -> unemployment; "100% containment" -> containment;
 * "95% of the affected areas have been searched" -> searched. Null when nothing names it.
 */
/**
 * What a length of time is: a prison sentence, time in custody, a trial's length; "sought" when it was asked for.
 * Read just after the figure first ("23 days of hearings", "a seven-year prison term"), then back to the clause's
 * start or another figure ("asked a court to jail X, the founder of …, for nine years").
 */
export function readDurationTopic(tokens: Token[], first: number, npEnd: number): string | null {
  let topic: string | null = null;
  for (let i = npEnd + 1; i < Math.min(tokens.length, npEnd + 7); i++) {
    const t = tokens[i] as Token;
    // "could serve 12.5 years if he earns all available jail credit": a condition says nothing of the time.
    if (STOP.has(t.text) || t.text === ',' || t.figure >= 0 || /^(?:if|unless|when|because|while|after|before)$/.test(t.lower)) break;
    topic = DURATION_TOPICS.get(t.lower) ?? null;
    if (topic) break;
  }
  // "has served more than six years of a life sentence": time served is time in custody, whatever it is of.
  if (/^(?:served|serving)$/.test(tokens[first - 1]?.lower ?? '')) return 'custody';
  let requested = false;
  for (let i = first - 1, n = 0; i >= 0 && n < 30; i--, n++) {
    const t = tokens[i] as Token;
    if (STOP.has(t.text) || t.figure >= 0) break;
    // "sentenced to serve 25 years": the term to serve is the sentence; "could serve as little as 12.5" is time in custody.
    if (!(t.lower === 'serve' && tokens[i - 1]?.lower === 'to')) topic = topic ?? DURATION_TOPICS.get(t.lower) ?? null;
    if (REQUEST_WORDS.has(t.lower)) requested = true;
  }
  if (requested && (topic === null || topic === 'sentence')) return 'sentence sought';
  return topic;
}

/** "of GDP", "of gross domestic product", "of economic output": a share measured against the economy. */
function ofGdpAt(tokens: Token[], at: number): boolean {
  if (tokens[at]?.lower !== 'of') return false;
  const words = tokens.slice(at + 1, at + 5).map((t) => t.lower).join(' ');
  return /^(?:the )?(?:gdp|gross domestic product|economic output|national output|national income)\b/.test(words) || /^(?:the )?economy\b/.test(words);
}

/** The nearest word before a figure that names an amount ("deficit", "debt", "spending"), across commas and figures. */
function moneyTopicBefore(tokens: Token[], first: number): string | null {
  for (let i = first - 1, n = 0; i >= 0 && n < 16; i--, n++) {
    const t = tokens[i] as Token;
    if (STOP.has(t.text)) break;
    const topic = t.kind === 'word' ? MONEY_TOPICS.get(t.lower) : undefined;
    if (topic) return topic;
  }
  return null;
}

/** Words that make a share another measure: core inflation is not inflation, youth unemployment not unemployment. */
const PERCENT_MODIFIERS = new Set(['core', 'underlying', 'youth', 'food', 'services', 'wage', 'long-term', 'female', 'male']);

/** "Its shares fell 6%", "the stock jumped 12 per cent": a move of the share price, not a stake. */
const PRICE_MOVES = /^(?:fell|fall|falls|falling|rose|rise|rises|rising|gained|gain|gains|lost|lose|loses|dropped|drop|drops|jumped|jump|jumps|slid|slide|slides|tumbled|tumble|climbed|climb|plunged|plunge|plummeted|plummet|plummets|soared|soar|slumped|slump|sank|sink|tanked|slipped|dipped|rallied|surged|surge|closed|ended|edged|were|was|are|is|down|up)$/;

/** "shares fell", "shares were down", "shares in the company closed": a move of the shares follows their noun. */
function movesAfter(tokens: Token[], at: number): boolean {
  let k = at + 1;
  // "Shares in the company", "shares of the retailer": whose shares, before what they did.
  if (/^(?:in|of)$/.test(tokens[k]?.lower ?? '')) {
    for (k++; k < at + 7 && tokens[k]?.kind === 'word' && !PRICE_MOVES.test((tokens[k] as Token).lower); k++);
  }
  return [k, k + 1].some((i) => PRICE_MOVES.test(tokens[i]?.lower ?? ''));
}

/** "core inflation" -> "core inflation", "the unemployment rate" -> "unemployment". */
function percentTopicAt(tokens: Token[], at: number): string | null {
  const word = (tokens[at] as Token | undefined)?.lower ?? '';
  // "voted to hold the rate at 5%", "voted on the 0.25% increase": what a committee voted on is no share of a vote.
  if (word === 'voted' && /^(?:to|on)$/.test(tokens[at + 1]?.lower ?? '')) return null;
  if (/^(?:shares|stock|stocks)$/.test(word) && movesAfter(tokens, at)) return 'share price';
  // "the company's share price slumped 21%", "its stock price fell": the price of a share moves.
  if (word === 'price' && /^(?:share|stock)$/.test(tokens[at - 1]?.lower ?? '') && movesAfter(tokens, at)) return 'share price';
  // "the 15% head count cut": the workforce, counted by heads.
  if (word === 'head' && tokens[at + 1]?.lower === 'count') return 'workforce';
  // "its key rate", "the benchmark rate", "the base rate": a central bank's interest rate.
  if (/^rates?$/.test(word) && /^(?:key|benchmark|base|lending|deposit|bank)$/.test(tokens[at - 1]?.lower ?? '')) return 'interest';
  const topic = PERCENT_TOPICS.get(word);
  if (!topic) return null;
  const before = tokens[at - 1]?.lower ?? '';
  // "underlying inflation" is what others call core inflation.
  return PERCENT_MODIFIERS.has(before) ? `${before === 'underlying' ? 'core' : before} ${topic}` : topic;
}

/** The comma opening a relative clause that ends at the comma `at` (", which …,"), else `at` itself. */
export function relativeClauseStart(tokens: Token[], at: number): number {
  for (let i = at - 1; i >= Math.max(0, at - 20); i--) {
    if ((tokens[i] as Token).text !== ',') continue;
    // "Services inflation, closely monitored by the Bank, fell to 4.7%": an aside opened by a participle or an adverb.
    return /^(?:which|who|whose|where|that|closely|widely|long|once|seen|watched|monitored|considered|regarded|known)$/.test(tokens[i + 1]?.lower ?? '') ? i : at;
  }
  return at;
}

/** The plural noun a share is of, past determiners and modifiers: "of striking teachers" -> "teacher". */
function groupAfter(tokens: Token[], from: number): string | null {
  for (let i = from; i < Math.min(tokens.length, from + 4); i++) {
    const t = tokens[i] as Token;
    if (t.kind !== 'word' || t.figure >= 0 || t.capital) return null;
    if (looksPlural(t.lower) && !FUNCTION_WORDS.has(t.lower)) return singularize(t.lower);
  }
  return null;
}

const VOTED_FOR = /^(?:approved|backed|supported|favoured|favored|endorsed|accepted|ratified)$/;
const VOTED_AGAINST = /^(?:rejected|opposed|refused|declined)$/;

/**
 * "94.6% of union members rejected the offer", "96% approved the strike": a share of those who voted is a share
 * for or against, whoever the voters are said to be.
 */
function voteShare(tokens: Token[], first: number, last: number): string | null {
  // "Voters rejected the amendment by 67.7% to 32.3%", "was defeated by 73.9% of voters": the verb before "by" says
  // which side the first share is; a share after "to" is the other side.
  if (tokens[first - 1]?.lower === 'by') {
    for (let k = first - 2; k >= Math.max(0, first - 8); k--) {
      const w = tokens[k]?.lower ?? '';
      const against = VOTED_AGAINST.test(w) || w === 'defeated';
      if (against || VOTED_FOR.test(w) || /^(?:passed|carried)$/.test(w)) return against ? 'voted against' : 'voted for';
      if ((tokens[k]?.figure ?? -1) >= 0) break;
    }
  }
  if (tokens[first - 1]?.lower === 'to' && /%$|^(?:per|percent)$/.test(tokens[first - 2]?.text ?? '')) {
    const prev = tokens[first - 2]?.text === '%' ? first - 3 : first - 2;
    const other = (tokens[prev]?.figure ?? -1) >= 0 && tokens[prev - 1]?.lower === 'by' ? voteShare(tokens, prev, first - 2) : null;
    if (other) return other === 'voted for' ? 'voted against' : 'voted for';
  }
  let i = last + 1;
  if (tokens[i]?.lower === 'of') {
    for (i += 1; i < last + 7 && tokens[i]?.kind === 'word' && !VOTED_FOR.test(tokens[i]?.lower ?? '') && !VOTED_AGAINST.test(tokens[i]?.lower ?? ''); i++);
  }
  while (/^(?:have|had|has|also)$/.test(tokens[i]?.lower ?? '')) i++;
  const verb = tokens[i]?.lower ?? '';
  return VOTED_FOR.test(verb) ? 'voted for' : VOTED_AGAINST.test(verb) ? 'voted against' : null;
}

export function readPercentTopic(tokens: Token[], first: number, last: number): string | null {
  const vote = voteShare(tokens, first, last);
  if (vote) return vote;
  // "cut its workforce by up to 30%", "prices rose by 4.5%": the figure is the change itself.
  const by = tokens.slice(Math.max(0, first - 4), first).findIndex((t) => t.lower === 'by');
  // "raised rates by 0.25% to 5.25%": the level reached after the change is no change.
  const level = by >= 0 && tokens.slice(Math.max(0, first - 4) + by + 1, first).some((t) => t.figure >= 0);
  if (by >= 0 && !level) {
    for (let i = first - 4 + by - 1, n = 0; i >= 0 && n < 6; i--, n++) {
      const change = CHANGE_WORDS.get((tokens[i] as Token).lower);
      if (change) return change;
    }
  }
  // "some 31 percent above the original budget", "44 percent more than the 3.9 billion approved": an overrun.
  const beyond = tokens.slice(last + 1, last + 8).map((t) => t.lower).join(' ');
  if (/^(?:above|over|more than|higher than|beyond)\b.*\b(?:budget|budgeted|approved|planned|estimate|estimated)\b/.test(beyond)) return 'overrun';
  // "a deficit of 24.8 billion, or 3.1 percent of GDP": a share of the economy is the share of the amount named before.
  const ofEconomy = ofGdpAt(tokens, last + 1);
  if (ofEconomy) return moneyTopicBefore(tokens, first);
  // After the figure only its own noun ("100% containment") or its "of" complement ("38.5 percent of the vote");
  // words further on belong to another clause ("58 percent once spoiled ballots were removed").
  const after = tokens[last + 1];
  const own = percentTopicAt(tokens, last + 1);
  if (own) return own;
  if (after?.lower === 'of') {
    // The complement, then the verb it is the subject of: "95% of the affected areas have been searched".
    for (let i = last + 2; i < Math.min(tokens.length, last + 12); i++) {
      const t = tokens[i] as Token;
      if (STOP.has(t.text) || t.text === ',') break;
      const topic = percentTopicAt(tokens, i);
      if (topic) return topic;
    }
    // "28% of teachers stayed away": a share of a group of people is about that group.
    const group = groupAfter(tokens, last + 2);
    if (group) return group;
  }
  // "the share of striking teachers at 28%".
  for (let i = first - 1; i >= Math.max(0, first - 8); i--) {
    const t = tokens[i] as Token;
    if (STOP.has(t.text) || t.text === ',' || t.figure >= 0) break;
    if (/^(?:share|proportion|percentage)$/.test(t.lower) && tokens[i + 1]?.lower === 'of') {
      const group = groupAfter(tokens, i + 2);
      if (group) return group;
    }
  }
  for (let i = first - 1, n = 0; i >= 0 && n < 12; i--, n++) {
    const t = tokens[i] as Token;
    if (STOP.has(t.text)) break;
    // "core inflation, which strips out energy prices, fell to 4.9%": a relative clause is about something else.
    if (t.text === ',') i = relativeClauseStart(tokens, i);
    const topic = percentTopicAt(tokens, i);
    if (topic) return topic;
  }
  // "are both more than 90% contained": a participle right after the figure.
  for (let i = last + 1; i < Math.min(tokens.length, last + 4); i++) {
    // "…by 67.7% to 32.3%, with turnout at 44.4%": not past a comma.
    if (tokens[i]?.text === ',') break;
    const topic = percentTopicAt(tokens, i);
    if (topic) return topic;
  }
  return null;
}

/**
 * The content words next to a figure in its clause, stemmed: what a percentage or a duration is about when
 * no lexicon names it ("38% of the burn area had been searched" -> burn, area, search).
 */
/**
 * "the 985-foot vessel", "the 1.6-mile bridge": a measure written as an adjective measures the noun after it, and
 * only that noun says what it is of. Null when the measure is not written so.
 */
export function measuredNoun(tokens: Token[], first: number, npEnd: number): string | null {
  const adjective = tokens.slice(first, npEnd + 1).some((t) => t.text === '-') || /-[a-z]+$/i.test(tokens[npEnd]?.text ?? '');
  const next = tokens[npEnd + 1];
  if (!adjective || !next || next.kind !== 'word' || next.capital || FUNCTION_WORDS.has(next.lower) || next.lower.length < 3) return null;
  return stem(next.lower);
}

export function readCues(tokens: Token[], first: number, last: number, width = 6): string[] {
  const cues = new Set<string>();
  const take = (t: Token) => {
    if (t.kind === 'word' && !FUNCTION_WORDS.has(t.lower) && t.lower.length > 2 && !t.capital) cues.add(stem(t.lower));
  };
  // Within the figure's own clause: words across a comma or a bracket are about something else.
  const edge = (t: Token) => STOP.has(t.text) || t.figure >= 0 || t.text === ',' || t.text === '(' || t.text === ')';
  for (let i = last + 1, n = 0; i < tokens.length && n < width; i++, n++) {
    const t = tokens[i] as Token;
    if (edge(t)) break;
    take(t);
  }
  for (let i = first - 1, n = 0; i >= 0 && n < width; i--, n++) {
    const t = tokens[i] as Token;
    if (edge(t)) break;
    take(t);
  }
  return [...cues].sort();
}
