import type { CopyLink, Source } from '../types';

const MIN_WORDS = 8;
const MIN_SHARE = 0.5;
const MIN_SHARED = 2;

/**
 * Hashes of the long sentences of a text, compared without case, punctuation or spacing. One pass over
 * the characters (no intermediate strings): this runs over every article of a story.
 */
function longSentenceKeys(text: string): number[] {
  const keys: number[] = [];
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  let words = 0;
  let inWord = false;
  const flush = () => {
    if (inWord) words++;
    if (words >= MIN_WORDS) {
      const a = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
      const b = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
      // 53 bits of the two hashes as one number: a map keyed by numbers is several times faster than by strings.
      keys.push((a >>> 0) * 2097152 + ((b >>> 0) & 0x1fffff));
    }
    h1 = 0xdeadbeef;
    h2 = 0x41c6ce57;
    words = 0;
    inWord = false;
  };
  for (let i = 0; i < text.length; i++) {
    let ch = text.charCodeAt(i);
    if (ch === 46 || ch === 33 || ch === 63 || ch === 10) {
      flush();
      continue;
    }
    if (ch >= 65 && ch <= 90) ch += 32;
    const isWordChar = (ch >= 97 && ch <= 122) || (ch >= 48 && ch <= 57) || ch >= 0xc0;
    if (isWordChar) {
      inWord = true;
      h1 = Math.imul(h1 ^ ch, 2654435761);
      h2 = Math.imul(h2 ^ ch, 1597334677);
    } else if (inWord) {
      words++;
      inWord = false;
      h1 = Math.imul(h1 ^ 32, 2654435761);
      h2 = Math.imul(h2 ^ 32, 1597334677);
    }
  }
  flush();
  return keys;
}

/**
 * Sources that copy another (wire copy, syndication): at least half of a source's long sentences
 * (8+ words, compared without case and punctuation) appear in one earlier source. Linear: each sentence
 * is looked up once in a map from sentence to the earliest source that has it.
 * e.g. two outlets printing the same agency story -> one CopyLink from the later to the earlier.
 */
export function detectCopies(sources: Source[]): CopyLink[] {
  const ordered = [...sources].sort((a, b) => (a.published ?? '9999').localeCompare(b.published ?? '9999') || a.id.localeCompare(b.id));
  const firstHolder = new Map<number, string>();
  const links: CopyLink[] = [];
  for (const source of ordered) {
    const keys = [...new Set(longSentenceKeys(source.text))];
    const sharedWith = new Map<string, number>();
    for (const key of keys) {
      const holder = firstHolder.get(key);
      if (holder && holder !== source.id) sharedWith.set(holder, (sharedWith.get(holder) ?? 0) + 1);
      else if (!holder) firstHolder.set(key, source.id);
    }
    let best: [string, number] | null = null;
    for (const entry of sharedWith) if (!best || entry[1] > best[1]) best = entry;
    if (best && best[1] >= MIN_SHARED && best[1] / keys.length >= MIN_SHARE) {
      links.push({ sourceId: source.id, copyOfId: best[0], similarity: Number((best[1] / keys.length).toFixed(3)) });
    }
  }
  return links;
}

/** Maps each source to the original it (transitively) copies, or to itself. */
export function originalOf(links: CopyLink[]): (sourceId: string) => string {
  const parent = new Map(links.map((l) => [l.sourceId, l.copyOfId]));
  return (id) => {
    let current = id;
    for (let i = 0; i < 50 && parent.has(current); i++) current = parent.get(current) as string;
    return current;
  };
}
