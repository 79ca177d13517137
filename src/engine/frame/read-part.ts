import { COUNTRY_BY_NAME, COUNTRY_NAMES } from '../lexicon/countries';
import { isPossessive, stripPossessive, type Token } from '../text/tokens';

const PREPOSITIONS = new Set('in to from of with at for by including near into across against between over under towards on as than like via within outside inside among'.split(' '));
const SPEECH = new Set('said says say told announced reported stated estimated confirmed put puts according claimed added noted revealed quoted cited counted reminded'.split(' '));
const AGENT_VERBS = new Set('is contributor sent send sends sending deploying deploy deploys deployed dispatched dispatching has have had participates participated contributes contributed contributing organised organized provides provided buried requested asked allow allowed released releases releasing freed frees freeing handed'.split(' '));

/** A country's own people, after "its" or "their": "their 23 citizens", "28 of its citizens". */
const OWN_PEOPLE = /^(?:citizens?|nationals?|compatriots?|pilgrims?|soldiers?|troops?)$/;

/** Qualifiers and determiners between a verb and its figure: "released more than 1,900", "freed some 16". */
const QUALIFYING = /^(?:a|an|the|between|some|about|around|nearly|almost|more|than|at|least|up|to|just|only|another|further|roughly|approximately|all)$/;

const countryOf = (t: Token | undefined) => (t && t.capital ? COUNTRY_BY_NAME.get(stripPossessive(t.lower)) ?? null : null);

/** "145 were Egyptian", "600 were Egyptians": the counted named by nationality after the figure. */
function countryAfter(tokens: Token[], from: number): string | null {
  const be = tokens[from]?.lower ?? '';
  if (!/^(?:were|was|are|is)$/.test(be)) return null;
  return countryOf(tokens[from + 1]) ?? (tokens[from + 1]?.lower === 'from' ? countryOf(tokens[from + 2]) : null);
}

/** "some 2,300 from Rwanda": a bare figure followed by where its people come from. */
function countryFrom(tokens: Token[], from: number): string | null {
  return tokens[from]?.lower === 'from' && (tokens[from - 1]?.figure ?? -1) >= 0 ? countryOf(tokens[from + 1]) : null;
}

const FREEING = /^(?:freed|frees|free|freeing|released|releases|release|releasing|handed|hands|hand|handing|pardoned|returned)$/;
const BEFORE_FREEING = /^(?:has|had|have|will|would|also|then|began|begins|begin|to|agreed|is|was|were|are|in|turn|return|,)$/;

/** "Russia freed 16 prisoners", "Israel began releasing more than 1,900": the country named as the subject of the freeing verb. */
function freeingSubject(tokens: Token[], first: number): string | null {
  let i = first - 1;
  while (i >= 0 && QUALIFYING.test(tokens[i]?.lower ?? '')) i--;
  if (tokens[i]?.lower === 'over') i--;
  if (!FREEING.test(tokens[i]?.lower ?? '')) return null;
  i--;
  for (let n = 0; n < 3 && i >= 0 && BEFORE_FREEING.test(tokens[i]?.lower ?? ''); n++) i--;
  const t = tokens[i];
  // A name, not a demonym: in "freed Palestinian prisoners" the adjective is who was freed.
  return t && COUNTRY_NAMES.has(stripPossessive(t.lower)) ? countryOf(t) : null;
}

/** "20 of them by Marovia", "16 prisoners freed by Russia": the country that frees, named after the figure. */
function freedBy(tokens: Token[], from: number): string | null {
  for (let i = from; i < Math.min(tokens.length, from + 5); i++) {
    const w = tokens[i]?.lower ?? '';
    if (w === 'by') return countryOf(tokens[i + 1]);
    if (!/^(?:were|was|had|have|has|been|being|freed|released|handed|over|pardoned)$/.test(w)) return null;
  }
  return null;
}

/**
 * "Egyptians accounted for 658 deaths", "the Egyptian death toll had risen to 672", "the death toll among
 * Indian pilgrims at 68": a nationality before the figure that names the part counted.
 */
function countryBefore(tokens: Token[], first: number): string | null {
  for (let i = first - 1, n = 0; i >= 0 && n < 10; i--, n++) {
    const t = tokens[i] as Token;
    if (t.figure >= 0 || t.text === ';' || t.text === ':') return null;
    // "a partial toll of 577 deaths": a count of some of what the whole counts.
    if (/^(?:toll|tally|count|figure)$/.test(t.lower) && /^(?:partial|incomplete)$/.test(tokens[i - 1]?.lower ?? '')) return 'partial';
    if (/^(?:toll|tolls)$/.test(t.lower)) {
      const owner = countryOf(tokens[i - 1]) ?? countryOf(tokens[i - 2]);
      if (owner && !/'s$/.test(tokens[i - 1]?.lower ?? '') && !/'s$/.test(tokens[i - 2]?.lower ?? '')) return owner;
      if (tokens[i + 1]?.lower === 'among') return countryOf(tokens[i + 2]) ?? countryOf(tokens[i + 3]);
    }
    if (t.lower === 'accounted' && tokens[i + 1]?.lower === 'for') return countryOf(tokens[i - 1]);
  }
  return null;
}

/**
 * "Bulgaria is deploying 120 soldiers", "Slovenia participates … with 103 soldiers", "their 23 citizens":
 * the country acting in the figure's clause, when no reporting verb stands between it and the figure.
 */
function agentCountry(tokens: Token[], clauseStart: number, first: number, agentive: boolean): string | null {
  let speech = false;
  let verb = false;
  for (let i = first - 1; i >= clauseStart; i--) {
    const t = tokens[i] as Token;
    if (SPEECH.has(t.lower)) speech = true;
    if (AGENT_VERBS.has(t.lower)) verb = true;
    const country = countryOf(t);
    // "The dead were from Nepal, which has some 1,200 troops": the country a relative clause is about acts in it.
    if (country && agentive && tokens[i + 1]?.text === ',' && /^(?:which|whose)$/.test(tokens[i + 2]?.lower ?? '')) return country;
    // "members of Nepal's 1,150-strong contingent": a country's own troops.
    if (country && agentive && i === first - 1 && /'s$|’s$/.test(t.lower)) return country;
    // "the mission in South Sudan": a country after a preposition is a place, not an actor.
    if (!country || PREPOSITIONS.has(tokens[i - 1]?.lower ?? '') || (tokens[i - 1]?.capital && PREPOSITIONS.has(tokens[i - 2]?.lower ?? ''))) continue;
    // "their 23 citizens", "28 of its citizens": the country's own people.
    const possessivePronoun = (/^(?:their|its)$/.test(tokens[first - 1]?.lower ?? '') && OWN_PEOPLE.test(tokens[first + 1]?.lower ?? ''))
      || (tokens[first + 1]?.lower === 'of' && /^(?:their|its)$/.test(tokens[first + 2]?.lower ?? '') && OWN_PEOPLE.test(tokens[first + 3]?.lower ?? ''));
    if (possessivePronoun || (agentive && verb && !speech)) return country;
  }
  // "Nepal, whose contingent lost four soldiers, has said it will keep all of its 1,150 troops": "its" is the subject's.
  const subject = countryOf(tokens[0]);
  if (subject && clauseStart > 0 && /^(?:their|its)$/.test(tokens[first - 1]?.lower ?? '') && /^(?:soldiers?|troops?|peacekeepers?|forces?|citizens?|nationals?)$/.test(tokens[first + 1]?.lower ?? '')) return subject;
  return null;
}

const HOLD_VERBS = new Set('won win wins winning hold holds held secured secure secures gained gain gains received receive receives obtained took take takes taking lost lose loses captured'.split(' '));
const AUX = new Set('will would could should can may might has have had is was are were also now still only'.split(' '));
const DETERMINERS = new Set('the a an its their his her this that these those'.split(' '));

/**
 * "The opposition alliance secured 97 seats", "the governing party will hold 142 of the 300 seats": who holds
 * what is counted, read as the subject of a verb of winning or holding; null otherwise.
 */
export function holderOf(tokens: Token[], first: number): string | null {
  let i = first - 1;
  while (i >= 0 && /^(?:a|an|the|some|about|around|nearly|almost|over|more|than|at|least|up|to|just|only)$/.test(tokens[i]?.lower ?? '')) i--;
  // "… and the far-right Homeland 41": in a list with its verb left out, the name before the figure holds it.
  const listed = listedName(tokens, first);
  if (listed) return listed;
  // "Final results gave the Alliance 139 seats": the one given to holds it.
  const given = givenTo(tokens, i);
  if (given) return given;
  if (!HOLD_VERBS.has(tokens[i]?.lower ?? '')) return null;
  i--;
  // "projected to win 104 seats": the verbs of a forecast stand between the holder and its verb.
  while (i >= 0 && (AUX.has(tokens[i]?.lower ?? '') || /^(?:projected|expected|set|likely|due|to|poised|forecast)$/.test(tokens[i]?.lower ?? ''))) i--;
  // "the National Labour Alliance, in power for eight years, fell to 77": over an aside between commas.
  if (tokens[i]?.text === ',') {
    const open = tokens.slice(Math.max(0, i - 9), i).map((t) => t.text).lastIndexOf(',');
    if (open >= 0) i = Math.max(0, i - 9) + open - 1;
  }
  // "Civic Renewal, which is now projected to win 104 seats": the holder is what "which" stands for.
  if (/^(?:which|who)$/.test(tokens[i]?.lower ?? '') && tokens[i - 1]?.text === ',') i -= 2;
  const words: string[] = [];
  let named = false;
  for (; i >= 0 && words.length < 3; i--) {
    const t = tokens[i] as Token;
    // "Nepal, whose contingent lost four soldiers": a relative pronoun holds nothing.
    if (/^(?:whose|which|who|that)$/.test(t.lower)) return null;
    // "They have lost a third": a pronoun names no holder a reviewer could tell apart.
    if (/^(?:they|it|he|she|we|you|i|this|these|those|them)$/.test(t.lower)) return null;
    if (t.kind !== 'word' || DETERMINERS.has(t.lower) || PREPOSITIONS.has(t.lower) || SPEECH.has(t.lower)) break;
    words.unshift(t.lower.replace(/'s$/, ''));
    if (t.capital) named = true;
  }
  // "The centre-left Alliance won 142" and "the Alliance 139": the name holds, not how one article describes it.
  return words.length ? (named ? words.filter((_w, k) => tokens[i + 1 + k]?.capital).join(' ') : words.join(' ')) : null;
}

/** "…, and the far-right Homeland 41", "; the Greens 12": a name right before the figure, after a list's joiner. */
function listedName(tokens: Token[], first: number): string | null {
  let i = first - 1;
  const name: string[] = [];
  while (i > 0 && tokens[i]?.capital && tokens[i]?.kind === 'word' && (tokens[i]?.figure ?? -1) < 0 && name.length < 3) name.unshift((tokens[i--] as Token).lower.replace(/['’]s$/, ''));
  if (name.length === 0) return null;
  if (tokens[i]?.kind === 'word' && !tokens[i]?.capital && /-/.test(tokens[i]?.text ?? '')) i--;
  if (tokens[i]?.lower === 'the') i--;
  return /^(?:and|,|;|while)$/.test(tokens[i]?.lower ?? '') ? name.join(' ') : null;
}

/** "gave the Alliance 139 seats", "giving Labour 62": the capitalised name between a verb of giving and the figure. */
function givenTo(tokens: Token[], last: number): string | null {
  let i = last;
  const name: string[] = [];
  while (i >= 0 && tokens[i]?.capital && tokens[i]?.kind === 'word' && name.length < 3) name.unshift((tokens[i--] as Token).lower.replace(/['’]s$/, ''));
  if (name.length === 0) return null;
  if (tokens[i]?.lower === 'the') i--;
  return /^(?:gave|give|gives|giving|handed|hands|awarded|awarding)$/.test(tokens[i]?.lower ?? '') ? name.join(' ') : null;
}

/**
 * The part of a whole a figure counts, as sorted keys: a nationality ("Egypt"), restrictive modifiers
 * ("unregistered", "additional"). [] for the whole. `agentive`: the figure counts people or troops sent
 * or held by someone, so the acting country is the part ("Bulgaria is deploying 120 soldiers").
 */
export function readPart(tokens: Token[], clauseStart: number, fig: { first: number }, npEnd: number, np: { country: string | null; parts: string[] }, agentive: boolean, count = true, freed = false): string[] {
  const own = np.country ?? countryAfter(tokens, npEnd + 1) ?? countryFrom(tokens, npEnd + 1) ?? countryBefore(tokens, fig.first);
  // "Russia freed 16 prisoners" and "eight Russians were freed" are the two sides of an exchange: who frees is not who is freed.
  // Both may be said ("Israel released 1,900 Palestinian prisoners"): the grouping learns from that which side is whose.
  const freer = freed ? freedBy(tokens, npEnd + 1) ?? freeingSubject(tokens, fig.first) : null;
  const country = own ?? (freer ? null : agentCountry(tokens, clauseStart, fig.first, agentive));
  const parts = new Set(np.parts);
  if (country) parts.add(country);
  if (freer && freer !== own) parts.add(`by ${freer}`);
  // A share of the vote or an amount has no holder here: "won 38.5 percent" and "the party's share was 38.3" are one fact.
  const holder = !count || countryOf(tokens[fig.first - 1]) ? null : holderOf(tokens, fig.first);
  if (holder && !country) parts.add(holder);
  // "it needs 176 seats to govern alone", "the 9,000 signatures required": a threshold, not a count of what there is.
  let k = fig.first - 1;
  while (k >= 0 && /^(?:a|an|the|some|about|around|at|least|more|than|over|another|further|just|only)$/.test(tokens[k]?.lower ?? '')) k--;
  // "A party must receive at least 5% of votes to enter parliament", "failed to clear the 5% threshold": a bar to clear.
  const mustWin = HOLD_VERBS.has(tokens[k]?.lower ?? '') && (tokens[k - 1]?.lower === 'must' || (tokens[k - 1]?.lower === 'to' && /^(?:need|needs|needed|has|have|had)$/.test(tokens[k - 2]?.lower ?? '')));
  if (/^(?:needs|need|needed|requires|require|required)$/.test(tokens[k]?.lower ?? '') || /^(?:needed|required|threshold|hurdle|quorum)$/.test(tokens[npEnd + 1]?.lower ?? '') || mustWin) parts.add('needed');
  // "except in two provinces": the exception, not the whole.
  if (tokens.slice(Math.max(0, fig.first - 3), fig.first).some((t) => t.lower === 'except')) parts.add('except');
  return [...parts].sort();
}

/** Words in -s after "said" that are no plural noun: "the coalition said its own review found 41". */
const FUNCTION_S = /^(?:its|his|this|was|has|is|as|us|thus|yes|hers|ours|theirs|yours)$/;

/** Who gives the figure: "Police said 8,000…" -> "Police"; "…, according to the UN" -> "the UN"; the speaker nearest the figure. */
export function readAttribution(tokens: Token[], at: number): string | null {
  let best: { who: string; distance: number } | null = null;
  const consider = (who: string | null, i: number) => {
    if (who && (!best || Math.abs(i - at) < best.distance)) best = { who, distance: Math.abs(i - at) };
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.lower === 'according' && tokens[i + 1]?.lower === 'to') consider(phrase(tokens, i + 2, 1), i);
    // "confirmed deaths", "reported cases": a participle before a noun is not a speaker's verb.
    else if (SPEECH.has(t.lower) && t.lower !== 'according' && i > 0 && !(tokens[i + 1]?.kind === 'word' && /s$/.test(tokens[i + 1]?.lower ?? '') && !FUNCTION_S.test(tokens[i + 1]?.lower ?? '') && !tokens[i + 1]?.capital)) {
      let start = i;
      while (start > Math.max(0, i - 5) && tokens[start - 1]?.kind === 'word' && tokens[start - 1]?.figure === -1
        && !/^(?:that|and|but|while|as|which|who|it|they|he|she)$/.test(tokens[start - 1]?.lower ?? '')) start--;
      let who = tokens.slice(start, i);
      while (who.length > 0 && AUX.has(who[0]?.lower ?? '')) who = who.slice(1);
      // "Deaths were reported in Spain", "the toll was initially put at 60": a passive names no speaker.
      while (who.length > 1 && /^(?:initially|originally|first|later|now|also|since|then)$/.test(who[who.length - 1]?.lower ?? '')) who = who.slice(0, -1);
      if (/^(?:were|was|been|being|are|is)$/.test(who[who.length - 1]?.lower ?? '')) who = [];
      // "An estimated 450,000": an estimate, not a speaker.
      if (who.every((x) => DETERMINERS.has(x.lower))) who = [];
      // "Nepal, whose contingent lost four soldiers …, has said": the subject stands before the relative clause.
      if (who.length === 0 && tokens[start - 1]?.text === ',') {
        const comma = tokens.findIndex((x) => x.text === ',');
        if (comma > 0 && comma <= 5 && /^(?:whose|which|who)$/.test(tokens[comma + 1]?.lower ?? '')) who = tokens.slice(0, comma);
      }
      if (who.length > 0 && !PREPOSITIONS.has(who[who.length - 1]?.lower ?? '')) consider(who.map((x) => x.text).join(' '), i);
    }
  }
  return (best as { who: string } | null)?.who ?? null;
}

function phrase(tokens: Token[], from: number, dir: 1): string | null {
  const words: string[] = [];
  for (let i = from; i < tokens.length && words.length < 6 && tokens[i]?.kind === 'word' && tokens[i]?.figure === -1; i += dir) words.push((tokens[i] as Token).text);
  return words.length ? words.join(' ') : null;
}

const ALLIES = /^(?:allies|partners|backers|supporters|friends|neighbou?rs|donors)$/;
/** Words between "on"/"for"/"from" and the country whose goods or people a rate applies to ("on goods from India"). */
const RATED_FILLER = /^(?:the|a|an|all|most|many|some|its|their|goods|imports|exports|products|shipments|items|steel|cars|from)$/;

/**
 * The one country a rate in a list of countries' rates is of: "a 35 percent tariff on many Canadian goods",
 * "50 percent for Brazil", "a 25 percent duty on goods from India", "Canada is hit with 35%", "Switzerland will
 * have a 39 percent rate". Read after the figure first, then before it back to the figure before; null when the
 * clause names no country or more than one.
 */
export function ratedCountry(tokens: Token[], clauseStart: number, first: number, npEnd: number, segEnd: number): string | null {
  for (let i = npEnd + 1; i < segEnd; i++) {
    const t = tokens[i] as Token;
    if (t.figure >= 0 || /^[;:.]$/.test(t.text)) break;
    if (!/^(?:for|on|from|against)$/.test(t.lower)) continue;
    for (let k = i + 1; k <= i + 4 && k < segEnd; k++) {
      const country = countryOf(tokens[k]);
      if (country) return country;
      if (!RATED_FILLER.test(tokens[k]?.lower ?? '')) break;
    }
  }
  const named = new Set<string>();
  for (let i = first - 1; i >= clauseStart; i--) {
    const t = tokens[i] as Token;
    if (/^[;:]$/.test(t.text)) break;
    const country = countryOf(t);
    // "its imports into the U.S.": where the goods go is not whose rate it is; "Ukraine's allies pledged": the
    // country whose allies give is not who gives.
    const whoseAllies = isPossessive(t) && [1, 2].some((k) => ALLIES.test(tokens[i + k]?.lower ?? ''));
    if (country && !whoseAllies && !/^(?:into|to|the)$/.test(tokens[i - 1]?.lower ?? '')) named.add(country);
  }
  return named.size === 1 ? ([...named][0] as string) : null;
}

