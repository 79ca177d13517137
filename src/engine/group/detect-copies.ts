import { hashString } from '../hash';
import { splitSentences } from '../text/sentences';
import type { CopyLink, Source } from '../types';

const MIN_WORDS = 8;
const MIN_SHARE = 0.5;
const MIN_SHARED = 2;

function longSentenceKeys(text: string): string[] {
  const keys: string[] = [];
  for (const s of splitSentences(text)) {
    const normal = text.slice(s.start, s.end).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    if (normal.split(' ').length >= MIN_WORDS) keys.push(hashString(normal));
  }
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
  const firstHolder = new Map<string, string>();
  const links: CopyLink[] = [];
  const seenText = new Map<string, string>();
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
    const identical = seenText.get(source.text);
    if (identical && identical !== source.id) links.push({ sourceId: source.id, copyOfId: identical, similarity: 1 });
    else if (best && best[1] >= MIN_SHARED && best[1] / keys.length >= MIN_SHARE) {
      links.push({ sourceId: source.id, copyOfId: best[0], similarity: Number((best[1] / keys.length).toFixed(3)) });
    }
    if (!seenText.has(source.text)) seenText.set(source.text, source.id);
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
