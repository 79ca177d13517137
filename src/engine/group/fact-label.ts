import { MONTHS } from '../dates/calendar';
import { PERIOD_PHRASES } from '../frame/read-period';
import { DEMONYM_OF } from '../lexicon/countries';
import { CURRENCY_NAMES } from '../lexicon/currencies';
import { NOUN_EVENTS } from '../lexicon/events';
import { kindName, singularize } from '../lexicon/nouns';
import type { Claim } from '../types';

import { pluralize } from './format-value';

/** How an event reads after the counted noun: "people killed", "protesters taking part". */
const EVENT_PHRASES: Record<string, string> = {
  killed: 'killed', injured: 'injured', hospitalised: 'in hospital', missing: 'missing', rescued: 'rescued', displaced: 'displaced',
  evacuated: 'evacuated', sheltered: 'in shelters', arrested: 'arrested', deployed: 'deployed', 'took part': 'taking part',
  destroyed: 'destroyed or damaged', affected: 'affected', identified: 'identified', cut: 'cut', population: 'living there (population)',
  critical: 'in critical condition', 'found safe': 'found safe', 'on board': 'on board', arrived: 'arriving', transferred: 'transferred', capacity: '(capacity)',
};
const FAMILY_NOUNS: Record<string, string> = { people: 'people', troops: 'troops', countries: 'countries', buildings: 'buildings', jobs: 'jobs', workers: 'workers', police: 'police officers' };

const mostCommon = (values: Array<string | null>): string | null => {
  const counts = new Map<string, number>();
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? null;
};

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function placePhrase(place: string | null): string {
  if (!place) return '';
  if (place === 'all') return ' (all places together)';
  if (place === 'elsewhere') return ' elsewhere';
  // Names were lower-cased to compare them ("al muaisem"); kinds of area ("government-held areas") stay as they are.
  if (/ areas$/.test(place)) return ` in ${place}`;
  return ` in ${/^[a-z]/.test(place) ? place.replace(/(^|\s)[a-z]/g, (m) => m.toUpperCase()) : place}`;
}

/** What is counted, in words: the members' most common noun when they agree on the family, else the family. */
function countedNoun(members: Claim[], family: string): string {
  const unit = mostCommon(members.map((c) => c.unit));
  if (unit && unit !== 'person' && !/^(?:death|fatality|body|victim|casualty|life|mortality|individual|dead|other|injured|missing)$/.test(unit)) return pluralize(unit);
  return FAMILY_NOUNS[family] ?? pluralize(unit ?? family);
}

/**
 * A label a reviewer understands without opening the fact, built from what its claims mean.
 * e.g. "People killed in Turkey", "Egyptian pilgrims killed", "Bulgarian soldiers deployed", "Price: Swiss francs, US dollars".
 */
/** How an event's name reads after what happened in it: "killed in the earthquake", "displaced by the flood". */
const EVENT_PREPOSITIONS: Record<string, string> = {
  killed: 'in', injured: 'in', missing: 'in', rescued: 'in', 'took part': 'in', displaced: 'by', destroyed: 'by', affected: 'by',
  evacuated: 'after', sheltered: 'after', hospitalised: 'after', arrested: 'after',
};

/** "Cases per day", "Amount: euros per day": a rate says so, or the reviewer reads a total. */
const perPhrase = (c: Claim) => (c.rate ? ` per ${c.rate}` : '');

const SUFFIX_PARTS: Readonly<Record<string, string>> = {
  subset: ' (a part of another figure)', partial: ' (a partial count)', except: ' (all but some)', needed: ' (needed)', forecast: ' (forecast)', target: ' (target)', proposed: ' (proposed)', typical: ' (what such events can do)', 'at a morgue': ' (counted at a morgue)', ...PERIOD_PHRASES,
};

/** "in 2024-08" (jobs added in a month) -> " (August 2024)". */
function suffixOf(part: string): string {
  const month = /^in (\d{4})-(\d{2})$/.exec(part);
  if (month) return ` (${capitalize(MONTHS[Number(month[2]) - 1] ?? '')} ${month[1]})`;
  // "People freed by Russia": who freed them, after what happened.
  if (part.startsWith('by ')) return ` ${part}`;
  return SUFFIX_PARTS[part] ?? '';
}

export function labelFact(members: Claim[], storyEvent: string | null = null): string {
  const first = members[0] as Claim;
  const { family, event, place, part, otherEvent } = first.frame;
  if (!family) return first.unit ?? 'Figure';
  const country = part.find((p) => /^[A-Z]/.test(p));
  const modifiers = [...part.filter((p) => /^[a-z]/.test(p) && !suffixOf(p)), ...(country ? [DEMONYM_OF.get(country) ?? country] : [])];
  const other = otherEvent ? ` (another event, ${otherEvent})` : '';
  // "Partial people killed" reads wrong: such parts say what kind of count it is, after the noun.
  const subset = part.map(suffixOf).join('');
  if (first.quantity !== 'count') {
    // "a 70-year-old man" is an age in years: the person is not the unit.
    const unitOf = (c: Claim) => (family === 'money' ? CURRENCY_NAMES[c.frame.compareUnit ?? ''] ?? c.unit : family === 'age' ? 'year' : c.unit);
    const units = [...new Set(members.map(unitOf).filter(Boolean))].map((u) => pluralize(u as string));
    const familyWord = family === 'percent' ? 'share' : family === 'money' ? 'amount' : family;
    // "Area destroyed or damaged: acres", not "Destroyed: acres": an event that is a verb needs what it happened to.
    const what = event && EVENT_PHRASES[event] ? `${capitalize(familyWord)} ${EVENT_PHRASES[event]}` : capitalize(event ?? familyWord);
    // "Magnitude" says it all; "Duration: hours" and "Price: Swiss francs, US dollars" name the units.
    const inUnits = family === 'percent' ? ' (%)' : units.length === 1 && units[0] === pluralize(family) ? '' : `: ${units.join(', ')}`;
    return `${what}${modifiers.length ? ` (${modifiers.join(', ')})` : ''}${inUnits}${perPhrase(first)}${placePhrase(place)}${other}${subset}`;
  }
  // "Egyptians killed" rather than "Egyptian people killed".
  const demonym = country ? DEMONYM_OF.get(country) : undefined;
  const people = demonym && countedNoun(members, family) === 'people' ? (/(?:s|ese|ish|ch)$/.test(demonym) ? demonym : `${demonym}s`) : null;
  const noun = people ?? countedNoun(members, family);
  if (people) modifiers.splice(modifiers.indexOf(demonym as string), 1);
  // "Children killed", not "Child children killed": a part that is the counted noun itself says nothing more.
  const words = noun.split(' ');
  const last = singularize(words[words.length - 1] ?? '');
  // "Pupils killed", not "Student pupils killed": the kind's one name counts as the noun itself.
  const own = new Set([last, kindName(last), [...words.slice(0, -1), last].join(' ')]);
  for (let i = modifiers.length - 1; i >= 0; i--) if (own.has(modifiers[i] as string)) modifiers.splice(i, 1);
  // "Arrests", not "Arrests arrested": a noun that says what happened needs no verb after it.
  const head = noun.split(' ').pop() ?? '';
  const saidByNoun = event !== null && (NOUN_EVENTS.get(head) === event || NOUN_EVENTS.get(singularize(head)) === event);
  const happened = event && !saidByNoun ? ` ${EVENT_PHRASES[event] ?? event}` : '';
  const preposition = EVENT_PREPOSITIONS[event ?? ''];
  // "People killed in the Eaton fire": a place that is itself the event needs no "in the fire".
  const inEvent = storyEvent && !otherEvent && preposition && !(place && place.endsWith(` ${storyEvent}`)) ? ` ${preposition} the ${storyEvent}` : '';
  return `${capitalize([...modifiers, noun].join(' '))}${happened}${perPhrase(first)}${inEvent}${placePhrase(place)}${other}${subset}`;
}
