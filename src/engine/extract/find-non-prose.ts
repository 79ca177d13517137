import type { Span } from '../types';

/** Where a run of text that is not prose may be: a scheme, "www.", a domain with a path, a query, an "@" or a backtick. */
// A query string on its own ("?RQT=305&SQ=12") is part of an address too.
const MARKER = /:\/\/|\bwww\.|\.(?:com|org|net|gov|edu|int|io|uk|de|fr|eu|info|ly|me)\/|[?&][A-Za-z_]\w*=|@|`/gi;

const isSpace = (c: string | undefined) => c === undefined || /\s/.test(c);

/** The run of non-space characters around `at`, without trailing sentence punctuation. */
function runAround(text: string, at: number): Span {
  let start = at;
  let end = at;
  while (start > 0 && !isSpace(text[start - 1]) && !'<("\''.includes(text[start - 1] as string)) start--;
  while (end < text.length && !isSpace(text[end]) && !'>)"'.includes(text[end] as string)) end++;
  while (end > start && /[.,;:!?']/.test(text[end - 1] ?? '')) end--;
  return { start, end };
}

/**
 * Spans of an article that are not prose, so no figure is read inside them: web addresses
 * ("https://example.com/a?id=305", "www.site.org/2024/report"), e-mail addresses ("desk2024@paper.com"),
 * domains with a path ("bbc.co.uk/news/123"), handles ("@user42") and code between backticks ("`retry(3)`").
 * Sorted and disjoint.
 * e.g. "See https://x.com/a?RQT=305 now." -> [{ start: 4, end: 26 }].
 */
export function findNonProse(text: string): Span[] {
  const spans: Span[] = [];
  MARKER.lastIndex = 0;
  for (let m = MARKER.exec(text); m; m = MARKER.exec(text)) {
    if (m[0] === '`') {
      const close = text.indexOf('`', m.index + 1);
      const line = text.indexOf('\n', m.index);
      if (close > 0 && (line < 0 || close < line)) {
        spans.push({ start: m.index, end: close + 1 });
        MARKER.lastIndex = close + 1;
      }
      continue;
    }
    // "@" alone between spaces ("2 @ $5") is not an address.
    if (m[0] === '@' && isSpace(text[m.index + 1])) continue;
    const run = runAround(text, m.index);
    spans.push(run);
    MARKER.lastIndex = Math.max(MARKER.lastIndex, run.end);
  }
  return spans;
}
