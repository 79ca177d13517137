import type { Span } from '../types';

const ABBREVIATIONS = new Set(
  'mr mrs ms dr prof st gen maj lt col sgt capt cpl adm gov sen rep pres jr sr inc ltd co corp no vs etc approx est fig dept univ jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n e.g i.e a.m p.m'.split(' '),
);

/**
 * Sentence spans of a text, in order, trimmed of surrounding white space. A line break always ends a
 * sentence (headlines, bullets and captions carry no full stop); ". " ends one unless the word before
 * is an abbreviation ("Mr.", "U.S.") or the next character is lower case.
 * e.g. "Mr. Smith left. Then 3 came." -> two spans.
 */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s] ?? '')) s++;
    while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
    if (e > s) spans.push({ start: s, end: e });
  };
  const boundary = /\n|[.!?…]+["'”’»)]*(?=\s)/g;
  for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
    const end = m.index + m[0].length;
    if (m[0] !== '\n') {
      const before = text.slice(Math.max(start, m.index - 12), m.index);
      const word = /([A-Za-z.]+)$/.exec(before)?.[1]?.toLowerCase() ?? '';
      // "J. Smith" is an initial; "reached 45.9C. In Andalusia" is a unit after a figure.
      const initial = /^[a-z]$/.test(word) && !/\d[A-Za-z]$/.test(before);
      if (m[0] === '.' && (ABBREVIATIONS.has(word) || initial)) continue;
      const next = /\S/.exec(text.slice(end, end + 4))?.[0] ?? '';
      if (next && /[a-z]/.test(next)) continue;
    }
    push(end);
    start = end;
  }
  push(text.length);
  return spans;
}

/** Paragraph spans: runs of text separated by a blank line or a line break. */
export function splitParagraphs(text: string): Span[] {
  const spans: Span[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].trim()) spans.push({ start: m.index, end: m.index + m[0].length });
  }
  return spans;
}

/** Index of the span containing `offset` (binary search over sorted, disjoint spans), or -1. */
export function findSpanIndex(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid] as Span;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
