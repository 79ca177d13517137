import type { ClaimDraft, DraftFrame, Refiner } from '../extract/draft';
import { intervalOf } from '../extract/to-claim';
import { COUNTRY_BY_NAME } from '../lexicon/countries';
import { CURRENCY_NAMES, MINOR_UNITS } from '../lexicon/currencies';
import { CHANGE_WORDS, NOUN_EVENTS } from '../lexicon/events';
import { HUMAN_EVENTS, familyOf } from '../lexicon/families';
import { DURATION_WORDS, toBase, type MeasureUnit } from '../lexicon/measures';
import { kindName, looksPlural, singularize } from '../lexicon/nouns';
import { UNIT_WORDS } from '../lexicon/number-words';
import { EVENT_NOUNS } from '../lexicon/places';
import { findSpanIndex } from '../text/sentences';
import type { Token } from '../text/tokens';

import { localCurrency, readArticleCues, type ArticleCues } from './article-cues';
import { inherit } from './inherit-frame';
import { linkFigures, type LinkInput } from './link-figures';
import { isMilitaryContext } from './military-context';
import { measureAt, readCounted, unitBefore, type Counted } from './read-counted';
import { readCounter } from './read-counter';
import { readEvent } from './read-event';
import { readMeasureTopic } from './read-measure-topic';
import { readMoneyTopic } from './read-money-topic';
import { holderOf, ratedCountry, readAttribution, readPart } from './read-part';
import { readPeriod } from './read-period';
import { bracketedPlace, openingSubjectPlace, placeBeforeWhere, readFigurePlace, subjectPlace, worstHitWhole } from './read-place';
import { readClauseRate } from './read-rate';
import { measuredNoun, readCues, readDurationTopic, readPercentTopic } from './read-topic';
import { victimsBefore } from './read-victims';
import { kindOf, type Reading } from './reading';
import { buildSentenceViews, qualifierStart, type SentenceView } from './sentence-view';
import { shareAcrossFigures } from './share-in-sentence';

/** Amounts, shares and measures whose purpose no lexicon names are compared by the words around them. */
const PART_OF_DAY = /^(?:(?:early|late|mid) )?(?:morning|afternoon|midday|noon|lunchtime)|^\d{1,2}(?:[.:]\d\d)? (?:a\.m|p\.m|am|pm)/;
const PER_PERIOD_EVENTS = new Set(['arrived', 'took part', 'transferred', 'rescued']);
const CRIME_WORDS = /^(?:fraud|frauds|scam|scams|swindle|swindled|theft|embezzlement|misappropriated|entrusted|defrauded|abuse|abused|trafficking|hack|hacks|hacked|hacking|hackers?|breach|breaches|leak|leaked|phishing|ransomware|cyberattacks?|cyber-attacks?|extortion|blackmail)$/;
const THEFT_WORDS = /^(?:stole|stolen|stealing|steal|steals|theft|thefts|heist|heists|robbery|robberies|robbed|burglary|looted|loot)$/;
/** Verbs of wanting another outcome than the one decided: a figure they govern is a proposal. */
const PROPOSING = /^(?:preferred|preferring|prefers|favoured|favored|favouring|favoring|advocated|dissented)$/;
const MEMBERS = /^(?:members?|policymakers?|governors?|officials?|directors?|judges?)$/;
const FEW_VOTERS = 3;
/** Things booked for a day that can be put off: appointments, operations, procedures, surgeries, exams. */
const BOOKED = /^(?:appointment|operation|procedure|surgery|treatment|consultation|exam|examination|scan)$/;
/** Amounts a plan revises over time: the expected cost and the final cost are one quantity. */
const REVISED_AMOUNTS = new Set(['budget', 'spending', 'deficit', 'debt', 'aid', 'funding']);
const CUED = new Set(['money', 'percent', 'length', 'area', 'mass', 'volume', 'speed', 'temperature', 'power', 'energy', 'data']);

const DEAD_NOUNS = /^(?:body|victim|remains|corpse)$/;
const DEAD_PROCESSES: ReadonlyMap<string, string> = new Map([
  ['identified', 'identified'], ['identification', 'identified'], ['handed', 'handed over'], ['returned', 'handed over'],
  ['released', 'handed over'], ['repatriated', 'handed over'], ['repatriation', 'handed over'], ['handover', 'handed over'],
]);

/**
 * After a disaster the dead are identified and handed to their families, counts of their own that rise while the toll
 * stands: "208 victims of the crash have so far been identified", "Eight bodies, mostly from …, were released".
 */
function deadProcessed(tokens: Token[], start: number, np: Counted): string | null {
  if (!DEAD_NOUNS.test(np.head ?? '')) return null;
  if (tokens[start - 1]?.lower === 'of') {
    const before = DEAD_PROCESSES.get(tokens[start - 2]?.lower ?? '');
    if (before) return before;
  }
  const rest = tokens.slice(np.end + 1, np.end + 22).map((t) => t.lower).join(' ');
  // "The remaining 29 bodies found at the site had yet to be identified": the dead not identified are a count of their own.
  if (/\b(?:yet to be identified|not (?:yet )?(?:been )?identified|unidentified)\b/.test(rest)) return 'unidentified';
  for (let i = np.end + 1; i < Math.min(tokens.length, np.end + 22); i++) {
    const t = tokens[i] as Token;
    // "127 remains of victims killed in the fire had been identified": the victims' verb, not what was done with them.
    const ofVictims = /^(?:killed|died)$/.test(t.lower) && /^(?:victims|people|those|passengers|residents)$/.test(tokens[i - 1]?.lower ?? '');
    if (t.figure >= 0 || /^[.;:!?]$/.test(t.text) || (/^(?:died|killed|dead|perished|recovered|found|brought|reached)$/.test(t.lower) && !ofVictims)) return null;
    const process = DEAD_PROCESSES.get(t.lower);
    if (process && !/^(?:the|a|an|of)$/.test(tokens[i - 1]?.lower ?? '')) return process;
  }
  return null;
}

/**
 * The arm of a trial named in a stretch of a clause: "in the placebo group", "in people who took a placebo" (placebo);
 * "in the vaccine arm", "in participants who got the actual vaccine" (vaccine); null when none is named.
 */
function studyArm(tokens: Token[], from: number, to: number): string | null {
  for (let i = Math.max(0, from); i < Math.min(tokens.length, to); i++) {
    const name = tokens[i]?.lower ?? '';
    // "Ten people developed severe disease, one of whom received the vaccine": the arm of another figure.
    if (/^[,;:]$/.test(name)) return null;
    if (name === 'placebo') return 'placebo';
    if (/^(?:group|arm|cohort)$/.test(tokens[i + 1]?.lower ?? '') && /^(?:vaccine|vaccinated|control|treatment|drug)$/.test(name)) return name === 'vaccinated' ? 'vaccine' : name;
    if (/^(?:got|received|took|given)$/.test(name) && tokens.slice(i + 1, i + 4).some((t) => t.lower === 'vaccine')) return 'vaccine';
  }
  return null;
}

/** The first unit of a figure in two units: a unit inside it with more of the figure after it (not "2.8m people"). */
function innerMeasure(tokens: Token[], from: number, to: number): MeasureUnit | null {
  for (let i = from; i < to; i++) {
    const found = measureAt(tokens, i);
    if (found && tokens.slice(found.end + 1, to + 1).some((t) => t.kind === 'number' || UNIT_WORDS.has(t.lower))) return found.unit;
  }
  return null;
}

/** "Of the cases, 301 …", "Of the new infections, 40 …": the plural noun of an opening "of the …," right before the figure. */
function frontedWhole(tokens: Token[], start: number): string | null {
  if (tokens[start - 1]?.text !== ',') return null;
  const noun = tokens[start - 2];
  if (noun?.kind !== 'word' || noun.capital || noun.figure >= 0 || !looksPlural(noun.lower)) return null;
  for (let i = start - 3; i >= Math.max(0, start - 6); i--) {
    const t = tokens[i] as Token;
    if (/^(?:the|those|these|all)$/.test(t.lower) && tokens[i - 1]?.lower === 'of' && (i - 1 === 0 || /^[;:]$/.test(tokens[i - 2]?.text ?? ''))) return singularize(noun.lower);
    if (t.kind !== 'word' || t.figure >= 0) return null;
  }
  return null;
}

/** "Bangladesh's government said at least 10 people were killed": a government counts its own country's dead. */
function governmentCountry(tokens: Token[], start: number): string | null {
  for (let i = 0; i < start - 2; i++) {
    const t = tokens[i] as Token;
    if (!t.capital || !/['’]s$/.test(t.lower) || !/^(?:government|authorities|ministry)$/.test(tokens[i + 1]?.lower ?? '')) continue;
    if (!/^(?:said|says|reported|announced|confirmed)$/.test(tokens[i + 2]?.lower ?? '')) continue;
    return COUNTRY_BY_NAME.get(t.lower.replace(/['’]s$/, '')) ?? null;
  }
  return null;
}

/** "was initially put at 60", "had originally been estimated at 300": a value given first, before the one now reported. */
function reportedAtFirst(tokens: Token[], start: number): boolean {
  const before = tokens.slice(Math.max(0, start - 6), start).map((t) => t.lower);
  return before.some((w) => /^(?:initially|originally)$/.test(w)) && before.some((w) => /^(?:put|given|reported|estimated|set|placed|stated|announced)$/.test(w));
}

/** One more part of what the figure counts, the parts kept sorted so that two claims' parts compare as keys. */
function addPart(frame: DraftFrame, part: string): void {
  frame.part = [...frame.part, part].sort();
}

/** Reads one figure's frame from its sentence, before links to other figures are followed. */
function readOne(view: SentenceView, k: number, drafts: ClaimDraft[], article: ArticleCues): Reading {
  const { military, deathsMentioned } = article;
  const { tokens } = view;
  const fig = view.figures[k] as SentenceView['figures'][number];
  const d = drafts[fig.draft] as ClaimDraft;
  const start = qualifierStart(tokens, fig, d.qualifierText);
  const read = readCounted(tokens, fig.last, d.number);
  // A percentage's noun phrase is its "of …" complement only: "38.5 percent of the vote", not "58 percent once spoiled ballots…".
  const counted = d.percent && tokens[fig.last + 1]?.lower !== 'of' ? { ...read, parts: [], country: null, head: null, end: fig.last } : read;
  const before = counted.measure || counted.currency ? null : unitBefore(tokens, start);
  // "a decade", "a century-long rivalry", "half a year": the figure names its own unit (a decade is counted in years).
  const ownUnit = counted.measure ? undefined : tokens.slice(fig.first, fig.last + 1).map((t) => t.lower.replace(/-long$/, '')).find((w) => DURATION_WORDS.has(w));
  const inYears = ownUnit ? DURATION_WORDS.get(/^(?:decade|century)$/.test(ownUnit) ? 'year' : ownUnit) ?? null : null;
  // "5 ft 2 in", "2 hours 30 minutes": a measure in two units is in its first unit, written inside the figure.
  const inner = counted.measure || counted.currency || before || inYears || fig.last === fig.first ? null : innerMeasure(tokens, fig.first + 1, fig.last);
  const np: Counted = before ? { ...counted, measure: before } : inYears ? { ...counted, measure: inYears } : inner ? { ...counted, measure: inner } : counted;
  const frame: DraftFrame = { ...d.frame, part: [] };
  const ev = readEvent(tokens, fig, np);
  frame.event = ev.event;
  frame.estimate = ev.estimate;
  const currency = d.currency ?? np.currency ?? localCurrency(tokens[fig.last + 1], article.currencies);
  let unit: string | null = null;
  let measure: MeasureUnit | null = null;
  if (d.percent) {
    frame.family = 'percent';
    frame.event = readPercentTopic(tokens, start, np.end);
    unit = 'percent';
  } else if (currency) {
    frame.family = 'money';
    frame.event = readMoneyTopic(tokens, start, np.end);
    // "the mission, which costs some $1.2 billion a year": a yearly cost is a budget.
    if (frame.event === 'cost' && d.rate === 'year') frame.event = 'budget';
    // "jewels worth €88 million were stolen", "made off with €88 million in jewels": what was taken is the theft's amount.
    if ((frame.event === 'value' || frame.event === null) && tokens.some((t, j) => THEFT_WORDS.test(t.lower) || (t.lower === 'made' && tokens[j + 1]?.lower === 'off'))) frame.event = 'fraud';
    unit = CURRENCY_NAMES[currency] ?? currency;
  } else if (np.measure) {
    // "rising 0.4 degrees Celsius (0.72 degrees Fahrenheit) each decade": a change of temperature converts without the offset.
    const change = np.measure.offset !== undefined && (tokens.slice(Math.max(0, start - 4), start).some((t) => CHANGE_WORDS.has(t.lower) || t.lower === 'by' || t.lower === 'rising')
      || tokens.slice(np.end + 1, np.end + 5).some((t) => /^(?:warmer|hotter|colder|cooler|higher|lower|each|per|every|above|below)$/.test(t.lower)));
    measure = change ? { ...np.measure, offset: 0 } : np.measure;
    frame.family = np.measure.dimension;
    unit = np.measure.name;
    // "raised rates by 25 basis points": what a share is of, as for any percentage.
    if (np.measure.dimension === 'percent') frame.event = readPercentTopic(tokens, start, np.end);
    if (np.head && np.measure.dimension === 'age') unit = `${np.measure.name}-old ${np.head}`;
  } else if (np.head) {
    unit = np.head;
    frame.family = familyOf(np.head, military);
    // "About 100 armed men stormed the base": men with weapons are attackers, not troops or bystanders.
    if (/^(?:man|person)$/.test(np.head) && tokens.slice(start, np.end).some((t) => /^(?:armed|masked)$/.test(t.lower))) frame.family = 'attackers';
  } else if (ev.noun) {
    unit = ev.noun;
    frame.family = familyOf(ev.noun, military);
  } else if (frame.event && HUMAN_EVENTS.has(frame.event)) {
    const victims = frame.event === 'killed' || frame.event === 'injured' ? victimsBefore(tokens, start) : null;
    unit = victims?.head ?? 'person';
    frame.family = victims?.family ?? 'people';
  } else if (frame.event === 'capacity') {
    unit = 'place';
    frame.family = 'places';
  } else if (frame.event?.startsWith('without ')) {
    unit = 'customer';
    frame.family = 'customers';
  }
  // "violence against officers, some two dozen of whom were injured": "whom" are the noun before the comma.
  const byWhom = tokens.slice(fig.last + 1, np.end + 1).some((t) => t.lower === 'whom');
  const whom = byWhom && tokens[start - 1]?.text === ',' && (tokens[start - 3]?.figure ?? -1) < 0 ? tokens[start - 2] : undefined;
  if (whom?.kind === 'word' && whom.figure < 0 && looksPlural(whom.lower) && !np.head) {
    unit = singularize(whom.lower);
    frame.family = familyOf(unit, military);
  }
  // "Of the cases, 301 were in Sanjiri": the whole named first is what the figure counts a part of.
  const whole = unit === null && frame.family === null && !d.percent ? frontedWhole(tokens, start) : null;
  if (whole) {
    unit = whole;
    frame.family = familyOf(whole, military);
  }
  // "Among the dead, at least 84 were women and 82 were men": the kind of people is a part of the dead.
  const kind = !np.head && /^(?:were|are)$/.test(tokens[np.end + 1]?.lower ?? '') ? tokens[np.end + 2] : undefined;
  if (kind?.kind === 'word' && !kind.capital && looksPlural(kind.lower) && !/^(?:people|persons|individuals|killed|injured|dead|wounded|missing)$/.test(kind.lower)
    && familyOf(singularize(kind.lower), military) === 'people') {
    unit = singularize(kind.lower);
    frame.family = 'people';
  }
  // "carrying at least three times its capacity", "five times as many": a multiple of another quantity, not a count of times.
  if (np.head === 'time' && /^(?:its|the|their|his|her|as|more|higher|larger|bigger|greater|less|fewer|that|what|than)$/.test(tokens[np.end + 1]?.lower ?? '')) {
    unit = 'times';
    frame.family = null;
    frame.event = null;
  }
  // "Nearly 250 rescuers took part": responders and troops take part by being deployed.
  if ((frame.family === 'troops' || frame.family === 'responders') && frame.event === 'took part') frame.event = 'deployed';
  const assumed = (frame.family === 'troops' || frame.family === 'responders') && frame.event === null;
  if ((frame.family === 'troops' || frame.family === 'responders') && (frame.event === null || frame.event === 'deployed')) frame.event = 'deployed';
  // "troops from 28 countries", "contributors include 73 countries" count contributors; "in 21 countries" counts places.
  if (frame.family === 'countries') {
    const contributing = tokens[start - 1]?.lower === 'from' || tokens.slice(Math.max(0, start - 4), start).some((t) => /^contribut/.test(t.lower));
    frame.event = contributing ? 'contributing' : frame.event === 'deployed' ? null : frame.event;
  }
  if (frame.family === 'age') frame.event = null;
  // "carrying about 500kg of explosives": what is carried weighs; only people and animals are on board.
  if (frame.event === 'on board' && (np.measure || currency)) frame.event = null;
  // "2,340 victims" of a fraud were not killed: victims are the dead only where no crime against property is named.
  // "lost 200,000 customers", "a toll of 9 million customers": those a company serves are lost to it, not killed.
  if (frame.event === 'killed' && frame.family === 'customers') frame.event = null;
  // Nor are the victims of a story that never speaks of a death: "5 million victims" of a data leak.
  if (frame.event === 'killed' && np.head === 'victim' && (!deathsMentioned || tokens.some((t) => CRIME_WORDS.test(t.lower)))) frame.event = null;
  // "sentenced to seven years", "23 days of hearings", "asked for nine years": what the time is of.
  if (frame.family === 'duration') frame.event = readDurationTopic(tokens, start, np.end);
  // Utilities count outages by account: "3 million homes and businesses" and "2.6 million customers" without power.
  if (frame.event === 'without power' && /^(?:buildings|household|account|meter|business|people)$/.test(frame.family ?? '')) frame.family = 'customers';
  // "8,000 workers marched", "10,000 people joined": a crowd is one crowd, whoever it is said to be made of.
  if (frame.event === 'took part' && (frame.family === 'workers' || frame.family === 'staff')) frame.family = 'people';
  // "employs 180,000 people", "180,000 employees", "a workforce of 176,500": a workforce counts workers.
  if (frame.event === 'employed' && (frame.family === 'people' || frame.family === 'staff' || frame.family === null)) {
    frame.family = 'workers';
    unit = unit ?? 'employee';
  }
  // "had bought two rifles": buying is a price only for an amount of money.
  if (frame.event === 'price' && !currency) frame.event = null;
  // "24 cases have been identified": cases found are the cases, not a count of their own.
  if (frame.family === 'case' && frame.event === 'identified') frame.event = null;
  // "The two earthquakes killed 50,000 people", "deaths connected to the two fires": the events are counted, not their dead.
  if (frame.event !== null && np.head !== null && EVENT_NOUNS.has(np.head)) frame.event = null;
  // "The disease has reached six provinces": places a thing spreads to are not an audience reached.
  if (frame.event === 'reached' && /^(?:countries|province|region|state|district|city|town|village|county|municipality)$/.test(frame.family ?? '')) frame.event = null;
  // "handed over 200 weapons", "the two sides exchanged": only people go free.
  if (frame.event === 'freed' && frame.family !== null && !/^(?:people|troops|police|attackers|workers|responders|staff)$/.test(frame.family)) frame.event = null;
  // "injured 34 workers": workers hurt, missing or killed are people, whatever their job.
  if (frame.family === 'workers' && /^(?:killed|injured|missing|hospitalised|rescued|evacuated|critical)$/.test(frame.event ?? '')) frame.family = 'people';
  // "64 bodies have been recovered": the dead recovered are still the dead, not people who recovered.
  if (np.event === 'killed' && frame.event === 'recovered') frame.event = 'killed';
  // "318 body parts were recovered": parts, not the dead.
  if (np.head === 'body' && /^(?:parts|part|fragments|bags)$/.test(tokens[np.end + 1]?.lower ?? '')) {
    unit = `body ${singularize(tokens[np.end + 1]?.lower ?? '')}`;
    frame.family = unit;
    frame.event = null;
  }
  // "35 bodies had been handed over to relatives", "the identification of 80 victims": the dead, counted as they are processed.
  if (frame.event === 'killed' || frame.event === 'freed' || frame.event === null) frame.event = deadProcessed(tokens, start, np) ?? frame.event;
  // "lost 4,000 jobs": jobs lost are cut, not killed.
  if (frame.family === 'jobs' && frame.event === 'killed') frame.event = 'cut';
  // "7,000 of the jobs will go", "15,000 jobs could go": jobs that go are cut.
  if (frame.family === 'jobs' && frame.event === null && tokens.slice(np.end + 1, np.end + 5).some((t) => /^(?:go|goes|gone|going|disappear|lost)$/.test(t.lower))) frame.event = 'cut';
  // "814 procedures cancelled", "1,391 elective procedures delayed", "700 appointments re-arranged", "850 appointments
  // axed": what is booked and then not held is postponed, whichever verb a report uses (a flight delayed is not one cancelled).
  if (BOOKED.test(frame.family ?? '') && (/^(?:cancelled|delayed|cut)$/.test(frame.event ?? '') || tokens.slice(np.end + 1, np.end + 4).some((t) => /^(?:postponed|rescheduled|re-arranged|rearranged)$/.test(t.lower)))) {
    frame.event = 'postponed';
  }
  // "The centre has 389 beds": beds and places say how many a place can take.
  if (frame.family === 'places' && frame.event === null) frame.event = 'capacity';
  // "9,500 have fallen ill" counts the cases that "9,063 cases" counts.
  if (frame.event === 'infected' && (frame.family === 'people' || frame.family === 'case')) {
    frame.family = 'case';
    frame.event = null;
  }
  const segEnd = view.figures[k + 1] ? qualifierStart(tokens, view.figures[k + 1] as SentenceView['figures'][number], drafts[(view.figures[k + 1] as SentenceView['figures'][number]).draft]?.qualifierText ?? null) : tokens.length;
  const reading = np.measure !== null && /^(?:temperature|length|speed)$/.test(np.measure.dimension);
  // A reading's own subject ("with Rome reaching 39C") is nearer than a place opening the sentence ("In Italy, …").
  frame.place = (reading ? subjectPlace(tokens, start, true) : null) ?? readFigurePlace(tokens, start, np.end, segEnd, !np.measure && !currency && !d.percent) ?? subjectPlace(tokens, start, reading)
    ?? placeBeforeWhere(tokens, start) ?? (reading ? openingSubjectPlace(tokens, start) : null)
    ?? (frame.event !== null && HUMAN_EVENTS.has(frame.event) ? worstHitWhole(tokens, np.end + 1) : null)
    // Not for its citizens abroad: "Egypt's government said 658 Egyptians died" is where they came from.
    ?? ((frame.event === 'killed' || frame.event === 'injured') && !np.country ? governmentCountry(tokens, start) : null);
  const clauseStart = k > 0 ? (view.figures[k - 1]?.last ?? -1) + 1 : 0;
  // "Deaths were reported in Spain (62), Portugal (22) and Italy (11)": a count in brackets after a place is that
  // place's count of what the sentence counts.
  const bracketed = frame.family === null ? bracketedPlace(tokens, start) : null;
  if (bracketed) {
    frame.place = bracketed;
    const noun = tokens.slice(0, start).find((t) => t.kind === 'word' && !t.capital && NOUN_EVENTS.has(t.lower)) ?? tokens.slice(0, start).find((t) => t.kind === 'word' && NOUN_EVENTS.has(t.lower));
    if (noun) {
      frame.event = NOUN_EVENTS.get(noun.lower) ?? null;
      frame.family = familyOf(singularize(noun.lower), military);
      unit = singularize(noun.lower);
    }
  }
  // A length, an area or a weight is not what happened to people, whatever verb stands near it.
  if (np.measure && frame.event !== null && HUMAN_EVENTS.has(frame.event) && np.measure.dimension !== 'age') frame.event = null;
  // "An ash column rose about 6 km" and "a radius of 5 km" are two quantities of one unit.
  if ((frame.family === 'length' || frame.family === 'area') && frame.event === null) frame.event = readMeasureTopic(frame.family, tokens, start, np.end, clauseStart, segEnd);
  const agentive = frame.family === 'troops' || frame.event === 'deployed' || frame.event === 'freed';
  frame.part = readPart(tokens, clauseStart, fig, np.end, { country: np.country ?? ev.country ?? null, parts: np.parts }, agentive, !d.percent && !currency && !np.measure, frame.event === 'freed');
  if (kind && unit === singularize(kind.lower)) addPart(frame, kindName(unit));
  // Some of the whole named first, as "301 of the cases" would be.
  if (whole) addPart(frame, 'subset');
  // "a 35 percent tariff on Canadian goods, 50 percent for Brazil": in a list of countries' rates, each rate is one country's.
  // The country is where the rate holds, as a place: two countries' rates never meet, as two places' tolls do not.
  // So is a donor's pledge in a list of donors': "Germany will contribute 11 billion euros", "£450 million from Norway".
  if ((d.percent || frame.event === 'aid') && frame.place === null && !frame.part.some((p) => /^[A-Z]/.test(p))) frame.place = ratedCountry(tokens, clauseStart, fig.first, np.end, segEnd);
  // "beating analysts' average forecast of €1.31 billion", "economists had expected 3.1%": a forecast is not the result.
  // A company's own outlook ("expected revenue of between €7.0 billion and €7.4 billion") is a forecast too; a toll
  // "feared" to reach 100 still joins the toll.
  // "Debt is projected at 62.3% of GDP", "an estimated $2bn": a plan's or an estimate's own figure, not an outlook.
  // "worth an estimated 88 million euros": an estimated worth is a valuation, not an outlook (a cost "an estimated" may be).
  const planned = tokens.slice(Math.max(0, start - 4), frame.event === null || /^(?:value|fraud)$/.test(frame.event) ? fig.first : start).some((t) => /^(?:projected|estimated|estimate|estimates|planned|budgeted)$/.test(t.lower));
  // A company's outlook is apart from its results; a cost expected to rise is the same cost, revised.
  const outlook = frame.estimate && !planned && (d.percent || (currency !== null && !REVISED_AMOUNTS.has(frame.event ?? '')));
  // "…, which should drive up headline inflation to 3.6%", said an economist: what is to come, in an analyst's words.
  const expected = frame.estimate || tokens.slice(Math.max(0, start - 9), start).some((t) => /^(?:forecast|estimate|consensus|expected|expectations?|poll|suggested|predicted|projected|should|would)$/.test(t.lower));
  // "below forecasts of 2.5%", "against expectations of 1.9%": a forecast said as a noun.
  const forecastOf = tokens[start - 1]?.lower === 'of' && /^(?:forecasts?|expectations?|consensus)$/.test(tokens[start - 2]?.lower ?? '');
  if (outlook || forecastOf || (expected && tokens.some((t) => /^(?:analysts?|analysts['’]|consensus|economists?|economists['’]|forecasters?)$/.test(t.lower)))) {
    addPart(frame, 'forecast');
  }
  // "an initial £100 million", "a clear £100m up front": the first payment of a deal, not all of it ("worth up to £116m").
  if (currency && frame.event === 'price' && (/^(?:initial|upfront|up-front)$/.test(tokens[start - 1]?.lower ?? '') || tokens.slice(fig.last + 1, fig.last + 4).some((t, j, a) => t.lower === 'up' && a[j + 1]?.lower === 'front'))) {
    addPart(frame, 'initial');
  }
  // "162 in the placebo group versus eight in the vaccine group": a trial's arm is a part of its participants or cases.
  const arm = studyArm(tokens, np.end + 1, segEnd) ?? studyArm(tokens, clauseStart, start);
  if (arm && !frame.part.includes(arm)) addPart(frame, arm);
  // "shares fell as much as 7.4% in morning trade and closed 5.1% lower": the extreme of a session, not its close.
  if (d.percent && d.change !== null && /\bas much as\b/i.test(d.qualifierText ?? '')) addPart(frame, 'intraday');
  // "its inflation target of 2%", "a goal of 40,000 homes a year": what is aimed at, not what there is.
  // "raised its price target for Hollin to 150 crowns from 118": an analyst's target for a share is no price paid.
  const priceTarget = currency !== null && tokens.slice(Math.max(clauseStart, start - 7), start).some((t, j, a) => (t.lower === 'target' && a[j - 1]?.lower === 'price') || (t.lower === 'price' && a[j - 1]?.lower === 'target'));
  // "the Fed's 2% annual target", "its 2 percent inflation goal": a word or two may stand between the figure and its target.
  const targetAfter = tokens.slice(np.end + 1, np.end + 4).findIndex((t) => /^(?:target|goal)$/.test(t.lower));
  const aimed = priceTarget || (/^(?:target|goal|aim|ceiling)$/.test(tokens[start - 2]?.lower ?? '') && tokens[start - 1]?.lower === 'of')
    || (targetAfter >= 0 && tokens.slice(np.end + 1, np.end + 1 + targetAfter).every((t) => t.kind === 'word' && /^(?:annual|long-run|long-term|medium-term|official|inflation|price|stated|yearly)$/.test(t.lower)));
  if (aimed) addPart(frame, 'target');
  // "Two members preferred to raise the rate by 0.5% to 5.5%", "Miran favored a half-point cut": what some wanted, not
  // what was decided.
  let proposed = false;
  for (let i = start - 1; i >= Math.max(0, start - 12) && !/^[,;:]$|^(?:but|while|whereas)$/.test(tokens[i]?.lower ?? ''); i--) {
    const w = tokens[i]?.lower ?? '';
    // "dissented in favor of holding rates", not "voted in favour of the strike": a share of a vote is no proposal.
    if (PROPOSING.test(w) || (/^favou?r$/.test(w) && tokens[i - 1]?.lower === 'in' && !/^(?:voted|vote|votes)$/.test(tokens[i - 2]?.lower ?? ''))) proposed = true;
    // "one member voted to maintain the bank rate at 5%": what a few of a board voted for, not what it decided (a board
    // has more members than that; "six members voted to raise" may be the decision).
    const voters = /^(?:voted|votes)$/.test(w) && MEMBERS.test(tokens[i - 1]?.lower ?? '') ? view.figures[tokens[i - 2]?.figure ?? -1] : undefined;
    if (voters && (drafts[voters.draft]?.number ?? Infinity) <= FEW_VOTERS) proposed = true;
  }
  if (proposed && (d.percent || currency || frame.family === 'percent')) addPart(frame, 'proposed');
  // "the total at the morgue was 550", "the figure from the hospital morgue: at least 900 died": the dead
  // counted at one morgue are some of the dead, however many the morgue holds.
  if ((frame.event === 'killed' || (frame.family === null && !d.percent && !currency && !np.measure)) && tokens.some((t) => /^(?:morgue|morgues|mortuary|mortuaries)$/.test(t.lower))) {
    frame.family = frame.family ?? 'people';
    frame.event = 'killed';
    unit = unit ?? 'person';
    addPart(frame, 'at a morgue');
  }
  // "18 of the wounded were in a serious condition": some of the wounded, not all of them; "three of the
  // attackers were shot dead" is what happened to some of them, a quantity of its own.
  if (np.someOf && np.event !== null && frame.event === np.event) addPart(frame, 'subset');
  // "another large quake of magnitude 7.7", "a second 7.6 magnitude tremor": a measure of another of the story's events.
  if (np.measure && /^(?:magnitude|temperature|length|area)$/.test(np.measure.dimension)
    && (tokens.slice(Math.max(0, start - 6), start).some((t) => /^(?:another|second|third|latest|subsequent)$/.test(t.lower))
      // "after the 7.7 and 7.6 magnitude earthquakes": the second of a pair is the other quake.
      || (np.measure.dimension === 'magnitude' && tokens[start - 1]?.lower === 'and' && (tokens[start - 2]?.figure ?? -1) >= 0)
      // "a strong 6.4-magnitude aftershock", "followed by a 6.4-magnitude earthquake 12 minutes later".
      || (np.measure.dimension === 'magnitude' && (/^aftershocks?$/.test(tokens[np.end + 1]?.lower ?? '')
        || tokens.slice(Math.max(0, start - 4), start).some((t, j, a) => t.lower === 'followed' && a[j + 1]?.lower === 'by'))))) {
    frame.part = [...frame.part, 'another'];
  }
  // "the death toll could eventually exceed 10,000": a projection of the toll, not a count of it ("may have died" is one).
  if (frame.event !== null && HUMAN_EVENTS.has(frame.event) && tokens.slice(Math.max(0, start - 6), start).some((t, j, a) => /^(?:could|may|might|would)$/.test(t.lower)
    && a.slice(j + 1).some((x) => /^(?:eventually|exceed|surpass|top|rise|climb|reach|double|triple)$/.test(x.lower)))) {
    addPart(frame, 'forecast');
  }
  // "such storms, which can claim thousands of victims": what a kind of event can do, not what this one did.
  if (tokens.slice(Math.max(0, start - 4), start).some((t, j, a) => t.lower === 'can' && /^(?:claim|kill|cause|affect|leave|displace|injure|reach)$/.test(a[j + 1]?.lower ?? ''))) {
    addPart(frame, 'typical');
  }
  // "11 Turkish provinces": for a count of places, a nationality says where, not which part.
  if (/^(?:province|city|region|district|town|village|state|county|municipality)$/.test(frame.family ?? '') && np.country) {
    frame.place = frame.place ?? np.country;
    frame.part = frame.part.filter((p) => p !== np.country);
  }
  // "a further 10,100 are missing", "four more deaths": more of a toll, not another quantity; more troops are a reinforcement.
  if (!agentive && frame.family !== 'police' && frame.family !== 'workers') frame.part = frame.part.filter((p) => p !== 'additional');
  if (frame.family === 'duration' || (CUED.has(frame.family ?? '') && !frame.event)) {
    const object = np.measure && np.measure.dimension !== 'duration' && np.measure.dimension !== 'age' && !frame.event ? measuredNoun(tokens, fig.first, np.end) : null;
    frame.cues = object ? [object] : readCues(tokens, start, np.end);
  }
  // "By early afternoon the ministry had counted 210,000 demonstrators": a crowd counted before the day was over.
  if (frame.event === 'took part' && tokens.slice(clauseStart, start).some((t, j, a) => t.lower === 'by' && PART_OF_DAY.test(`${a[j + 1]?.lower ?? ''} ${a[j + 2]?.lower ?? ''}`))) {
    addPart(frame, 'partial');
  }
  // "the city's all-time high of 46.9C", "its record of 42.6C": the record, not this reading. "a record pot of £53.5m" is
  // this pot, a record one: the record is named by the noun before "of", not by an adjective on another noun.
  if (tokens[start - 1]?.lower === 'of' && /^(?:record|high|best|low|record-high|peak)$/.test(tokens[start - 2]?.lower ?? '')
    && tokens.slice(Math.max(0, start - 4), start - 1).some((t) => /^(?:record|all-time|record-high)$/.test(t.lower))) {
    addPart(frame, 'record');
  }
  // "38,000 so far this year", "5,900 in the week to Sunday": a running total over a period is not a day's count.
  // Read to the clause's end, past a figure inside it ("6,000 landed on the island of 6,000 residents over the past week").
  // Only where a day's count and a running total stand side by side (arrivals, crowds): a toll is a running total anyway.
  const period = np.measure || currency || d.percent || !PER_PERIOD_EVENTS.has(frame.event ?? '') ? null : readPeriod(tokens, clauseStart, start, tokens.length);
  if (period) addPart(frame, period);
  // "added 254,000 jobs in September", "a revised 159,000 in August": jobs added in a month are that month's, a flow of
  // its own, not a level that moves from month to month.
  if (frame.family === 'jobs' && frame.event !== 'cut' && (d.asOfBasis === 'explicit' || d.asOfBasis === 'context') && d.asOfPrecision === 'month' && d.asOf) {
    addPart(frame, `in ${d.asOf}`);
  }
  const bare = !np.head && !np.measure && !currency && !d.percent && !ev.event && !ev.noun && np.partOf === -1;
  // "400 new cases were reported each day": a count per day; "new" then says no more than the rate does.
  const clauseRate = d.rate === null && frame.family !== 'money' && frame.family !== 'percent' ? readClauseRate(tokens, clauseStart, start, segEnd) : null;
  if (clauseRate) frame.part = frame.part.filter((p) => p !== 'new');
  // "prices rose 3.6 per cent in the year to April" is the inflation rate itself, not a change of it.
  // So is "an ash column rose about 6 km": a height reached, not a rise by 6 km.
  const isChangeRate = d.change !== null && ((d.percent && /^(?:.+ )?inflation$/.test(frame.event ?? '')) || frame.event === 'height');
  // "120 miles per hour" is a speed; its "per hour" is the unit, not a rate of it.
  const isSpeed = measure?.dimension === 'speed';
  // "customers lost $8 billion": money lost is the loss itself, not a fall of some other amount.
  const lostAmount = currency !== null && (frame.event === null || frame.event === 'loss') && d.change === 'decrease' && /^(?:lost|loses|losing|lose)$/.test(tokens[start - 1]?.lower ?? '');
  const draft = isChangeRate || isSpeed || lostAmount ? { ...d, change: isChangeRate || lostAmount ? null : d.change, rate: isSpeed ? null : d.rate } : d;
  const remaining = bare && tokens.slice(Math.max(0, start - 4), start).some((t) => /^(?:leaving|leaves|left)$/.test(t.lower));
  const holder = np.partOf >= 0 ? holderOf(tokens, fig.first) : null;
  const held = holder !== null && frame.part.includes(holder);
  return { d: clauseRate ? { ...draft, rate: clauseRate } : draft, np, start, frame, unit, measure, currency, bare, remaining, held, assumed };
}

/** The place value of a number's last significant digit: 2,170 -> 10; 51.8 -> 0.1; 25,000 -> 1,000. */
function precisionOf(x: number): number {
  const decimals = (String(x).split('.')[1] ?? '').length;
  if (decimals > 0) return 10 ** -decimals;
  const zeros = /0*$/.exec(String(Math.round(Math.abs(x))))?.[0].length ?? 0;
  return x === 0 ? 1 : 10 ** zeros;
}

/** The draft with its frame and the legacy fields (unit, measure, subject, scope) derived from it. */
function finish(r: Reading, attribution: string | null): ClaimDraft {
  const f = { ...r.frame, attribution };
  let compareUnit: string | null = null;
  let compareValue: DraftFrame['compareValue'] = null;
  let compareTolerance = 0;
  if (r.measure) compareUnit = r.measure.base;
  else if (f.family === 'money') compareUnit = r.currency;
  else if (f.family) compareUnit = f.family;
  const minor = f.family === 'money' && r.currency ? MINOR_UNITS[r.currency] : undefined;
  if (minor) {
    const v = intervalOf(r.d);
    const conv = (x: number | null) => (x === null ? null : Number((x / minor.per).toPrecision(12)));
    compareUnit = minor.major;
    compareValue = { low: conv(v.low), high: conv(v.high) };
  } else if (r.measure && (r.measure.factor !== 1 || r.measure.offset)) {
    const v = intervalOf(r.d);
    const conv = (x: number | null) => (x === null ? null : Number(toBase(r.measure as MeasureUnit, x).toPrecision(12)));
    compareValue = { low: conv(v.low), high: conv(v.high) };
    // A figure was rounded where it was written: compared with another unit, it may be off by half its last digit.
    compareTolerance = Number(((precisionOf(r.d.number) / 2) * Math.abs(r.measure.factor)).toPrecision(12));
  }
  const quantity = f.family === 'money' ? 'money' : f.family === 'percent' ? 'percent' : r.measure ? 'measure' : 'count';
  const country = f.part.find((p) => /^[A-Z]/.test(p)) ?? null;
  return {
    ...r.d,
    quantity,
    currency: r.currency,
    unit: r.unit,
    measure: f.family === 'money' ? r.currency : r.measure ? r.measure.base : f.family,
    subject: country ?? (f.place && /^[A-Z]/.test(f.place) ? f.place : null),
    scope: [...new Set([...(f.event ? [f.event] : []), ...f.part.filter((p) => /^[a-z]/.test(p))])].sort(),
    phraseEnd: r.np.end,
    frame: { ...f, compareUnit, compareValue, compareTolerance },
  };
}

/**
 * Reads what each figure means, one sentence at a time: what it counts, what happened to it, where,
 * which part, who says so, and how it is tied to the other figures of its sentence.
 */
export const readFrames: Refiner = (ctx, drafts) => {
  const out = [...drafts];
  const militaryByParagraph = new Map<number, boolean>();
  const military = (offset: number) => {
    const p = findSpanIndex(ctx.paragraphs, offset);
    if (!militaryByParagraph.has(p)) {
      const span = ctx.paragraphs[p];
      militaryByParagraph.set(p, span ? isMilitaryContext(ctx.text.slice(span.start, span.end)) : false);
    }
    return militaryByParagraph.get(p) as boolean;
  };
  const cues = readArticleCues(ctx.text);
  let lastNamed: Reading | null = null;
  let lastNamedDraft = -1;
  for (const view of buildSentenceViews(ctx.text, drafts)) {
    const article: ArticleCues = { ...cues, military: military(view.span.start) };
    const readings = view.figures.map((_f, k) => readOne(view, k, drafts, article));

    const inputs: LinkInput[] = readings.map((r, k) => ({ fig: view.figures[k] as LinkInput['fig'], npEnd: r.np.end, start: r.start, kind: kindOf(r), bare: r.bare, partOf: r.np.partOf, asOf: r.d.asOf, family: r.frame.family, hasEvent: r.frame.event !== null && !r.assumed, event: r.assumed ? null : r.frame.event, unit: r.unit, place: r.frame.place, part: r.frame.part, noNoun: r.np.head === null && !r.measure && !r.currency, nounEvent: r.np.event !== null && r.np.event === r.frame.event }));
    const links = linkFigures(view.tokens as Token[], inputs);
    // Links point backwards except "from 115 to 97", where the first figure takes the second's frame: two passes.
    for (const pass of [0, 1]) {
      links.forEach((link, k) => {
        if (!link || (pass === 0) !== (link.to < k)) return;
        const from = readings[link.to] as Reading;
        const r = readings[k] as Reading;
        // "Five soldiers and two civilians were killed": the shared verb says what the soldiers' assumed event does not.
        if (r.assumed && link.kind === 'elided' && from.frame.event !== null && !from.assumed) r.frame.event = null;
        inherit(r, from, link, view.figures[link.to]?.draft as number);
      });
    }
    shareAcrossFigures(view, readings, links, lastNamed);
    // "Police have confirmed 119 dead. The death toll was initially put at 60": the first report of the count named before.
    readings.forEach((r) => {
      if (lastNamed && !r.frame.link && reportedAtFirst(view.tokens as Token[], r.start) && r.frame.family === lastNamed.frame.family && r.frame.event === lastNamed.frame.event && kindOf(r) === kindOf(lastNamed)) {
        r.frame.link = { draft: lastNamedDraft, kind: 'earlier' };
      }
    });
    // "210 million viewers, nearly 2/3 of Americans": a fraction is a share of people, never a count of them.
    for (const r of readings) {
      if (r.d.number > 0 && r.d.number < 1 && r.d.rangeHigh === null && kindOf(r) === 'count' && r.np.head === null && r.np.partOf === -1 && r.frame.link?.kind !== 'part-of' && r.frame.family !== null) {
        r.frame = { ...r.frame, family: null, event: null };
        r.unit = null;
      }
    }
    // The sentence's main count, said first ("2,800 people had been evacuated from four villages"), is what a later
    // "the true number" means; a count without an event is taken only when no figure names one.
    let main = readings.findIndex((r) => r.frame.family !== null && r.frame.event !== null);
    for (let k = readings.length - 1; main < 0 && k >= 0; k--) if (readings[k]?.frame.family !== null && kindOf(readings[k] as Reading) === 'count') main = k;
    if (main >= 0) {
      lastNamed = readings[main] as Reading;
      lastNamedDraft = view.figures[main]?.draft as number;
    }
    readings.forEach((r, k) => {
      const first = view.figures[k]?.first ?? 0;
      out[view.figures[k]?.draft as number] = finish(r, readCounter(view.tokens as Token[], r.start, view.figures[k]?.last ?? 0) ?? readAttribution(view.tokens as Token[], first));
    });
  }
  return out;
};
