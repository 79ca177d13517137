import { COUNTRY_BY_NAME, MULTIWORD_COUNTRY_NAMES } from '../lexicon/countries';

/** A named subject in a sentence: a country (or its demonym) or an organisation's acronym. */
export interface Entity {
  start: number;
  end: number;
  name: string;
  /** A country or acronym names a subject reliably; a capitalised multi-word name may be a person. */
  kind: 'country' | 'acronym' | 'name';
}

const MULTIWORD_NAME = /(?<![\p{L}])\p{Lu}[\p{Ll}’'-]+(?:\s+(?:of\s+|for\s+)?\p{Lu}[\p{Ll}’'-]+)+/gu;
/** Capitalised words that make a phrase a date or a sentence opening, not a name. */
const NOT_NAME_WORDS = new Set(
  'January February March April May June July August September October November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday I We He She They It'.split(' '),
);
const CAPITALIZED = /\b[A-Z][A-Za-z]*(?:[/&][A-Z]+)*\b/g;
/** All-caps words that are titles or abbreviations, not subjects. */
const NOT_SUBJECTS = new Set('PM MP CEO TV AM PM OK ID VIP GDP USD EUR GBP PR HQ II III IV COVID AI IT'.split(' '));

/**
 * Countries, demonyms (as their country) and acronyms in `text` between `from` and `to`, in order.
 * e.g. "Bulgarian soldiers joined KFOR" -> [Bulgaria, KFOR].
 */
export function findEntities(text: string, from: number, to: number): Entity[] {
  const slice = text.slice(from, to);
  const lower = slice.toLowerCase();
  const entities: Entity[] = [];
  const taken: Array<[number, number]> = [];
  for (const name of MULTIWORD_COUNTRY_NAMES) {
    let at = lower.indexOf(name);
    while (at >= 0) {
      if (/^[A-Z]/.test(slice[at] ?? '') && !/[a-z]/i.test(slice[at + name.length] ?? '')) {
        entities.push({ start: from + at, end: from + at + name.length, name: COUNTRY_BY_NAME.get(name) ?? name, kind: 'country' });
        taken.push([at, at + name.length]);
      }
      at = lower.indexOf(name, at + name.length);
    }
  }
  CAPITALIZED.lastIndex = 0;
  for (let m = CAPITALIZED.exec(slice); m; m = CAPITALIZED.exec(slice)) {
    const s = m.index;
    if (taken.some(([a, b]) => s >= a && s < b)) continue;
    const word = m[0];
    const country = COUNTRY_BY_NAME.get(word.toLowerCase());
    if (country) entities.push({ start: from + s, end: from + s + word.length, name: country, kind: 'country' });
    else if (/^[A-Z][A-Z0-9/&]+$/.test(word) && /[A-Z].*[A-Z]/.test(word) && !NOT_SUBJECTS.has(word)) {
      entities.push({ start: from + s, end: from + s + word.length, name: word, kind: 'acronym' });
    }
  }
  // Multi-word capitalised names ("World Bank", "Ministry of Health") that no country or acronym covers.
  MULTIWORD_NAME.lastIndex = 0;
  for (let m = MULTIWORD_NAME.exec(slice); m; m = MULTIWORD_NAME.exec(slice)) {
    let start = m.index;
    let name = m[0];
    const lead = /^(?:The|A|An|This|That|Its|In|On|At|By|For|And|But|As|After|With|Some)\s+/.exec(name);
    if (lead) {
      start += lead[0].length;
      name = name.slice(lead[0].length);
    }
    const words = name.split(/\s+/).filter((w) => /^[A-Z]/.test(w));
    if (words.length < 2 || words.some((w) => COUNTRY_BY_NAME.has(w.toLowerCase()) || NOT_NAME_WORDS.has(w))) continue;
    if (entities.some((e) => e.start < from + start + name.length && from + start < e.end)) continue;
    entities.push({ start: from + start, end: from + start + name.length, name, kind: 'name' });
  }
  return entities.sort((a, b) => a.start - b.start);
}
