/**
 * @module eval/locate-figure
 * Finds a gold figure in an analysed text. Gold contexts are cut from the article as published, while the
 * analysed text may have re-flowed whitespace (HTML extraction, line wrapping), so both sides are compared
 * with every run of whitespace folded to one space, and the match is mapped back to the original offsets.
 */

export interface FoldedText {
  /** The text in NFC with each run of whitespace replaced by one space. */
  folded: string;
  /** For each character of `folded`, its offset in the NFC text; one extra entry for the end. */
  offsets: number[];
}

const WHITESPACE = /\s/;

/** e.g. foldWhitespace('a \n b') -> { folded: 'a b', offsets: [0, 1, 4, 5] }. */
export function foldWhitespace(text: string): FoldedText {
  const nfc = text.normalize('NFC');
  const chars: string[] = [];
  const offsets: number[] = [];
  let afterSpace = false;
  for (let i = 0; i < nfc.length; i++) {
    const ch = nfc[i] as string;
    const space = WHITESPACE.test(ch);
    if (space && afterSpace) continue;
    chars.push(space ? ' ' : ch);
    offsets.push(i);
    afterSpace = space;
  }
  offsets.push(nfc.length);
  return { folded: chars.join(''), offsets };
}

/** A gold snippet folded the same way, without its outer spaces. */
export const foldSnippet = (snippet: string): string => foldWhitespace(snippet).folded.trim();

/**
 * Where `surface` (taken inside `context`) sits in a folded text, as [start, end) offsets into the
 * original, or null when the context is not in it. Offsets are into the NFC form of the text, which is
 * the text itself for the already-normalised articles the engine reads. The text is folded once by the
 * caller because every figure of an article is looked up in it.
 * e.g. locateFigure(foldWhitespace('They sent\n300  soldiers.'), 'sent 300 soldiers', '300') -> [10, 13].
 */
export function locateFigure({ folded, offsets }: FoldedText, context: string, surface: string): [number, number] | null {
  const foldedContext = foldSnippet(context);
  const foldedSurface = foldSnippet(surface);
  const at = folded.indexOf(foldedContext);
  if (at < 0) return null;
  const inner = foldedContext.indexOf(foldedSurface);
  if (inner < 0) return null;
  const start = at + inner;
  const end = start + foldedSurface.length;
  return [offsets[start] as number, (offsets[end - 1] as number) + 1];
}
