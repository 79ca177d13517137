import { MONTHS, WEEKDAYS } from '../dates/calendar';
import { COUNTRY_BY_NAME } from '../lexicon/countries';
import { looksPlural, singularize } from '../lexicon/nouns';
import { EVENT_NOUNS, PLACE_NOUNS } from '../lexicon/places';
import { isPossessive, stripPossessive, type Token } from '../text/tokens';

const PLACE_PREPOSITIONS = new Set(['in', 'across', 'throughout', 'inside', 'within', 'on', 'at', 'to', 'into', 'over']);
/** "to" and "on" name a place only after a verb of motion: "deployed to Kosovo", "descended on Belgrade". */
const STRUCK = /^(?:hit|struck|strikes|rocked|devastated|battered|ravaged|flooded|hits)$/;
const MOTION_VERBS = /^(?:deployed|deploying|deploy|sent|send|sending|descended|marched|moved|transported|flown|fled|evacuated|headed|dispatched|returned|travelled|traveled|came|went|arrived)$/;
const ALL_PLACES = /^(?:nationwide|countrywide|worldwide|globally|overall|altogether)$/;
const SKIP = new Set('the a an of its their southern northern eastern western central southeastern southwestern northeastern northwestern north south east west northwest northeast southwest southeast neighbouring neighboring coastal holy capital historic nearby remote rural main same'.split(' '));
const CONTROL: Array<[RegExp, string]> = [
  [/^(?:government|regime|state)-(?:held|run|controlled)$/, 'government-held areas'],
  [/^(?:opposition|rebel|insurgent)-(?:held|run|controlled)$/, 'opposition-held areas'],
];
const STOP = new Set([';', ':', '—', '–', '(', ')', '"', '“', '”']);

/** Words that make a capitalised name an organisation, a time or an event rather than a place. */
const NOT_PLACE = new Set(
  ('organization organisation office ministry agency authority department council committee bank company corporation group ' +
    'association federation union party court centre center news press times post service services society crescent cross university ' +
    'institute foundation fund programme program nations force forces army police government commission administration mission ' +
    'operation alliance coalition summit conference talks deal agreement treaty ' +
    'storm hurricane cyclone typhoon tropical january february march april may june july august september october november december ' +
    'monday tuesday wednesday thursday friday saturday sunday christmas easter ramadan eid thanksgiving diwali hanukkah weekend reuters associated agence ' +
    // "at a Hindu religious gathering": a faith names people, not a place.
    'hindu muslim christian catholic protestant orthodox jewish buddhist sikh islamic evangelical anglican').split(' '),
);

/** True when a capitalised name can be a place: not an acronym (unless a country), an organisation, a date or a storm. */
function isPlaceName(name: string): boolean {
  if (COUNTRY_BY_NAME.has(name.toLowerCase())) return true;
  // "the highways", "Route 66": a road's number is no place.
  if (name.split(/[\s-]+/).some((w) => /^\d+$/.test(w))) return false;
  if (name.split(/[\s-]+/).some((w) => /^[A-Z0-9]{2,}$/.test(w) && !COUNTRY_BY_NAME.has(w.toLowerCase()))) return false;
  return !name.toLowerCase().split(/[\s-]+/).some((w) => NOT_PLACE.has(w));
}

/** A place's key: countries by their canonical name, other places lower case without hyphens. */
// "Al Haouz Province" and "Al Haouz", "Kern County" and "Kern" are one place, however an article names its kind.
const placeKey = (name: string) =>
  COUNTRY_BY_NAME.get(name.toLowerCase()) ?? name.toLowerCase().replace(/[-‐]/g, ' ').replace(/\s+/g, ' ').replace(/ (?:province|region|district|county|governorate|prefecture|municipality)$/, '');

/** Capitalised words from `i` ("Saudi Arabia", "Al-Muaisem"), skipping place-kind nouns and "of" ("the city of Derna"). */
function properNameAt(tokens: Token[], i: number): { name: string; end: number; possessive: boolean } | null {
  const words: string[] = [];
  let k = i;
  let possessive = false;
  while (k < tokens.length && tokens[k]?.capital && tokens[k]?.figure === -1) {
    words.push(stripPossessive((tokens[k] as Token).text.replace(/’/g, "'")));
    k++;
    // "St. Lucie County", "Mt. Vernon": the abbreviation's full stop is part of the name.
    if (/^(?:St|Mt|Ft|Pt|Ste)$/.test(words[words.length - 1] as string) && tokens[k]?.text === '.' && tokens[k + 1]?.capital) {
      words[words.length - 1] += '.';
      k++;
      continue;
    }
    if (isPossessive(tokens[k - 1])) {
      possessive = true;
      break;
    }
  }
  if (words.length === 0) return null;
  return { name: words.join(' '), end: k, possessive };
}

/**
 * The place a prepositional phrase starting at token `i` names, or null: "in southeastern Türkiye" -> Turkey,
 * "in Libya's coastal city of Derna" -> derna, "in regime-run areas" -> government-held areas,
 * "in the two countries" -> all. A phrase naming an event ("in the Maui wildfires") is not a place.
 */
export function placeOfPhrase(tokens: Token[], i: number): string | null {
  let k = i + 1;
  let place: string | null = null;
  for (let n = 0; n < 8 && k < tokens.length; n++) {
    const t = tokens[k] as Token;
    // "in the two countries", "killed nearly 150 people in four countries": all of the story's places.
    if ((/^(?:two|three|both|all|several|many)$/.test(t.lower) || t.figure >= 0) && /^(?:countries|nations|provinces|regions|states)$/.test(tokens[k + 1]?.lower ?? '')) return 'all';
    if (t.figure >= 0 || STOP.has(t.text)) break;
    const control = CONTROL.find(([re]) => re.test(t.lower));
    if (control) return control[1];
    if (t.capital) {
      const name = properNameAt(tokens, k);
      if (!name) break;
      const next = tokens[name.end]?.lower ?? '';
      // "in the Maui wildfires", "in the Lahaina fire disaster"; not across a comma ("In Bangladesh, Disaster Minister …").
      const eventAfter = EVENT_NOUNS.has(next) || (tokens[name.end]?.kind === 'word' && EVENT_NOUNS.has(tokens[name.end + 1]?.lower ?? ''));
      if (eventAfter || NOT_PLACE.has(next) || !isPlaceName(name.name)) return null;
      // "the Mediterranean city": an adjective before a kind of place names no place.
      if (PLACE_NOUNS.has(next) && !name.possessive) return null;
      place = placeKey(name.name);
      // "Libya's coastal city of Derna": the name after the possessive is the more specific place.
      if (name.possessive) {
        k = name.end;
        // "Serbia's capital" with no name after it is a place inside Serbia we cannot name: not all of Serbia.
        while (k < tokens.length && (SKIP.has((tokens[k] as Token).lower) || PLACE_NOUNS.has((tokens[k] as Token).lower)) && (tokens[k] as Token).lower !== 'of') k++;
        if (!tokens[k]?.capital && tokens[k]?.lower !== 'of') return null;
        continue;
      }
      // "the Syrian rebel-held northwest": a side of a conflict inside the country is the more specific place.
      const control = CONTROL.find(([re]) => re.test(tokens[name.end]?.lower ?? ''));
      if (control) return control[1];
      // "in central Turkey and northwest Syria", "in Turkey and Syria": several countries together.
      // "in Bangladesh, Myanmar and Sri Lanka": a list of them too, past the commas to its "and".
      const countryAt = (j: number) => {
        const other = tokens[j]?.capital ? properNameAt(tokens, j) : null;
        return other && COUNTRY_BY_NAME.has(other.name.toLowerCase()) ? other : null;
      };
      let joiner = name.end;
      for (let next = tokens[joiner]?.text === ',' ? countryAt(joiner + 1) : null; next; next = tokens[joiner]?.text === ',' ? countryAt(joiner + 1) : null) joiner = next.end;
      if (COUNTRY_BY_NAME.has(name.name.toLowerCase()) && /^(?:and|or)$/.test(tokens[joiner]?.lower ?? '')) {
        for (let j = joiner + 1; j < Math.min(tokens.length, joiner + 4); j++) {
          if (countryAt(j)) return 'all';
          if (!SKIP.has((tokens[j] as Token).lower)) break;
        }
      }
      return place;
    }
    if (EVENT_NOUNS.has(t.lower)) return place;
    if (/^(?:areas?|territor(?:y|ies)|parts?|regions?)$/.test(t.lower) && tokens[k + 1]?.lower === 'under' && /^(?:government|regime|state)$/.test(tokens[k + 2]?.lower ?? '')) return 'government-held areas';
    if (/^(?:areas?|territor(?:y|ies)|parts?|regions?)$/.test(t.lower) && tokens[k + 1]?.lower === 'under' && /^(?:opposition|rebel|insurgent)$/.test(tokens[k + 2]?.lower ?? '')) return 'opposition-held areas';
    if (SKIP.has(t.lower) || PLACE_NOUNS.has(t.lower)) {
      k++;
      continue;
    }
    break;
  }
  return place;
}

/** True when the place phrase opening at `i` ("in Canada to 196,000") is followed by a figure of its own, not `own`. */
function headsOtherFigure(tokens: Token[], i: number, own: number): boolean {
  let k = i + 1;
  while (k < i + 6 && (tokens[k]?.capital || tokens[k]?.lower === 'the') && (tokens[k]?.figure ?? -1) < 0) k++;
  return k > i + 1 && k + 1 !== own && /^(?:to|at)$/.test(tokens[k]?.lower ?? '') && (tokens[k + 1]?.figure ?? -1) >= 0;
}

const OTHER_PLACES = /^(?:surrounding|neighbouring|neighboring|nearby|adjacent|adjoining|other)$/;

/** Where a figure is about, read in its clause; null when the clause names no place. */
export function readPlace(tokens: Token[], from: number, to: number, skip: ReadonlySet<number>, own = -1, counted = false): string | null {
  for (let i = from; i < to; i++) {
    const t = tokens[i] as Token;
    if (skip.has(i)) continue;
    if (ALL_PLACES.test(t.lower)) return 'all';
    if (t.lower === 'elsewhere' || (t.lower === 'outside' && (tokens[i + 1]?.capital || (tokens[i + 1]?.lower === 'of' && tokens[i + 2]?.capital)))) return 'elsewhere';
    // "11 additional deaths were confirmed in surrounding counties": the places around the one named, not any of them.
    if (/^(?:in|across)$/.test(t.lower) && OTHER_PLACES.test(tokens[i + 1]?.lower ?? '') && PLACE_NOUNS.has(singularize(tokens[i + 2]?.lower ?? ''))) return 'elsewhere';
    if (t.lower === 'including' && tokens[i + 1]?.capital && COUNTRY_BY_NAME.has(tokens[i + 1]?.lower ?? '')) return 'all';
    if ((t.lower === 'across' || t.lower === 'throughout') && /^(?:the|a)$/.test(tokens[i + 1]?.lower ?? '') && /^(?:country|nation|region)$/.test(tokens[i + 2]?.lower ?? '')) return 'all';
    if (t.text === ',' || t.text === ';') break;
    // "swarmed the streets of Los Angeles", "killed 5,000 people in the city of Derna": a place named after "of", for a
    // count (not "100 km north of the city of Aleppo", which says where something else is).
    if (counted && PLACE_NOUNS.has(t.lower) && tokens[i + 1]?.lower === 'of' && tokens[i + 2]?.capital && !skip.has(i + 2)) {
      const place = placeOfPhrase(tokens, i + 1);
      if (place) return place;
    }
    // "deployed to Kosovo", "descended on Belgrade", "3,000 migrants are on Lampedusa".
    const moved = () => tokens.slice(Math.max(0, i - 8), i).some((x) => MOTION_VERBS.test(x.lower)) || /^(?:are|is|were|was|remain|remained|stranded)$/.test(tokens[i - 1]?.lower ?? '');
    // "earthquakes hit Türkiye and Syria": the verb's object is where it happened.
    // "… struck coastal parts of India and southern Bangladesh": past the kind of place to its name.
    if (STRUCK.test(t.lower) && (tokens[i + 1]?.capital || (PLACE_NOUNS.has(tokens[i + 2]?.lower ?? '') && tokens[i + 3]?.lower === 'of'))) {
      const place = placeOfPhrase(tokens, i);
      if (place) return place;
    }
    if (PLACE_PREPOSITIONS.has(t.lower) && ((t.lower !== 'to' && t.lower !== 'on') || moved())) {
      // "1.52 million in the US, in Japan to 389,000 and in Canada to 196,000": that place heads the next figure.
      if (headsOtherFigure(tokens, i, own)) return null;
      const place = placeOfPhrase(tokens, i);
      if (place) return place;
    }
    // "Turkey's death toll", "Syria's capital": a place that owns what is counted.
    if (t.capital && isPossessive(t) && t.figure === -1) {
      const country = COUNTRY_BY_NAME.get(stripPossessive(t.lower));
      if (country && /^(?:death|toll|dead|casualties|injured)$/.test(tokens[i + 1]?.lower ?? '')) return country;
    }
  }
  return null;
}

const MEASURE_LINKS = new Set('to at of reached past exceeds exceeded is was hit surpassed totalled totaled stands stood'.split(' '));
const MEASURE_NOUNS = /^(?:toll|tolls|number|crowd|crowds|turnout|attendance|deaths|casualties|total|tally|population|cases|infections)$/;

/**
 * The place a ", where" clause holding the figure is about: "is highest in South Carolina, where 19 people died"
 * (any place, when "where" stands right before the figure); "In Germany, where the company employs 96,000 people"
 * (only a country further back: a city or a venue is named too many ways across outlets to keep facts apart by it).
 */
export function placeBeforeWhere(tokens: Token[], start: number): string | null {
  for (let w = start - 1; w > 1 && start - w < 12; w--) {
    if ((tokens[w] as Token).lower !== 'where' || tokens[w - 1]?.text !== ',') continue;
    for (let p = w - 2; p >= 0 && w - p < 8; p--) {
      const t = tokens[p] as Token;
      if (t.figure >= 0) return null;
      if (!/^(?:in|across|throughout|inside|at)$/.test(t.lower)) continue;
      const place = placeOfPhrase(tokens, p);
      return place && (w === start - 1 || /^[A-Z]/.test(place)) ? place : null;
    }
    return null;
  }
  return null;
}

/**
 * Where a figure is about: a place said after its noun phrase in its own part of the sentence ("1,602 people
 * have died in Syria"), one attached to the measure it completes ("the death toll in Syria climbed to
 * 3,553", "Turkey's death toll"), or one that opens the sentence ("In Syria, … 430 people had been killed").
 */
export function readFigurePlace(tokens: Token[], start: number, npEnd: number, segEnd: number, counted = false): string | null {
  const none = new Set<number>();
  // "a global workforce of 176,500", "its worldwide headcount of": the whole, everywhere.
  if (tokens.slice(Math.max(0, start - 5), start).some((t) => /^(?:global|worldwide|group-wide|companywide|company-wide)$/.test(t.lower))) return 'all';
  const after = readPlace(tokens, npEnd + 1, segEnd, none, -1, counted);
  if (after) return after;
  // "…, in Japan to 389,000 and in Canada to 196,000": a list that leaves out the verb gives each figure its place.
  if (/^(?:to|at)$/.test(tokens[start - 1]?.lower ?? '') && tokens[start - 2]?.capital) {
    let k = start - 2;
    while (k > 0 && tokens[k - 1]?.capital && (tokens[k - 1]?.figure ?? -1) < 0) k--;
    if (tokens[k - 1]?.lower === 'the') k--;
    if (tokens[k - 1]?.lower === 'in' && /^(?:,|and)$/.test(tokens[k - 2]?.text ?? '')) return placeOfPhrase(tokens, k - 1);
  }
  // Only a figure that completes the measure ("… climbed to 3,553", "… toll at 68") takes the measure's place.
  const completes = tokens.slice(Math.max(0, start - 2), start).some((t) => MEASURE_LINKS.has(t.lower));
  for (let i = start - 1, n = 0; completes && i >= 0 && n < 20; i--, n++) {
    const t = tokens[i] as Token;
    if (t.figure >= 0 && /^(?:the|both|all)$/.test(tokens[i - 1]?.lower ?? '')) continue;
    if (t.figure >= 0 || STOP.has(t.text)) break;
    if (MEASURE_NOUNS.test(t.lower)) {
      // "the total death toll", "the overall toll": all places together.
      if (tokens.slice(Math.max(0, i - 2), i).some((x) => /^(?:total|overall|combined|cumulative)$/.test(x.lower))) {
        return readPlace(tokens, i + 1, start, none, start) ?? 'all';
      }
      const owner = tokens[i - 1]?.lower === 'death' ? tokens[i - 2] : tokens[i - 1];
      if (owner?.capital && isPossessive(owner)) {
        const country = COUNTRY_BY_NAME.get(stripPossessive(owner.lower));
        if (country) return country;
      }
      const between = readPlace(tokens, i + 1, start, none, start);
      if (between) return between;
      break;
    }
  }
  // "… hit Türkiye and Syria on Monday, leaving nearly 24,000 people dead": the result takes the main clause's place.
  const verb = tokens.slice(Math.max(0, start - 3), start).findIndex((t) => /^(?:leaving|killing|injuring|displacing|forcing|destroying)$/.test(t.lower));
  if (verb >= 0) {
    const at = Math.max(0, start - 3) + verb;
    if (tokens[at - 1]?.text === ',') {
      const main = readPlace(tokens, 0, at - 1, none);
      if (main) return main;
    }
  }
  // "Nationwide, the ministry counted 1.08 million": an opening word for everywhere.
  if (ALL_PLACES.test(tokens[0]?.lower ?? '') && tokens[1]?.text === ',') return 'all';
  // "And in Boston, local media cited …": a joining word may open the sentence before its place phrase.
  const o = /^(?:and|but|meanwhile|also)$/.test(tokens[0]?.lower ?? '') ? 1 : 0;
  if (/^(?:in|across|throughout)$/.test(tokens[o]?.lower ?? '')) {
    const comma = tokens.findIndex((t) => t.text === ',');
    if (comma > o && comma < start) return placeOfPhrase(tokens, o);
    // "In Lisbon the thermometer reached 41C", "In the United States the count rises to 1.52 million": an opening
    // place phrase ends where lower case begins.
    const name = tokens[o + 1]?.lower === 'the' ? o + 2 : o + 1;
    if (tokens[name]?.capital && start >= o + 2 && !tokens.slice(o + 1, start).some((t) => t.figure >= 0)) return placeOfPhrase(tokens, o);
  }
  return null;
}

const SUBJECT_BOUNDARY = /^(?:,|;|and|while|but|whereas|as|with|in|on|where|nearby|neighbouring|neighboring)$/;
/** Verbs by which a country gives its figure: "Spain has recorded 62 deaths", "Portugal reported 18". */
const COUNTRY_VERBS = /^(?:recorded|reported|registered|confirmed|counted|has|had|have|saw|reached|hit|topped|logged|put|says|said|announced)$/;
/** Verbs by which a town or a station reaches a reading: "Seville recorded 44.6C", "Lisbon came close to 41C". */
const READING_VERBS = /^(?:recorded|reached|reaching|hit|topped|saw|registered|logged|peaked|peaking|measured|came|climbed|soared|rose)$/;
const BETWEEN = /^(?:again|also|then|just|briefly|even|close|to|at|a|high|of|nearly|almost|over|above|around|about|more|than)$/;

/**
 * The place that is the subject of a figure's clause: "Seville recorded 44.6C" (a reading), "Spain has
 * recorded 62 deaths, Portugal 22 and Italy 11" (a country, also when the verb is left out in a list).
 * Null when the subject is not a place, or a name that is no country gives a count (a person reports figures).
 */
export function subjectPlace(tokens: Token[], start: number, reading: boolean): string | null {
  let verb = false;
  let i = start - 1;
  for (; i >= 0 && start - i <= 6; i--) {
    const t = tokens[i] as Token;
    if (t.capital || t.figure >= 0 || t.kind !== 'word') break;
    if ((reading ? READING_VERBS : COUNTRY_VERBS).test(t.lower) || COUNTRY_VERBS.test(t.lower)) verb = true;
    else if (!BETWEEN.test(t.lower)) return null;
  }
  let first = i;
  while (first > 0 && tokens[first - 1]?.capital && tokens[first - 1]?.figure === -1) first--;
  const name = tokens[i]?.capital ? properNameAt(tokens, first) : null;
  if (!name || name.end !== i + 1 || name.possessive) return null;
  if (first > 0 && !SUBJECT_BOUNDARY.test(tokens[first - 1]?.lower ?? '')) return null;
  const country = COUNTRY_BY_NAME.get(name.name.toLowerCase());
  if (country) return verb || i === start - 1 ? country : null;
  // "Temperatures hit 51.8C", "Winds reached 120 mph": a plural common noun opening a sentence is no place.
  if (first === 0 && !name.name.includes(' ') && looksPlural(name.name.toLowerCase())) return null;
  return reading && verb && isPlaceName(name.name) ? placeKey(name.name) : null;
}

/** "has killed at least 95 people, …, with Spain the worst hit": a toll of which one place is the worst hit is of all. */
export function worstHitWhole(tokens: Token[], from: number): string | null {
  for (let i = from; i < tokens.length - 3; i++) {
    if (tokens[i]?.lower !== 'with' || !tokens[i + 1]?.capital) continue;
    const rest = tokens.slice(i + 2, i + 6).map((t) => t.lower).join(' ');
    if (/^(?:the |being the )?(?:worst|hardest|most badly|most severely)[ -](?:hit|affected)/.test(rest)) return 'all';
  }
  return null;
}

const MEASURED_SUBJECTS = /^(?:temperatures?|winds?|gusts?|waters?|levels?|readings?|thermometers?|highs?|lows?|prices?|rates?|rivers?|speeds?|values?|figures?|totals?|it|this|that|they)$/;
const CALENDAR_WORDS = new Set([...WEEKDAYS, ...MONTHS]);

/**
 * "Seville again topped 44C on Monday, peaking at 44.6C": a reading later in the sentence, with no subject of
 * its own, is of the place that opens the sentence as the subject of a verb.
 */
export function openingSubjectPlace(tokens: Token[], start: number): string | null {
  const name = tokens[0]?.capital ? properNameAt(tokens, 0) : null;
  if (!name || name.possessive || name.end >= start || !isPlaceName(name.name)) return null;
  // "Temperatures hit 51.8C", "Winds reached 120 mph": what is measured opens the sentence, not a place.
  if (MEASURED_SUBJECTS.test(name.name.toLowerCase())) return null;
  const next = tokens[name.end];
  if (!next || next.kind !== 'word' || next.capital || !READING_VERBS.test(next.lower) && !/^(?:set|again|also|then)$/.test(next.lower)) return null;
  // "…, and nearby Córdoba reached 45.9C": another place's own reading.
  if (tokens.slice(name.end, start).some((t) => t.capital && t.text.length > 1 && t.figure < 0 && !CALENDAR_WORDS.has(t.lower))) return null;
  return placeKey(name.name);
}

/** "Spain (62), Portugal (22)": the place named right before a figure in brackets, or null. */
export function bracketedPlace(tokens: Token[], start: number): string | null {
  if (tokens[start - 1]?.text !== '(') return null;
  let first = start - 2;
  while (first > 0 && tokens[first - 1]?.capital && tokens[first - 1]?.kind === 'word') first--;
  const name = tokens[first]?.capital ? properNameAt(tokens, first) : null;
  return name && name.end === start - 1 && isPlaceName(name.name) ? placeKey(name.name) : null;
}

