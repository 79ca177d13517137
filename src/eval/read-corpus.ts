/**
 * @module eval/read-corpus
 * Reads a gold-annotated story from disk: `DIR/gold.json` and the Markdown bodies in `DIR/articles/`.
 * Never throws: a story that cannot be used comes back as a message naming the path.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

import { findGoldProblems, goldSchema, type Gold } from './gold';

export type ReadCorpus = { ok: true; gold: Gold; bodies: Map<string, string> } | { ok: false; message: string };

/** True when `dir` holds one story: an `articles/` folder and a `gold.json`. */
export function isStoryFolder(dir: string): boolean {
  return existsSync(join(dir, 'gold.json')) && existsSync(join(dir, 'articles'));
}

/**
 * The body of a Markdown article as the gold contexts were cut from it: everything after the closing
 * `---` of the front matter, untouched (the scorer locates figures in the analysed text, not here).
 */
export function articleBody(raw: string): string {
  if (!raw.startsWith('---\n')) return raw;
  const end = raw.indexOf('\n---\n', 4);
  return end < 0 ? raw : raw.slice(end + 5);
}

/** e.g. readCorpus('fixtures') -> { ok: true, gold, bodies: Map { 'kfor-01-ewb.md' => '…' } }. */
export function readCorpus(dir: string): ReadCorpus {
  const goldPath = join(dir, 'gold.json');
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(goldPath, 'utf8'));
  } catch (e) {
    return { ok: false, message: `${goldPath}: ${e instanceof Error ? e.message : String(e)}` };
  }
  const parsed = goldSchema.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    return { ok: false, message: `${goldPath}: ${first ? `${first.path.join('.')}: ${first.message}` : 'invalid'}` };
  }
  const articlesDir = join(dir, 'articles');
  const bodies = new Map<string, string>();
  try {
    for (const name of readdirSync(articlesDir).sort()) {
      if (name.endsWith('.md')) bodies.set(name, articleBody(readFileSync(join(articlesDir, name), 'utf8')));
    }
  } catch (e) {
    return { ok: false, message: `${articlesDir}: ${e instanceof Error ? e.message : String(e)}` };
  }
  const problems = findGoldProblems(parsed.data, bodies);
  if (problems.length > 0) return { ok: false, message: `${goldPath}: ${problems.join('; ')}` };
  return { ok: true, gold: parsed.data, bodies };
}
