import { monthNumber } from '../dates/calendar';
import type { ClaimDraft, ExtractContext, Refiner } from '../extract/draft';
import { COUNTRY_BY_NAME } from '../lexicon/countries';
import { looksPlural } from '../lexicon/nouns';

/** Words in capitals that are still function words ("MORE THAN $68 billion"), not the name a number belongs to. */
const FUNCTION_WORDS = new Set('than more over about around some nearly almost to at of and or the a an by for from with under up as least'.split(' '));

/** Units written before their number ("Magnitude 7.8"): a capital there does not make the number a name. */
const UNIT_BEFORE = /^(?:magnitude|level|grade|category|force)$/;

/** Words after which a number names or numbers something instead of counting it. */
const NAMING_WORDS = new Set(
  ('resolution article section chapter page paragraph clause rule no no. nr number route flight room line platform phase interstate ' +
    'version v ios android windows model series season episode volume vol issue item point highway road bus channel gate ' +
    'terminal row rows seat gates apartment unit block district zone sector box code act law bill decree protocol regulation directive ' +
    'category stage tier class size grade level mark type batch lot case file ref reference id pin account tel phone fax ' +
    'ext extension pm hour minute chapter verse psalm exhibit figure table appendix annex amendment').split(' '),
);
const PHONE = /\+\d{1,3}[\s.-]\(?\d{1,4}\)?[\s.-]\d{2,4}(?:[\s./-]\d{2,4})*|\+?\(?\d{2,4}\)?[\s.-]\d{3,4}[\s.-]\d{3,4}(?:[\s.-]\d{2,4})?/g;
/** "20 000 000": thousands grouped by spaces, which the phone pattern would otherwise take for a number to call. */
const SPACE_GROUPED = /^\d{1,3}(?: \d{3})+$/;
/** A year before these nouns is the year they are of ("1988 sales", "2024 elections"), not a count of them. */
const YEAR_NOUNS = new Set('sales earnings results elections profits revenues budgets figures levels prices games olympics accounts forecasts estimates rates returns exports imports shipments deliveries holidays protests floods fires editions seasons tournaments championships champions winners finals singles doubles campaigns'.split(' '));

/** "1111-22223333-4444", "978-3-16-148410-0": three or more digit groups joined by hyphens are an account or a code. */
const CODE_CHAIN = /\d+(?:[-‐]\d+){2,}/g;

function inPhoneNumber(ctx: ExtractContext, d: ClaimDraft): boolean {
  const from = Math.max(0, d.start - 20);
  const window = ctx.text.slice(from, d.end + 20);
  CODE_CHAIN.lastIndex = 0;
  for (let m = CODE_CHAIN.exec(window); m; m = CODE_CHAIN.exec(window)) {
    if (from + m.index <= d.start && from + m.index + m[0].length >= d.end) return true;
  }
  PHONE.lastIndex = 0;
  for (let m = PHONE.exec(window); m; m = PHONE.exec(window)) {
    const s = from + m.index;
    const international = m[0].startsWith('+');
    if (s <= d.start && s + m[0].length >= d.end && (international || (/[\s.-]\d{3,4}[\s.-]\d/.test(m[0]) && !SPACE_GROUPED.test(m[0])))) return true;
  }
  return false;
}

/** "1) explains …", "(2) cautions …", "3." at the start of a line: the number of an item in a list. */
function isListMarker(ctx: ExtractContext, d: ClaimDraft): boolean {
  if (d.written !== 'digits' || !Number.isInteger(d.number) || d.number > 30 || d.currency || d.percent) return false;
  const next = ctx.text[d.end];
  if (next === ')') {
    const before = ctx.text.slice(Math.max(d.sentence.start, d.start - 40), d.start);
    // "Spain (62), Portugal (22) and Italy (11)": a count given in brackets after a name is no list marker.
    if (/[A-Za-z]{2,}\s*\(\s*$/.test(before) && /[A-Z][a-z]+\s*\(\s*$/.test(before)) return false;
    return !before.includes('(') || /\(\s*$/.test(before);
  }
  return next === '.' && /\s/.test(ctx.text[d.end + 1] ?? '') && /(?:^|\n)[ \t]*$/.test(ctx.text.slice(Math.max(0, d.start - 8), d.start));
}

const STREET = /^\s+(?:[A-Z][a-z]+\s+){1,3}(?:Street|St|Road|Rd|Avenue|Ave|Lane|Drive|Boulevard|Square|Place|Terrace|Way)\b/;

/** "10 Downing Street" is an address; "at 10.30" (British for half past ten) is a time of day. */
function isAddressOrClock(ctx: ExtractContext, d: ClaimDraft): boolean {
  if (d.written !== 'digits' || d.currency || d.percent) return false;
  const raw = ctx.text.slice(d.start, d.end);
  if (/^\d{1,4}$/.test(raw) && STREET.test(ctx.text.slice(d.end, d.end + 48))) return true;
  return /^(?:[01]?\d|2[0-3])\.[0-5]\d$/.test(raw) && /\b(?:at|by|until|till|before|after|from|since|around|about)\s+$/i.test(ctx.text.slice(Math.max(d.sentence.start, d.start - 8), d.start))
    && !/^\s*(?:[a-z]+\s+)?(?:per|a|an)\s/i.test(ctx.text.slice(d.end, d.end + 16));
}

function inTimeExpression(ctx: ExtractContext, d: ClaimDraft): boolean {
  return ctx.times.some((t) => t.start < d.end && d.start < t.end);
}

/** "Spain has recorded 62 deaths, Portugal 22 and Italy 11": a country and its number in a list after a figure. */
function isListedCountry(ctx: ExtractContext, d: ClaimDraft, word: string): boolean {
  const before = ctx.text.slice(d.sentence.start, d.start);
  // "…, in Japan 389,000": the place may keep its preposition.
  if (COUNTRY_BY_NAME.has(word)) return /(?:,|;|\band|\bwhile|\bwith)\s+(?:in\s+)?[A-Z][A-Za-z]*(?:\s+[A-Z][A-Za-z]*)?\s*$/.test(before) && /\d/.test(before);
  // "The People's Party took 118 seats and the far-right Homeland 41.": any name in a list whose first entry says
  // what is counted, when the figure ends its clause.
  const ends = /^\s*(?:[.,;]|and\b|$)/.test(ctx.text.slice(d.end, d.end + 5));
  return ends && /(?:,|;|\band|\bwhile)\s+(?:the\s+)?(?:[a-z-]+\s+)?[A-Z][A-Za-z'’]*(?:\s+[A-Z][A-Za-z'’]*){0,2}\s*$/.test(before)
    && /\d[\d,.]*\s+[a-z]+s\b/.test(before);
}

/** The word right before the figure, lower case, with a trailing full stop kept ("no."). */
function previousWord(ctx: ExtractContext, d: ClaimDraft): { word: string; capitalized: boolean; sentenceStart: boolean } {
  const before = ctx.text.slice(Math.max(d.sentence.start, d.start - 30), d.start);
  const m = /([A-Za-z][A-Za-z.]*)\s*$/.exec(before);
  if (!m) return { word: '', capitalized: false, sentenceStart: true };
  const rest = before.slice(0, m.index).trim();
  // "iPhone 15", "eBay 3": a capital inside the word makes it a name as much as a capital in front.
  return { word: m[1].toLowerCase(), capitalized: /^[A-Z]|^[a-z]+[A-Z]/.test(m[1]), sentenceStart: rest === '' && d.start - 30 <= d.sentence.start };
}

function nextWord(ctx: ExtractContext, d: ClaimDraft): string {
  return /^\s*([A-Za-z][A-Za-z'’-]*)/.exec(ctx.text.slice(d.end, d.end + 30))?.[1] ?? '';
}

/**
 * Drops numbers that do not count or measure anything: years ("in 2008"), dates and days ("21 March"),
 * times, ordinals, phone numbers, numbers naming a thing ("Resolution 1244", "Boeing 737", "page 5"),
 * footnote markers ("[3]") and pronoun "one" ("no one", "one of the"). Ages ("a 45-year-old man") are figures:
 * which of them join facts is the grouping stage's decision.
 */
export const rejectNonFigures: Refiner = (ctx, drafts) =>
  drafts.filter((d) => {
    if (inTimeExpression(ctx, d)) return false;
    const raw = ctx.text.slice(d.start, d.end);
    const prev = previousWord(ctx, d);
    const next = nextWord(ctx, d);
    if (d.written === 'digits' && !d.currency && !d.percent && /^\d{4}$/.test(raw) && d.number >= 1800 && d.number <= 2100) {
      const nextLower = next.toLowerCase();
      if (!next || next !== nextLower || !/s$/.test(nextLower) || monthNumber(next) > 0 || YEAR_NOUNS.has(nextLower)) return false;
    }
    if (NAMING_WORDS.has(prev.word) && !d.currency) return false;
    // "seats 26A and 26B": a code in a list of codes, not 26 billion.
    if (!d.currency && /^\d+[A-Z]$/.test(raw) && /\b\d+[A-Z]\s*(?:,|and|or|&)\s*$/.test(ctx.text.slice(Math.max(d.sentence.start, d.start - 16), d.start))) return false;
    // "every six months": how often, not how much.
    if (prev.word === 'every') return false;
    // "Hajj 922 pilgrims" counts pilgrims; "MAX 9 was grounded" names a model ("was" is no plural noun).
    // "In Bavaria 40 people died": "people", "children", "men" are plural as much as "pilgrims".
    const pluralNext = /^[a-z]+$/.test(next) && (/s$/.test(next) || looksPlural(next)) && !/^(?:was|has|is|does|its|this|thus|plus|as|us|yes|his|hers|ours|theirs|always|perhaps|across|unless|whereas)$/.test(next);
    if (prev.capitalized && !prev.sentenceStart && !FUNCTION_WORDS.has(prev.word) && d.written === 'digits' && !d.currency && monthNumber(prev.word) === 0 && !pluralNext && !UNIT_BEFORE.test(prev.word)
      && !isListedCountry(ctx, d, prev.word)) {
      return false;
    }
    if (ctx.text[d.start - 1] === '[' && ctx.text[d.end] === ']') return false;
    // "a Boeing 737-800", "an Airbus A320-200": the variant of a model number is part of the name.
    if (d.written === 'digits' && /\b[A-Z][A-Za-z]+\s+[A-Z]?\d+-$/.test(ctx.text.slice(Math.max(0, d.start - 24), d.start))) return false;
    if (isAddressOrClock(ctx, d)) return false;
    // "737 MAX 9", "A 320 NEO": a number before a name in capitals that is not followed by what it counts.
    const capsName = d.written === 'digits' && !d.currency && !d.percent ? /^\s+[A-Z]{2,}\s+(\d|[a-z]+)/.exec(ctx.text.slice(d.end, d.end + 40)) : null;
    if (capsName && (capsName[1] === undefined || /^\d/.test(capsName[1]) || !looksPlural(capsName[1]))) return false;
    if (isListMarker(ctx, d)) return false;
    if (d.written === 'digits' && inPhoneNumber(ctx, d)) return false;
    // "Formula One", "Air Force One", "Channel Four": a number word in capitals after a name is part of it.
    if (d.written === 'words' && /^[A-Z]/.test(ctx.text[d.start] ?? '') && prev.capitalized && !prev.sentenceStart && !FUNCTION_WORDS.has(prev.word)) return false;
    if (d.written === 'words' && d.number === 1) {
      // "confirmed that one person had died", "only one person survived": a count when a noun follows.
      const counted = /^(?:that|only)$/.test(prev.word) && /^(?:person|man|woman|child|boy|girl|soldier|officer|worker|passenger|patient|student|victim|body|case|death|home|house|building|vehicle|car|plane|flight|ship|boat)\b/i.test(next);
      if (/^of\b/i.test(next) || (/^(?:no|any|every|the|this|that|which|each|someone|anyone|only)$/.test(prev.word) && !counted)) return false;
      // "one another", "at one point", "one thing", "on the one hand": a pronoun or a turn of phrase.
      if (/^(?:another|point|thing|way|hand|reason|side|such|day|morning|evening|night|afternoon|time)$/i.test(next) && ctx.text[d.end] !== '-') return false;
      // "a series of earthquakes, with one measuring 6.3": one of those named before, not a count.
      if (/^(?:with|and|but)$/.test(prev.word) && /^(?:measuring|being|reaching|registering|recording|described|said|reported|killed)$/i.test(next)) return false;
    }
    return true;
  });
