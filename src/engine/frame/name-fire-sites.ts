import type { ClaimDraft, Refiner } from '../extract/draft';
import { findSpanIndex } from '../text/sentences';

/**
 * A fire named by its place: "the Eaton fire", "The Palisades Fire", "the Camp Fire", or a heading "Palisades fire".
 * Names are capitalised words before "fire"/"blaze" after "the" or at a line's start ("Cal Fire said" is an agency);
 * "the Eaton and Palisades fires" names two at once and so neither.
 */
const NAMED_FIRE = /(?:\b[Tt]he\s+|^)((?:\p{Lu}[\p{L}'’-]*\s+){1,3})(?:fire|Fire|blaze|Blaze|wildfire|Wildfire)\b(?!s)/gmu;
const NOT_NAME = /^(?:The|A|An|This|That|Its|Their|Each|Both|Another|Los|Angeles|California|County|Lives|Damage|Containment)$/;
/** What a fire is counted by: its dead and hurt, what it burned or destroyed, how far it is held, who fled it. */
const FIRE_FAMILIES = /^(?:people|buildings|area|percent|responders)$/;

interface Mention { key: string; start: number }

/** The named fires of a text, in order: "eaton fire" at its offset. */
function namedFires(text: string): Mention[] {
  const out: Mention[] = [];
  for (const m of text.matchAll(NAMED_FIRE)) {
    const words = (m[1] as string).trim().split(/\s+/);
    while (words.length && NOT_NAME.test(words[0] as string)) words.shift();
    if (words.length === 0 || words.some((w) => NOT_NAME.test(w))) continue;
    out.push({ key: `${words.join(' ').toLowerCase()} fire`, start: m.index ?? 0 });
  }
  return out;
}

/**
 * In an article about two or more named fires, each figure of a fire is that fire's: "10 people are dead from the
 * Palisades fire", "The Eaton fire … has burned more than 14,000 acres", and under a heading "Palisades fire" the
 * paragraphs that follow it. The fire is taken as the figure's place, so the counts of two fires never meet and a
 * count that names no fire may still join either. An article about one fire is left as it is.
 */
export const nameFireSites: Refiner = (ctx, drafts) => {
  const fires = namedFires(ctx.text);
  if (new Set(fires.map((f) => f.key)).size < 2) return drafts;
  return drafts.map((d): ClaimDraft => {
    if (d.frame.place !== null || d.frame.otherEvent || !FIRE_FAMILIES.test(d.frame.family ?? '')) return d;
    const paragraph = ctx.paragraphs[findSpanIndex(ctx.paragraphs, d.start)];
    const inSentence = fires.filter((f) => f.start >= d.sentence.start && f.start < d.sentence.end);
    const keys = new Set(inSentence.map((f) => f.key));
    // One fire named in the sentence; else the last one named before it in its paragraph ("This inferno killed …");
    // else a heading of its own just above ("Palisades fire").
    // "the Eaton fire was 45% contained, and the Palisades fire was 31% contained": with two in the sentence, the one
    // named last before the figure and after the figure before it.
    const previous = drafts.filter((o) => o.sentence.start === d.sentence.start && o.end <= d.start).at(-1)?.end ?? d.sentence.start;
    const between = inSentence.filter((f) => f.start >= previous && f.start < d.start).at(-1)?.key;
    // "17 in the Eaton fire and 12 in the Palisades fire": a fire named right after the figure is its own.
    const after = inSentence.find((f) => f.start >= d.end && /^[^\d]{0,24}\b(?:in|from|by)\W*$/.test(ctx.text.slice(d.end, f.start)))?.key;
    let key: string | undefined = keys.size === 1 ? inSentence[0]?.key : after ?? between;
    if (!key && keys.size === 0 && paragraph) key = fires.filter((f) => f.start >= paragraph.start && f.start < d.start).at(-1)?.key;
    if (!key && keys.size === 0 && paragraph) {
      const isHeading = (p: { start: number; end: number }) => /^\s*\p{Lu}[\p{L}'’-]*(?:\s+[\p{L}'’-]+){0,3}\s*$/u.test(ctx.text.slice(p.start, p.end));
      const headings = ctx.paragraphs.filter((p) => p.end <= paragraph.start && isHeading(p) && fires.some((f) => f.start >= p.start && f.start < p.end));
      const heading = headings.at(-1);
      key = heading ? fires.find((f) => f.start >= heading.start && f.start < heading.end)?.key : undefined;
    }
    return key ? { ...d, frame: { ...d.frame, place: key } } : d;
  });
};
