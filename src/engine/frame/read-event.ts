import { ESTIMATE_WORDS, MEASURE_NOUN_EVENTS, NOUN_EVENTS, PREDICATE_EVENTS, PREDICATE_FILLERS, VERB_BEFORE_EVENTS } from '../lexicon/events';
import { familyOf } from '../lexicon/families';
import { looksPlural, singularize } from '../lexicon/nouns';
import type { Token } from '../text/tokens';

import { VENUES, inTheStreets, phraseAt } from './fixed-phrases';
import { readCounted, type Counted } from './read-counted';
import { relativeClauseStart } from './read-topic';
import type { FigureRef } from './sentence-view';

export interface EventReading {
  event: string | null;
  estimate: boolean;
  /** A noun that names the counted, read from a construction before the figure ("the number of deaths"). */
  noun: string | null;
  /** A nationality named in that construction ("the number of Indian citizens"). */
  country?: string | null;
}

/** What is kept about people: "the details of 9 million customers were stolen" says nothing of the customers' fate. */
const RECORD_NOUNS = /^(?:data|details|records|information|names|identities|files|emails|addresses|passwords|photos|photographs|numbers)$/;

/** Words between a measure noun and its figure: "the death toll in Syria climbed to 3,553". */
const LINKS = new Set('numbering numbered to at of reached rose risen climbed hit surpassed passed past exceeded exceeds exceed is was stood stands totalled totaled totals put now stands reaching included includes include cover covers covered covering'.split(' '));
const LEVEL_NOUNS = new Set('level levels strength presence size headcount numbers contingent'.split(' '));
const CLAUSE_STOP = new Set([';', ':', '—', '–', '(', ')', '"', '“', '”']);

/** "could", "feared", "may"; not the month: "killed 31 since May". */
const isEstimateWord = (t: Token | undefined) => t !== undefined && ESTIMATE_WORDS.has(t.lower) && !(t.text === 'May' && t.start > 0);
const isFiller = (t: Token) => PREDICATE_FILLERS.has(t.lower) || /ly$/.test(t.lower) || isEstimateWord(t);

/** "1,700 people reported missing were found safe": a participle on the counted, then the main verb. */
function mainPredicate(tokens: Token[], from: number): string | null {
  for (let i = from, n = 0; i < tokens.length && n < 3; i++, n++) {
    const t = tokens[i] as Token;
    // "Two people have died and seven have been injured": the next clause's verb is not this one's.
    if (t.kind !== 'word' || t.figure >= 0 || /^(?:and|but|or|while)$/.test(t.lower)) return null;
    if (/^(?:were|was|are|is|have|has|had)$/.test(t.lower)) {
      for (let k = i + 1; k < Math.min(tokens.length, i + 4); k++) {
        const w = tokens[k] as Token;
        const phrase = phraseAt(tokens, k);
        if (phrase) return phrase;
        const event = PREDICATE_EVENTS.get(w.lower);
        if (event) return event;
        if (!isFiller(w)) return null;
      }
      return null;
    }
  }
  return null;
}

/** "45 people have died", "10,000 are believed missing", "80 people lost their lives". */
function predicateAfter(tokens: Token[], from: number): { event: string | null; estimate: boolean } {
  let estimate = false;
  let phrase = 0;
  let atVenue = false;
  for (let i = from, n = 0; i < tokens.length && n < 9; i++, n++) {
    const t = tokens[i] as Token;
    // "325,000 - if not more - had gathered": an aside between dashes.
    if (/^[-–—]$/.test(t.text) && n === 0) {
      const close = tokens.findIndex((x, j) => j > i && j <= i + 6 && /^[-–—]$/.test(x.text));
      if (close > i) {
        i = close;
        continue;
      }
    }
    // "47,000 buildings, containing 211,000 homes, had been destroyed": the verb comes after the aside.
    if (t.text === ',' && n === 0 && /^(?:containing|including|mostly|many|most|all|both|about|some|among|comprising)$/.test(tokens[i + 1]?.lower ?? '')) {
      const close = tokens.findIndex((x, j) => j > i + 1 && x.text === ',');
      if (close > i && close - i <= 20) {
        i = close;
        continue;
      }
    }
    // "All six workers, who went missing after …": a relative clause right after the counted says what happened to it.
    if (t.text === ',' && n === 0 && tokens[i + 1]?.lower === 'who') {
      i++;
      continue;
    }
    if ((t.figure >= 0 && phrase === 0) || t.kind === 'punct') break;
    // "350 people a day are being taken to hospital": the rate stands between the counted and its verb.
    if (/^(?:a|per|each|every)$/.test(t.lower) && /^(?:day|week|month|year|hour|night)s?$/.test(tokens[i + 1]?.lower ?? '')) {
      i++;
      continue;
    }
    // "1.4 million remained in the dark", "20 in hospital": a fixed phrase decides before a phrase on the counted.
    if (phrase === 0) {
      const fixed = phraseAt(tokens, i);
      if (fixed) return { event: fixed, estimate };
      // "55,000 people were at the concert": a crowd, unless a verb after says what happened to them ("300 people
      // at the rally were arrested").
      if (!atVenue && inTheStreets(tokens, i)) {
        atVenue = true;
        phrase = 5;
        continue;
      }
    }
    // "900 pilgrims from across the world died": a short phrase on the counted may stand before its verb.
    if (phrase === 0 && n === 0 && /^(?:from|across|in|of|at|inside|among|aboard|to|under|aged)$/.test(t.lower)) phrase = 5;
    if (phrase > 0 && t.figure >= 0) {
      phrase--;
      continue;
    }
    if (phrase > 0) {
      phrase--;
      if (!PREDICATE_EVENTS.has(t.lower)) continue;
    }
    const event = PREDICATE_EVENTS.get(t.lower);
    // "lost 576 points to close at 16,200": a level at the close, not things closed.
    if (event === 'closed' && tokens[i + 1]?.lower === 'at') break;
    // "60,000 fans packed the stadium", "crammed into the stands": a crowd, not people given shelter.
    if (event === 'sheltered' && [1, 2, 3].some((k) => VENUES.test(tokens[i + k]?.lower ?? '') && !tokens[i + k]?.capital)) return { event: 'took part', estimate };
    if (event) return { event: mainPredicate(tokens, i + 1) ?? event, estimate };
    if (isEstimateWord(t)) estimate = true;
    if (!isFiller(t)) break;
  }
  return { event: atVenue ? 'took part' : null, estimate };
}

/** Whom a side loses to death: its people, soldiers, police, crews, fighters and animals. */
const LOSABLE_FAMILIES = new Set(['people', 'troops', 'police', 'attackers', 'workers', 'responders', 'staff', 'animals']);

/** "killing 15 people", "displaced over 30,000 people": the verb right before the figure and its qualifier. */
function verbBefore(tokens: Token[], first: number, hasHead: boolean, head: string | null = null): string | null {
  for (let i = first - 1, n = 0; i >= 0 && n < 5; i--, n++) {
    const t = tokens[i] as Token;
    if (t.figure >= 0 || t.kind === 'punct') return null;
    // "built to hold 400", "can house 2,000": what a place has room for.
    if (/^(?:hold|house|seat|sleep|take)$/.test(t.lower) && /^(?:to|can|could)$/.test(tokens[i - 1]?.lower ?? '')) return 'capacity';
    // "The stadium, which holds 45,000", "the arena seats 20,000": what a place has room for.
    if (/^(?:holds|seats|accommodates)$/.test(t.lower) && /^(?:which|that|stadium|arena|hall|venue|ground|centre|center|camp|shelter|prison|jail|school|theatre|theater)$/.test(tokens[i - 1]?.lower ?? '')) return 'capacity';
    // "reached approximately 210 million viewers", "aid has reached 5,000 families": those reached, not a level
    // reached ("the toll reached 100" has no noun of its own).
    if (/^(?:reached|reaching|reaches)$/.test(t.lower) && hasHead
      && !tokens.slice(Math.max(0, i - 4), i).some((x) => MEASURE_NOUN_EVENTS.has(x.lower) || /^(?:number|total|count|tally|figure|level)$/.test(x.lower))) return 'reached';
    // "it had handed over 19 prisoners": those given up by their captors go free.
    if (t.lower === 'over' && /^hand(?:ed|s|ing)?$/.test(tokens[i - 1]?.lower ?? '') && hasHead) return 'freed';
    // "will send home some 1,000 troops": a withdrawal, not a deployment.
    if (t.lower === 'home' && /^(?:send|sent|sending|sends|bring|brought|bringing)$/.test(tokens[i - 1]?.lower ?? '')) return 'withdrawn';
    // "came close to 41C": "close to" is how near, not a closure.
    if (t.lower === 'close' && tokens[i + 1]?.lower === 'to') continue;
    // "lost four soldiers" were killed; "lost a third of their value" is no death.
    // "lost 576 points", "lost 300 customers": only people lost are dead.
    if (/^(?:lost|losing)$/.test(t.lower) && hasHead && familyOf(head ?? '', true) === 'jobs') return 'cut';
    if (/^(?:lost|losing)$/.test(t.lower) && (!hasHead || !LOSABLE_FAMILIES.has(familyOf(head ?? '', true)))) return null;
    const event = VERB_BEFORE_EVENTS.get(t.lower);
    // "to close at 16,200", "closed at $35": a level at the close, not things closed.
    if (event === 'closed' && tokens.slice(i + 1, first).some((x) => x.lower === 'at')) return null;
    if (event) return event;
    if (!/^(?:a|an|the|another|total|of|some|about|around|nearly|almost|over|more|fewer|less|than|at|least|up|to|as|many|much|further|additional|estimated|approximately|roughly|just|under|below|above|close|only|well|another|all|between)$/.test(t.lower)) return null;
  }
  return null;
}

/**
 * "the death toll … rose to 52", "the number of people unaccounted for is … 1,100", "a crowd of 8,000",
 * "the deaths of 15 people": a noun before the figure that names what it measures.
 */
function measureBefore(tokens: Token[], first: number): EventReading | null {
  let linked = false;
  for (let i = first - 1, n = 0; i >= 0 && n < 20; i--, n++) {
    // "the number of people held at the centre, which was built to hold 400, to more than 2,000": over the aside.
    if (tokens[i]?.text === ',') i = relativeClauseStart(tokens, i);
    const t = tokens[i] as Token;
    // "the death toll … has dropped from 115 to 97": the figure restated before this one is passed over.
    if (t.figure >= 0 && tokens[i + 1]?.lower === 'to' && (tokens[i - 1]?.lower === 'from' || tokens[i - 2]?.lower === 'from')) continue;
    if (t.figure >= 0 && tokens[i - 1]?.lower === 'from') continue;
    // "the total death toll in the two countries to more than 39,000": a figure inside a place phrase is passed over.
    if (t.figure >= 0 && /^(?:the|both|all)$/.test(tokens[i - 1]?.lower ?? '') && tokens[i + 1]?.kind === 'word') continue;
    if (t.figure >= 0 || CLAUSE_STOP.has(t.text)) return null;
    // "the dead were members of a 1,150-strong contingent": the figure counts the whole they belonged to.
    // Not past a verb linking the figure: "the number of viewers who watched any part of the game was 202.4 million".
    if (/^(?:members|part)$/.test(t.lower) && tokens[i + 1]?.lower === 'of' && !tokens.slice(i + 2, first).some((x) => /^(?:was|is|were|are|stood|stands|reached|totalled|totaled)$/.test(x.lower))) return null;
    // "Among the new arrivals are 300 minors": a copula links only right before the figure.
    if (LINKS.has(t.lower) || (/^(?:are|were)$/.test(t.lower) && n <= 2)) linked = true;
    // "the number arriving in Italy this year to more than 38,000": the number of those to whom it happened.
    const participle = t.lower === 'number' && linked ? PREDICATE_EVENTS.get(tokens[i + 1]?.lower ?? '') : undefined;
    if (participle) return { event: participle, estimate: false, noun: null };
    // "the number of Indian citizens who died", "its count of Thursday's pension protesters up to 652,000".
    if (/^(?:number|count|tally|estimate)$/.test(t.lower) && tokens[i + 1]?.lower === 'of' && linked) {
      // "the total number of Indian citizens who died": read the phrase after "of" as if it followed a figure.
      const np = readCounted(tokens, i + 1, 2);
      if (!np.head) return null;
      const after = predicateAfter(tokens, np.end + 1);
      const rel = /^(?:who|that|which)$/.test(tokens[np.end + 1]?.lower ?? '') ? predicateAfter(tokens, np.end + 2) : after;
      const event = after.event ?? rel.event ?? np.event;
      return { event, estimate: after.estimate, noun: np.head, country: np.country };
    }
    // "KFOR's troop level to 26,000", "the police presence of 2,000": the noun before the level is what is counted.
    if (LEVEL_NOUNS.has(t.lower) && linked && tokens[i - 1]?.kind === 'word' && !/^(?:the|a|an|its|their|this|that|total)$/.test(tokens[i - 1]?.lower ?? '')) {
      const owner = (tokens[i - 1] as Token).lower.replace(/'s$/, '');
      // "the crowd size at 140,000" counts people who took part; "KFOR's troop level" counts troops.
      const measured = MEASURE_NOUN_EVENTS.get(owner);
      return measured ? { event: measured, estimate: false, noun: null } : { event: null, estimate: false, noun: singularize(owner) };
    }
    // "The bulletin put suspected cases at 1,136", "estimated arrivals at 2,000": the noun put at the figure is counted.
    if (linked && tokens[i + 1]?.lower === 'at' && looksPlural(t.lower) && !MEASURE_NOUN_EVENTS.has(t.lower) && [1, 2, 3].some((k) => /^(?:put|puts|putting|estimated|estimates|placed|places|counted)$/.test(tokens[i - k]?.lower ?? ''))) {
      return { event: NOUN_EVENTS.get(t.lower) ?? null, estimate: false, noun: singularize(t.lower) };
    }
    // "Evacuation orders still cover about 22,000 people": those the orders name are evacuated.
    if (/^orders?$/.test(t.lower) && tokens[i - 1]?.lower === 'evacuation' && linked) return { event: 'evacuated', estimate: false, noun: null };
    // "The restricted zone remains at 7 km": a verb, not the remains of the dead.
    const remainsVerb = t.lower === 'remains' && !/^(?:the|human|their|his|her|its|of)$/.test(tokens[i - 1]?.lower ?? '');
    const event = remainsVerb ? undefined : MEASURE_NOUN_EVENTS.get(t.lower);
    if (event && (linked || n === 0)) {
      // "injury toll", "the toll of the injured": a toll is of deaths unless it says otherwise.
      const before = tokens[i - 1]?.lower ?? '';
      const own = t.lower === 'toll' && /^(?:injury|injuries)$/.test(before) ? 'injured' : event;
      return { event: own, estimate: false, noun: null };
    }
    if (/^(?:said|says|told|according)$/.test(t.lower)) return null;
  }
  return null;
}

/** "Of those who were killed, at least 145 were Egyptian", "among the pilgrims who died, 600 were…". */
function relativeBefore(tokens: Token[], first: number, hasOwnNoun: boolean): string | null {
  for (let i = first - 1, n = 0; i >= 1 && n < 10; i--, n++) {
    const t = tokens[i] as Token;
    if (t.figure >= 0) return null;
    if (/^(?:who|that|which)$/.test(t.lower) && /^(?:those|the|pilgrims|people|ones)$|s$/.test(tokens[i - 1]?.lower ?? '')) {
      const after = predicateAfter(tokens, i + 1);
      if (after.event) return after.event;
    }
    // "Of the dead, 145 were Egyptian"; not a count with a noun of its own ("the dead were members of its 1,150-strong contingent").
    if ((t.lower === 'dead' || t.lower === 'victims' || t.lower === 'deceased') && /^(?:the|those)$/.test(tokens[i - 1]?.lower ?? '') && !hasOwnNoun) return 'killed';
  }
  return null;
}

/**
 * What happened to what a figure counts, read around it in its sentence: what is said of it after the noun,
 * the verb it is the object of, the noun itself, a measure named before it, or a relative clause.
 * e.g. "At least 2,300 people have died" -> killed; "killing 15 people" -> killed; "1,602 deaths" -> killed;
 * "the crowd reached 107,000" -> took part; "Authorities fear 10,000 more people remain missing" -> missing (estimate).
 */
export function readEvent(tokens: Token[], fig: FigureRef, np: Counted): EventReading {
  // The word before the figure's qualifier: "the identities of at least 88 victims".
  let q = fig.first - 1;
  while (q > 0 && /^(?:some|about|around|nearly|almost|roughly|more|than|over|at|least|up|to|as|many|an|estimated)$/.test(tokens[q]?.lower ?? '') && tokens[q - 1]?.lower !== 'home') q--;
  const wordBack = (k: number) => tokens[q - k]?.lower ?? '';
  // "the bodies of 59 people have been recovered": what the phrase is about decides, whatever is done to it.
  if (wordBack(0) === 'of' && /^(?:bodies|remains|deaths)$/.test(wordBack(1))) return { event: 'killed', estimate: false, noun: null };
  // "an update on the death toll …, revealing that it has surged to 143 individuals": "it" is the measure named before.
  const pronoun = measureOfIt(tokens, fig.first);
  if (pronoun) return { event: pronoun, estimate: false, noun: null };
  // "confirmed the identities of at least 88 victims": those identified.
  if (wordBack(0) === 'of' && /^identit(?:y|ies)$/.test(wordBack(1))) return { event: 'identified', estimate: false, noun: null };
  // "the whereabouts of 125 others remain unknown": those not found.
  if (wordBack(0) === 'of' && wordBack(1) === 'whereabouts') return { event: 'missing', estimate: false, noun: null };
  // "inflicted injuries upon 806 people", "caused injuries to 40": those hurt.
  if (/^(?:upon|on|to)$/.test(wordBack(0)) && /^(?:injuries|injury|wounds|burns)$/.test(wordBack(1))) return { event: 'injured', estimate: false, noun: null };
  // "the state, home to some 10.9 million people": those who live there.
  if (wordBack(0) === 'to' && wordBack(1) === 'home') return { event: 'population', estimate: false, noun: null };
  // "had taken 12 soldiers prisoner", "held 30 people hostage": the noun after the counted says what they are now.
  const held = tokens[np.end + 1]?.lower ?? '';
  if (/^(?:prisoners?|captives?|hostages?)$/.test(held)) return { event: /^prisoner/.test(held) ? 'arrested' : 'kidnapped', estimate: false, noun: null };
  // "three of the 12 soldiers were killed": what follows is said of the part; "Of the 51 people taken to
  // hospital, eight …" opens with the whole, and what follows it up to the comma is said of the whole.
  const isWhole = np.partOf === -1 && partBeforeOf(tokens, fig.first);
  // "the data of 2.1 million people was posted online": what follows is said of the data, not of the people.
  const ofRecords = tokens[fig.first - 1]?.lower === 'of' && RECORD_NOUNS.test(tokens[fig.first - 2]?.lower ?? '');
  // "killing 27 of the 45 people on board": where the whole is, said right after it, is still the whole's.
  const onBoard = isWhole && phraseAt(tokens, np.end + 1) === 'on board';
  const read = (isWhole && !onBoard) || ofRecords ? { event: null, estimate: false } : predicateAfter(tokens, np.end + 1);
  // A verb before may then say what happened to them ("released all 20 hostages held …").
  const notTheirs = (read.event === 'sheltered' || read.event === 'deployed') && (inCustody(tokens, np) || sendsSomething(tokens, np.end + 1));
  const after = notTheirs ? { event: null, estimate: read.estimate } : read;
  const estimate = after.estimate || [-1, -2, -3].some((k) => isEstimateWord(tokens[fig.first + k]));
  const before = verbBefore(tokens, fig.first, np.head !== null, np.head);
  // "killing 27 of the 45 people on board": the verb is the part's; what follows the whole is the whole's.
  if (np.partOf >= 0 && before) return { event: before, estimate, noun: null };
  if (after.event) return { event: after.event, estimate, noun: null };
  if (before) return { event: np.event === 'killed' && before === 'price' ? 'killed' : before, estimate, noun: null };
  // "forced the evacuation of about 2,000 residents": what the phrase before says happened to them, not that they live there.
  if (np.event === 'population') {
    const measured = measureBefore(tokens, fig.first);
    if (measured?.event) return { ...measured, estimate: estimate || measured.estimate };
  }
  if (np.event) return { event: np.event, estimate, noun: null };
  const measure = measureBefore(tokens, fig.first) ?? (np.head === null ? numberedSubject(tokens, fig.first) ?? risenSubject(tokens, fig.first) : null);
  if (measure) return { ...measure, estimate: estimate || measure.estimate };
  return { event: relativeBefore(tokens, fig.first, np.head !== null) ?? shelteredAfter(tokens, np.end + 1), estimate, noun: null };
}

const CUSTODY_NOUNS = /^(?:hostage|captive|prisoner|detainee|inmate|convict|abductee)$/;

/**
 * "20 hostages held in Gaza", "250 inmates serving life sentences": held in custody or serving a sentence is what a
 * captive is, not shelter or a deployment.
 */
function inCustody(tokens: Token[], np: Counted): boolean {
  if (CUSTODY_NOUNS.test(np.head ?? '')) return true;
  const at = tokens.slice(np.end + 1, np.end + 5).findIndex((t) => t.lower === 'serving');
  return at >= 0 && tokens.slice(np.end + at + 2, np.end + at + 6).some((t) => /^(?:sentences?|terms?|time)$/.test(t.lower));
}

/** "20 leading players sent a letter": those who send something are not sent anywhere. */
function sendsSomething(tokens: Token[], from: number): boolean {
  return /^(?:sent|send|sends|dispatched)$/.test(tokens[from]?.lower ?? '') && /^(?:a|an|the|their|its|his|her|letters?|messages?|word)$/.test(tokens[from + 1]?.lower ?? '');
}

/** The event of the measure noun "it" stands for in "it has surged to 143", searched back in the sentence. */
function measureOfIt(tokens: Token[], first: number): string | null {
  let i = first - 1;
  while (i >= 0 && /^(?:about|some|around|nearly|almost|more|than|over|roughly|at|least)$/.test(tokens[i]?.lower ?? '')) i--;
  if (!/^(?:to|at)$/.test(tokens[i]?.lower ?? '')) return null;
  i--;
  if (!LINKS.has(tokens[i]?.lower ?? '') && !/^(?:surged|soared|jumped|grown|grew|increased|mounted)$/.test(tokens[i]?.lower ?? '')) return null;
  i--;
  while (i >= 0 && /^(?:has|had|have|now|since|already)$/.test(tokens[i]?.lower ?? '')) i--;
  if (tokens[i]?.lower !== 'it') return null;
  for (let k = i - 1; k >= 0; k--) {
    const event = MEASURE_NOUN_EVENTS.get((tokens[k] as Token).lower);
    if (event) return event;
  }
  return null;
}

/**
 * "Protesters numbered 8,000", "the attackers, believed to number between four and six": the subject of
 * "number" is what the figure counts.
 */
function numberedSubject(tokens: Token[], first: number): EventReading | null {
  let i = first - 1;
  while (i >= 0 && /^(?:between|about|some|around|nearly|almost|more|than|at|least|up|to|over|roughly|an|estimated)$/.test(tokens[i]?.lower ?? '')) i--;
  if (!/^(?:numbered|number|numbering|numbers|totalled|totaled|totalling)$/.test(tokens[i]?.lower ?? '')) return null;
  i--;
  // "believed to number", "said to have numbered", "which numbered"
  while (i >= 0 && /^(?:to|believed|thought|said|estimated|reported|have|had|has|which|who|that|,|now|still|then)$/.test(tokens[i]?.lower ?? '')) i--;
  const subject = tokens[i];
  if (!subject || subject.kind !== 'word' || subject.figure >= 0 || !looksPlural(subject.lower)) return null;
  return { event: NOUN_EVENTS.get(subject.lower) ?? null, estimate: false, noun: singularize(subject.lower) };
}

/** "three of the 12 soldiers", "a third of the city's 300,000 residents": a part is counted before "of" and its determiners. */
function partBeforeOf(tokens: Token[], first: number): boolean {
  let i = first - 1;
  for (let n = 0; n < 3 && i > 0 && tokens[i]?.lower !== 'of'; n++, i--) {
    const t = tokens[i] as Token;
    if (t.kind !== 'word' || !(/^(?:the|those|his|her|its|their|our)$/.test(t.lower) || /['’]s$/.test(t.lower))) return false;
  }
  return tokens[i]?.lower === 'of' && i < first - 1 && (tokens[i - 1]?.figure ?? -1) >= 0;
}

/** "Cases rose 40% in a week to 2,100", "Applications climbed to 45,000": the noun that rose is what the level counts. */
function risenSubject(tokens: Token[], first: number): EventReading | null {
  let i = first - 1;
  while (i >= 0 && /^(?:about|some|around|nearly|almost|more|than|over|roughly|an|estimated|just)$/.test(tokens[i]?.lower ?? '')) i--;
  if (tokens[i]?.lower !== 'to') return null;
  for (let k = i - 1, n = 0; k >= 1 && n < 8; k--, n++) {
    const t = tokens[k] as Token;
    if (t.kind === 'punct' && t.text !== '%') return null;
    if (!/^(?:rose|risen|rises|fell|fallen|falls|climbed|climbs|increased|increases|jumped|jumps|dropped|drops|grew|grown|grows|declined|declines|surged|soared|slipped)$/.test(t.lower)) continue;
    let s = k - 1;
    while (s >= 0 && /^(?:have|has|had|also|now)$/.test(tokens[s]?.lower ?? '')) s--;
    // "Measles cases in Gaines County have risen to 24": past the place the subject is said of.
    let p = s;
    while (p > 0 && tokens[p]?.capital && tokens[p]?.kind === 'word') p--;
    if (p < s && /^(?:in|across|of)$/.test(tokens[p]?.lower ?? '')) s = p - 1;
    const subject = tokens[s];
    if (!subject || subject.kind !== 'word' || subject.figure >= 0 || !looksPlural(subject.lower)) return null;
    return { event: NOUN_EVENTS.get(subject.lower) ?? null, estimate: false, noun: singularize(subject.lower) };
  }
  return null;
}

/** "1,200 people spent Monday night in emergency shelters", "Fewer than 900 are still in public shelters". */
function shelteredAfter(tokens: Token[], from: number): string | null {
  for (let i = from; i < Math.min(tokens.length, from + 10); i++) {
    const t = tokens[i] as Token;
    if (t.kind === 'punct' || t.figure >= 0) return null;
    if (!/^(?:in|at|to)$/.test(t.lower)) continue;
    // "spent the night in 2,500 cyclone shelters": the shelters may be counted too.
    for (let k = i + 1; k <= i + 4 && k < tokens.length; k++) {
      const w = (tokens[k] as Token).lower;
      if (/^(?:shelters?|evacuation|refuges?)$/.test(w)) return 'sheltered';
      if ((tokens[k] as Token).kind !== 'word' && (tokens[k] as Token).figure < 0) break;
    }
  }
  return null;
}
