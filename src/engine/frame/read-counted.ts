import { WEEKDAYS } from '../dates/calendar';
import { COUNTRY_BY_NAME, PEOPLE_DEMONYMS } from '../lexicon/countries';
import { CURRENCY_BY_COUNTRY, CURRENCY_CODES, CURRENCY_WORDS, MINOR_OF } from '../lexicon/currencies';
import { MONEY_TOPICS, NOUN_EVENTS, PREDICATE_EVENTS, VERB_BEFORE_EVENTS } from '../lexicon/events';
import { DURATION_WORDS, MEASURE_WORDS, type MeasureUnit } from '../lexicon/measures';
import { INVARIANT_NOUNS, NP_STOP_WORDS, PART_MODIFIERS, SKIP_MODIFIERS, looksPlural, singularize } from '../lexicon/nouns';
import { isPossessive, type Token } from '../text/tokens';

/** What the noun phrase right after a figure says it counts. */
export interface Counted {
  /** Singular, lower case ("police officer", "soldier"), or null when no noun follows. */
  head: string | null;
  /** Index of the phrase's last token (the figure's last token when nothing follows). */
  end: number;
  currency: string | null;
  measure: MeasureUnit | null;
  /** A country named inside the phrase ("Bulgarian soldiers", "pilgrims from Indonesia"). */
  country: string | null;
  /** Restrictive modifiers, normalised: "unregistered", "additional". */
  parts: string[];
  /** What happened, said inside the phrase: "1,602 deaths", "displaced residents". */
  event: string | null;
  /** "76 of the 574 children": the token index of the other figure; "630 of them": -2; otherwise -1. */
  partOf: number;
  /** "18 of the wounded": the phrase after "of the" is a whole the figure is some of. */
  someOf?: boolean;
}

const COMPOUND_FIRST = new Set('crew police aid health rescue border security fire army defence defense election polling party peace search medical emergency relief'.split(' '));
const MAX_WORDS = 6;
/** "Thursday's", "yesterday's": a day named before what is counted on it. */
const DAY_NAMES = new Set([...WEEKDAYS, 'yesterday', 'today', 'tonight']);

const AUXILIARIES = /^(?:had|have|has|were|was|are|is|will|would|could|may|might|remain|remained)$/;
const word = (t: Token | undefined) => (t && t.kind === 'word' ? t.lower : '');
/** Nouns of a body of people counted as one: "a 1,150-strong contingent", "a 40,000-strong crowd". */
const COLLECTIVE_NOUNS = new Set(['contingent', 'force', 'crowd', 'delegation', 'army', 'garrison', 'battalion', 'brigade']);
const isHeadWord = (w: string, single: boolean) => looksPlural(w) || INVARIANT_NOUNS.has(w) || COLLECTIVE_NOUNS.has(w) || (single && !/(?:ed|ing|ly)$/.test(w));

/** What only money is: "pounds of damage", "of public money", "of taxpayers' cash". */
const isMoneyWord = (w: string) => MONEY_TOPICS.has(w) || /^(?:public|taxpayers'?|money|cash|revenue|spending|their|his|her|its|the|new|extra|additional|government|state)$/.test(w);

/** "Swiss francs", "US dollars", "CHF": a currency named after the figure, or null. */
function currencyAt(tokens: Token[], i: number): { code: string; end: number } | null {
  const t = tokens[i];
  if (!t) return null;
  if (t.kind === 'word' && CURRENCY_CODES.has(t.text)) return { code: t.text, end: i };
  const own = CURRENCY_WORDS.get(t.lower);
  // "20 pounds of TNT", "2,000 pounds of cocaine": pounds of a thing weigh it; "pounds of damage" are money.
  // "a 500-pound bomb": a weight, as an adjective.
  if (own === 'GBP' && /^pounds?$/.test(t.lower) && ((tokens[i + 1]?.lower === 'of' && !isMoneyWord(tokens[i + 2]?.lower ?? '')) || (tokens[i - 1]?.text === '-' && !/^(?:notes?|coins?|fines?|fees?|tickets?|bills?|bets?|vouchers?)$/.test(tokens[i + 1]?.lower ?? '')))) return null;
  // "85 euro cents": the hundredth of the currency named before "cents".
  if (own && /^cents?$/.test(tokens[i + 1]?.lower ?? '') && MINOR_OF[own]) return { code: MINOR_OF[own] as string, end: i + 1 };
  if (own && t.lower !== 'p' && t.lower !== 'real') return { code: own, end: i };
  const country = COUNTRY_BY_NAME.get(t.lower) ?? (t.text === 'US' ? 'United States' : undefined);
  const next = tokens[i + 1];
  // "142 Swedish crowns", "11.4 billion Valmoran crowns": whoever's crown it is, it is the crown.
  if (t.capital && next && CURRENCY_WORDS.get(next.lower) === 'crown') return { code: 'crown', end: i + 1 };
  if (country && t.capital && next && CURRENCY_WORDS.has(next.lower)) {
    const byCountry = CURRENCY_BY_COUNTRY.get(country);
    return { code: byCountry ?? (CURRENCY_WORDS.get(next.lower) as string), end: i + 1 };
  }
  return null;
}

/** "degrees Celsius", "km", "-magnitude", "square kilometres", "-year-old": a unit of measurement, or null. */
/** "km/h", "miles per hour", "kilometres an hour": the last token of the "per hour" after a length, else 0. */
function perHourAfter(tokens: Token[], i: number): number {
  const [a, b] = [tokens[i + 1], tokens[i + 2]];
  if (!a || !b || !/^(?:h|hr|hour)$/.test(b.lower)) return 0;
  if (a.text === '/' && a.start === tokens[i]?.end) return i + 2;
  return /^(?:per|an|a)$/.test(a.lower) ? i + 2 : 0;
}

export function measureAt(tokens: Token[], i: number): { unit: MeasureUnit; end: number; age: boolean } | null {
  const t = tokens[i];
  if (!t || t.kind !== 'word') return null;
  if (t.lower === 'degree' || t.lower === 'degrees') {
    // "measured 7 degrees on the Richter scale": a magnitude.
    if (tokens.slice(i + 1, i + 5).some((x) => x.lower === 'richter')) return { unit: MEASURE_WORDS.get('magnitude') as MeasureUnit, end: i, age: false };
    const scale = MEASURE_WORDS.get(word(tokens[i + 1]));
    if (scale?.dimension === 'temperature') return { unit: scale, end: i + 1, age: false };
    return { unit: MEASURE_WORDS.get('celsius') as MeasureUnit, end: i, age: false };
  }
  if ((t.lower === 'square' || t.lower === 'sq') && tokens[i + 1]) {
    const base = MEASURE_WORDS.get(word(tokens[i + 1]));
    if (base?.dimension === 'length') return { unit: { ...base, name: `square ${base.name}`, dimension: 'area', base: 'hectare', factor: base.factor * base.factor * 100 }, end: i + 1, age: false };
  }
  if (t.lower === 'basis' && /^(?:points?|pts?)$/.test(word(tokens[i + 1]))) return { unit: MEASURE_WORDS.get('bp') as MeasureUnit, end: i + 1, age: false };
  const age = /^(?:year|month|week|day)s?-old$/.exec(t.lower);
  if (age) return { unit: { name: 'year', dimension: 'age', base: 'year', factor: 1 }, end: i, age: true };
  const duration = DURATION_WORDS.get(t.lower.replace(/-long$/, ''));
  // "its 167-year history": how old something is.
  if (duration && /^(?:history|existence|tradition|record)$/.test(word(tokens[i + 1]))) return { unit: { name: 'year', dimension: 'age', base: 'year', factor: 1 }, end: i, age: true };
  if (duration) return { unit: duration, end: i, age: false };
  const unit = MEASURE_WORDS.get(t.lower);
  // A lone "m", "c" or "f" is a unit only written straight after digits ("15m", "40C").
  if (!unit || (t.lower.length === 1 && t.start !== tokens[i - 1]?.end)) return null;
  const perHour = unit.dimension === 'length' ? perHourAfter(tokens, i) : 0;
  if (perHour) return { unit: { ...unit, name: `${unit.name} per hour`, dimension: 'speed', base: 'km/h' }, end: perHour, age: false };
  return { unit, end: i, age: false };
}

/**
 * A unit written before its figure: "Magnitude 7.8", "of magnitude 7.7", "put the magnitude of the quake at 7.4".
 */
export function unitBefore(tokens: Token[], start: number): MeasureUnit | null {
  const magnitude = MEASURE_WORDS.get('magnitude') as MeasureUnit;
  const w1 = word(tokens[start - 1]);
  // "raise the retirement age to 69", "a voting age of 16": an age in years.
  if (/^(?:to|of|at|from)$/.test(w1) && word(tokens[start - 2]) === 'age') return { name: 'year', dimension: 'age', base: 'year', factor: 1 };
  if (w1 === 'magnitude' || (w1 === 'of' && word(tokens[start - 2]) === 'magnitude')) return magnitude;
  if (/^(?:at|to|was|is|of|measured)$/.test(w1)) {
    for (let i = start - 2, n = 0; i >= 0 && n < 6; i--, n++) {
      const t = tokens[i] as Token;
      if (t.figure >= 0 || t.kind === 'punct') break;
      if (t.lower === 'magnitude') return magnitude;
    }
  }
  return null;
}

/** True when the capitalised words from `i` are followed by a plural common noun ("United Nations peacekeepers"). */
function capitalsBeforePlural(tokens: Token[], i: number): boolean {
  const next = tokens[capitalsEnd(tokens, i) + 1];
  return next?.kind === 'word' && !next.capital && looksPlural(word(next));
}

/** The last of the capitalised words from `i`, two names joined by "and" included ("Sorami Corvan and Lyra vehicles"). */
function capitalsEnd(tokens: Token[], i: number): number {
  let k = i;
  while (k < i + 6) {
    const t = tokens[k];
    const joined = (t?.lower === 'and' || t?.text === '&') && k > i && tokens[k + 1]?.capital;
    if (!joined && !(t?.capital && t.kind === 'word' && t.figure < 0)) break;
    k++;
  }
  return k - 1;
}

/** "76 of the 574", "nine of the country's ten": the token of the whole a part is counted of, else -1. */
function wholeAfter(tokens: Token[], i: number): number {
  if ((tokens[i]?.figure ?? -1) >= 0) return i;
  // "104 of the National Assembly's 240 seats": a name of a few words before its possessive.
  let k = i;
  while (k < i + 3 && tokens[k]?.capital && !isPossessive(tokens[k])) k++;
  return isPossessive(tokens[k]) && (tokens[k + 1]?.figure ?? -1) >= 0 ? k + 1 : -1;
}

/**
 * Reads the noun phrase after a figure's last token `last`: modifiers, the counted head noun, a currency
 * or unit, a demonym, restrictive modifiers, and "N of the M …"/"N of them".
 * e.g. "1000 additional soldiers were deployed" -> { head: "soldier", parts: ["additional"] };
 * "3 billion Swiss francs" -> { currency: "CHF" }; "138 pilgrims from Indonesia" -> { head: "pilgrim", country: "Indonesia" }.
 */
export function readCounted(tokens: Token[], last: number, value: number): Counted {
  const np: Counted = { head: null, end: last, currency: null, measure: null, country: null, parts: [], event: null, partOf: -1 };
  let i = last + 1;
  if (tokens[i]?.text === '-' && tokens[i]?.start === tokens[last]?.end) i++;
  // "Nepal's 1,150-strong contingent": how strong says nothing; the noun after it is what is counted.
  if (tokens[i]?.lower === 'strong' && tokens[i - 1]?.text === '-') i++;
  // "a seven-year prison term", "a three-day strike": a number word and its unit make one token.
  const glued = /[-‐]([a-z]+)$/i.exec(tokens[last]?.text ?? '')?.[1]?.toLowerCase();
  const gluedUnit = glued ? DURATION_WORDS.get(glued) ?? MEASURE_WORDS.get(glued) : undefined;
  if (gluedUnit && glued && glued.length > 1) return { ...np, measure: gluedUnit };
  // "1.2 million head of livestock": a head is one animal of the stock named after "of".
  if (tokens[i]?.lower === 'head' && tokens[i + 1]?.lower === 'of' && tokens[i + 2]?.kind === 'word') i += 2;
  const ofWhat = tokens[i]?.lower === 'of' ? tokens[i + 1] : undefined;
  if (ofWhat && /^(?:those|the)$/.test(ofWhat.lower) && /^(?:who|that|which)$/.test(tokens[i + 2]?.lower ?? '')) {
    // "323 of those who died were Egyptians": the relative clause says what happened to them.
    for (let k = i + 3; k < Math.min(tokens.length, i + 7); k++) {
      const event = PREDICATE_EVENTS.get((tokens[k] as Token).lower);
      if (event) return { ...np, event, end: k, head: 'person' };
    }
  }
  if (ofWhat && /^(?:them|whom|those|these)$/.test(ofWhat.lower)) {
    np.partOf = -2;
    // "five of them in a critical condition": what follows "of them" is said of the part.
    np.end = i + 1;
    i += 2;
  } else if (ofWhat && /^(?:the|its|their|his|her|our)$/.test(ofWhat.lower) && wholeAfter(tokens, i + 2) >= 0) {
    np.partOf = wholeAfter(tokens, i + 2);
    // "half of the 1,200 workers lost their jobs": what is said after the whole's noun is said of the part.
    np.end = readCounted(tokens, np.partOf, 2).end;
    return np;
  } else if (ofWhat && /^(?:the|those|these|its|their)$/.test(ofWhat.lower) && tokens[i + 2]?.kind === 'word' && !/^(?:who|that|which)$/.test(tokens[i + 2]?.lower ?? '')) {
    // "Three of the attackers were shot dead", "35 of the wounded": the noun after "of the" is what is counted.
    const inner = readCounted(tokens, i + 1, value);
    if (inner.head) return { ...inner, someOf: true };
  }
  for (let n = 0; n < MAX_WORDS && i < tokens.length; n++, i++) {
    const t = tokens[i] as Token;
    if (t.figure >= 0) break;
    // "a peak of 2,500 last week": a time after the figure, not its unit.
    if (/^(?:last|this|next|that|previous|same|a|per|each|every)$/.test(t.lower) && DURATION_WORDS.has(tokens[i + 1]?.lower ?? '')) break;
    const currency = currencyAt(tokens, i);
    if (currency) return { ...np, currency: currency.code, end: currency.end };
    const measure = measureAt(tokens, i);
    if (measure) {
      np.measure = measure.unit;
      np.end = measure.end;
      if (!measure.age) return np;
      i = measure.end;
      continue;
    }
    if (t.kind !== 'word') {
      if (t.text === '-' && n > 0) continue;
      break;
    }
    const w = t.lower.replace(/'s$/, '');
    // "its count of Thursday's pension protesters": the day names the occasion, the noun after it what is counted.
    if (n === 0 && /['’]s$/.test(t.lower) && DAY_NAMES.has(w.replace(/’s$/, ''))) {
      np.end = i;
      continue;
    }
    // "58 such animals": "such" points back to what is counted; "20 such as …" opens a list.
    if (w === 'such' && n === 0 && word(tokens[i + 1]) !== 'as') {
      np.end = i;
      continue;
    }
    if (NP_STOP_WORDS.has(w)) break;
    // "not the 6.2 billion the treasury expects": a determiner right after the figure opens another phrase.
    if (n === 0 && /^(?:the|its|their|his|her|our|your)$/.test(w)) break;
    // "five taken prisoner", "three found alive": a participle starts what is said of the counted.
    if (/^(?:taken|given|found|left|made|seen|held|sent|brought|kept|put|pulled|driven|forced)$/.test(w) && n === 0) break;
    // "Magnitude 7.8 earthquake kills …": a verb ends the phrase; "22 Marovian convicts had been released": a
    // word in -s that a verb follows is the plural noun.
    if (VERB_BEFORE_EVENTS.has(w) && !NOUN_EVENTS.has(w) && /s$/.test(w) && n > 0 && !AUXILIARIES.test(word(tokens[i + 1]))) break;
    const part = PART_MODIFIERS.get(w);
    if (part) {
      np.parts.push(part);
      np.end = i;
      continue;
    }
    const country = COUNTRY_BY_NAME.get(w);
    if (country && t.capital) {
      np.country = country;
      np.end = i;
      if (PEOPLE_DEMONYMS.has(w)) return { ...np, head: 'person', event: np.event };
      continue;
    }
    const event = PREDICATE_EVENTS.get(w);
    if (event && !NOUN_EVENTS.has(w)) {
      // "displaced residents": the participle says what happened to the counted; "22 arrested": it is the predicate.
      // "affected Sorami vehicles": a name may stand between the participle and the noun.
      if (!(/(?:ed|en|ing|missing)$/.test(w) && (isHeadWord(word(tokens[i + 1]), false) || (tokens[i + 1]?.capital && capitalsBeforePlural(tokens, i + 1))))) break;
      np.event = event;
      np.end = i;
      continue;
    }
    if (t.capital && t.text === t.text.toUpperCase() && t.text.length > 1) {
      np.end = i;
      continue;
    }
    if (SKIP_MODIFIERS.has(w)) {
      np.end = i;
      // "current and former customers", "past and present staff": two modifiers joined still lead to the noun.
      if (/^(?:and|or)$/.test(word(tokens[i + 1])) && SKIP_MODIFIERS.has(word(tokens[i + 2]))) i++;
      continue;
    }
    // "the 198 Texas cases": a name before a plural noun says whose, even a name in -s.
    if (t.capital && looksPlural(w) && capitalsBeforePlural(tokens, i)) {
      while (tokens[i + 1]?.capital) i++;
      np.end = i;
      continue;
    }
    // "28 dead hostages", "12 dead soldiers": "dead" before a plural noun says what happened to it, as "wounded" does.
    if (w === 'dead' && looksPlural(word(tokens[i + 1])) && isHeadWord(word(tokens[i + 1]), false)) {
      np.event = 'killed';
      np.end = i;
      continue;
    }
    if (!isHeadWord(w, value === 1 || np.measure?.dimension === 'age') && !NOUN_EVENTS.has(w)) {
      // "922 Hajj pilgrims": a capitalised word before a plural noun names the kind, not the end of the phrase.
      // "Two United Nations peacekeepers": so does a run of capitalised words.
      if (t.capital && !capitalsBeforePlural(tokens, i)) break;
      if (t.capital) {
        i = capitalsEnd(tokens, i);
        np.end = i;
        continue;
      }
      np.end = i;
      continue;
    }
    return withHead(tokens, np, i, w);
  }
  return np;
}

/** Takes the head noun at `i`, with a compound ("police officers", "rescue workers") and a "from <Country>" after it. */
function withHead(tokens: Token[], np: Counted, i: number, w: string): Counted {
  // "31 reports of missing persons", "200 cases of cholera": what is counted is after "of".
  if (/^(?:reports?|cases?|counts?|incidents?)$/.test(w) && word(tokens[i + 1]) === 'of') {
    const inner = readCounted(tokens, i + 1, 2);
    if (inner.head) return inner;
  }
  let head = singularize(w);
  let end = i;
  const next = word(tokens[i + 1]);
  if (COMPOUND_FIRST.has(w) && next && !NP_STOP_WORDS.has(next) && looksPlural(next)) {
    head = `${w} ${singularize(next)}`;
    end = i + 1;
  } else if (COMPOUND_FIRST.has(word(tokens[i - 1])) && (tokens[i - 1]?.figure ?? 0) < 0) {
    // "16,400 rescue workers": the first word of the compound was passed over as a modifier.
    head = `${word(tokens[i - 1])} ${head}`;
  }
  if ((w === 'men' || w === 'women') && word(tokens[i + 1]) === 'and' && /^(?:men|women)$/.test(word(tokens[i + 2]))) {
    head = 'man and woman';
    end = i + 2;
  } else if (word(tokens[end + 1]) === 'and' && looksPlural(word(tokens[end + 2])) && (tokens[end + 2]?.figure ?? 0) < 0) {
    end += 2;
  }
  const event = np.event ?? NOUN_EVENTS.get(w) ?? null;
  let country = np.country;
  // "pilgrims from Indonesia" are Indonesians; "migrants from Libya towards Italy" only set out from there.
  if (word(tokens[end + 1]) === 'from' && tokens[end + 2]?.capital && !/^(?:to|towards|toward|into|for)$/.test(word(tokens[end + 3]))) {
    const from = COUNTRY_BY_NAME.get(word(tokens[end + 2]));
    if (from) {
      country = country ?? from;
      end += 2;
    }
  }
  return { ...np, head, end, event, country };
}
