/**
 * A synthetic news corpus made by varying the fixture articles: digit runs re-drawn with the same shape,
 * qualifiers and country names swapped, a distinct header per document. Deterministic (seeded).
 */
import type { ArticleInput } from '../src/engine';
import { readArticles } from '../src/ingest/read-articles';

import { rng } from './seeded-random';

const QUALIFIERS = ['about', 'more than', 'around', 'up to', 'nearly', 'at least', 'some'];
const COUNTRIES = ['Bulgaria', 'Slovenia', 'Albania', 'Poland', 'Italy', 'Turkey', 'Austria', 'Hungary'];

function vary(text: string, random: () => number): string {
  return text
    .replace(/\d+/g, (d) => (random() < 0.7 && d.length < 5 ? String(Math.floor(random() * 9 + 1)) + String(Math.floor(random() * 10 ** (d.length - 1))).padStart(d.length - 1, '0').slice(0, d.length - 1) : d))
    .replace(/\b(?:about|more than|around|up to|nearly)\b/g, (q) => (random() < 0.3 ? QUALIFIERS[Math.floor(random() * QUALIFIERS.length)] ?? q : q))
    .replace(/\b(?:Bulgaria|Slovenia|Albania)\b/g, (c) => (random() < 0.3 ? COUNTRIES[Math.floor(random() * COUNTRIES.length)] ?? c : c));
}

/** At least `bytes` of articles (UTF-16 length as a proxy for bytes: the text is nearly all ASCII). */
export function makeCorpus(bytes: number, seed = 1): ArticleInput[] {
  const { articles } = readArticles(['fixtures/articles']);
  const random = rng(seed);
  const out: ArticleInput[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const base = articles[i % articles.length] as ArticleInput;
    const text = `Dispatch ${i} from desk ${Math.floor(random() * 1000)}.\n${vary(base.text, random)}`;
    out.push({ ...base, file: `${i}-${base.file}`, title: `${base.title} #${i}`, text });
    size += text.length;
  }
  return out;
}
