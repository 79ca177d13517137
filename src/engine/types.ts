/**
 * @module engine/types
 * The engine's public data model. Everything here is plain, JSON-serializable data:
 * the server stores it, the UI renders it, the CLI writes it, the scorer reads it.
 * Offsets are UTF-16 code-unit offsets into `Source.text`, end exclusive.
 */

/** How the text qualifies a figure. `range` is "180 to 200", "between 5 and 10". */
export type Qualifier = 'exact' | 'about' | 'more-than' | 'less-than' | 'at-least' | 'up-to' | 'range';

/** The interval the text asserts; `null` is an open side ("more than 4,500" is { low: 4500, high: null }). */
export interface Interval {
  low: number | null;
  high: number | null;
}

/** How precise a date is: "2024", "2024-03", "2024-03-21". */
export type DatePrecision = 'year' | 'month' | 'day';

/** Where a claim's as-of date came from. */
export type AsOfBasis =
  | 'explicit' // a time expression in the clause: "in June 2003", "on 21 March"
  | 'context' // a time expression earlier in the sentence or paragraph: "By early 2002, ..."
  | 'article-date' // "today", "now", "currently", or nothing: the article's own date
  | 'unknown'; // no time expression and no article date

/** A figure stated as a change ("rose 19 cents", "up 20%", "doubled", "fell by half"): which way it went. */
export type ChangeKind = 'increase' | 'decrease';

/** What sort of quantity a figure is. */
export type QuantityKind = 'count' | 'percent' | 'money' | 'measure';

/** How a figure is tied to another figure of its sentence. */
export type LinkKind =
  | 'conversion' // "3 billion francs ($3.2bn)": the same amount in another unit
  | 'restated' // "while organisers claimed 30,000", "then to 17,500": the same quantity by another source or at a later time
  | 'earlier' // "up from 41", "from 115 to 97", "instead of 11,300": the value the same quantity had before
  | 'part-of'; // "630 of them", "76 of the 574": a part of the other figure

/**
 * What a figure means, one field per question a reviewer asks. The refiners fill it from the text; the
 * grouping stage reads only this (and the value and date), never the text.
 */
export interface ClaimFrame {
  /** What is counted or measured, as a family: "people", "troops", "buildings", "money", "temperature", "duration"… */
  family: string | null;
  /** What happened to it, or what it is: "killed", "injured", "took part", "deployed", "price"…; null when unsaid. */
  event: string | null;
  /** An estimate or forecast ("feared", "expected", "could reach"): it still joins the quantity it estimates. */
  estimate: boolean;
  /** Where: a place ("Turkey", "derna"), "all" for a total over several places, "elsewhere"; null when unsaid. */
  place: string | null;
  /** Which part of the whole, sorted: a nationality ("Egypt"), a subset ("unregistered", "additional"); [] for the whole. */
  part: string[];
  /** Who gives the figure ("police", "organisers", "the health ministry"): shown to reviewers, never a reason to split. */
  attribution: string | null;
  /** The year of another, earlier event the figure is about ("killing more than 17,000" in 1999); null for the story's own. */
  otherEvent: string | null;
  /** The figure this one converts, restates or is a part of, by claim id. */
  link: { claimId: string; kind: LinkKind } | null;
  /** Content words next to the figure, stemmed: what a percentage, a duration or an unnamed amount is about. */
  cues: string[];
  /** The unit values are compared in ("person", "USD", "celsius", "day"), and the value in it. */
  compareUnit: string | null;
  compareValue: Interval | null;
  /** Half the last written digit, in the compared unit: "125 Fahrenheit" may be 124.5-125.5 °F when compared with °C. */
  compareTolerance: number;
}

/** One article as given to the engine (already parsed from Markdown/HTML/text). */
export interface ArticleInput {
  /** File name or other stable name; shown to users and used by the scorer. */
  file: string;
  title: string;
  outlet: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD, or null when unknown. */
  published: string | null;
  url: string | null;
  /** The body text that claim offsets index. */
  text: string;
}

export interface Source extends ArticleInput {
  /** Derived from the content (title, outlet, published, text), so it is stable across runs. */
  id: string;
}

export interface Span {
  start: number;
  end: number;
}

export interface Claim {
  /** Derived from the source id and the figure's span: stable across re-analysis of the same text. */
  id: string;
  sourceId: string;
  /** The figure's span in the source text (the qualifier and unit may be inside it). */
  start: number;
  end: number;
  /** `text.slice(start, end)`. */
  surface: string;
  /** The number as written, before qualifiers ("more than 4,500" -> 4500; a range gives its low end). */
  number: number;
  value: Interval;
  qualifier: Qualifier;
  /** The qualifier words as written ("more than", "some"), or null. */
  qualifierText: string | null;
  quantity: QuantityKind;
  /** What is counted or measured, singular and lower case ("soldier", "country", "euro per day"), or null. */
  unit: string | null;
  /** The unit's family, so that synonyms group together ("soldier", "troop", "personnel" -> "troops"). */
  measure: string | null;
  /** Whom or what the figure is about ("Bulgaria", "KFOR"), or null. */
  subject: string | null;
  /** The figure states a change, not a level ("rose 19 cents" is an increase of 19 cents); null for a level. */
  change: ChangeKind | null;
  /** What the figure is per ("€120 per day" -> "day", "$3 a share" -> "share", "per capita" -> "capita"), or null. */
  rate: string | null;
  /** Words that change what is counted: "additional", "killed", "injured", "per day", "northern". Sorted, lower case. */
  scope: string[];
  /** When the figure held: YYYY, YYYY-MM or YYYY-MM-DD, or null. */
  asOf: string | null;
  asOfPrecision: DatePrecision | null;
  /** The time expression as written ("by the end of 2003"), or null. */
  asOfText: string | null;
  asOfBasis: AsOfBasis;
  /** The sentence holding the figure: the quote shown to reviewers. */
  sentence: Span;
  quote: string;
  /** What the figure means: what is counted, what happened to it, where, which part, who says so. */
  frame: ClaimFrame;
}

export type Assessment = 'consistent' | 'conflict' | 'changed-over-time' | 'single-source';

/** Two sources whose text is largely the same (wire copy, syndication, copy-paste). */
export interface CopyLink {
  /** The later (or, on a tie, the second by id) source. */
  sourceId: string;
  /** The source it copies. */
  copyOfId: string;
  /** Share of the copying source's sentences found near-identical in the other, 0..1. */
  similarity: number;
}

export interface Fact {
  /** Derived from the fact's key and its claims, stable when the text does not change. */
  id: string;
  /** What the fact measures, as a key: measure | subject | scope. Used to re-attach reviews. */
  key: string;
  /** A label a person understands: "Bulgaria: soldiers", "KFOR: troops (additional)". */
  label: string;
  measure: string | null;
  unit: string | null;
  subject: string | null;
  scope: string[];
  claimIds: string[];
  sourceIds: string[];
  /** Sources after folding copies into their originals. */
  independentSourceCount: number;
  assessment: Assessment;
  /** One or two sentences a reviewer reads at a glance: "100 (European Western Balkans, March 2024) vs 120 (December 2024), nine months apart". */
  explanation: string;
}

export interface ArticleError {
  file: string;
  message: string;
}

export interface Analysis {
  engineVersion: string;
  sources: Source[];
  claims: Claim[];
  facts: Fact[];
  copies: CopyLink[];
}
