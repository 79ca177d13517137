import matter from 'gray-matter';

import { normalizeDate } from './normalize-date';
import { resolveOutlet } from './outlet';
import { parseError, type ParseResult } from './parse-result';

const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : typeof v === 'number' ? String(v) : null);

/** The first non-empty line, without Markdown heading marks: the title of an article with no front matter. */
export function firstLine(body: string): string {
  return (body.split('\n').find((l) => l.trim()) ?? '').replace(/^#+\s*/, '').trim().slice(0, 300);
}

/**
 * A Markdown or text article, with or without YAML front matter (title, outlet, published, url, note).
 * The body after the front matter is kept byte for byte: claim offsets index it.
 */
export function parseMarkdown(file: string, content: string): ParseResult {
  let parsed: matter.GrayMatterFile<string>;
  try {
    // Options turn off gray-matter's cache, which hands back a stale object for a repeated input.
    parsed = matter(content, {});
  } catch (e) {
    return parseError(file, `front matter is not valid YAML (${e instanceof Error ? e.message.split('\n')[0] : String(e)})`);
  }
  const data = parsed.data as Record<string, unknown>;
  const hasFrontMatter = content.startsWith('---');
  const body = hasFrontMatter ? bodyAfterFrontMatter(content) : content;
  if (!body.trim()) return parseError(file, 'the article has no text');
  // YAML turns 2024-13-45 into a valid Date of 2025: validate the date as written instead.
  const written = /^(?:published|date):[ \t]*["']?([^"'\n#]*?)["']?[ \t]*$/m.exec(parsed.matter)?.[1];
  const date = normalizeDate(written || (data.published ?? data.date));
  if ('error' in date) return parseError(file, date.error);
  return {
    ok: true,
    article: {
      file,
      title: text(data.title) ?? firstLine(body),
      outlet: resolveOutlet(text(data.outlet) ?? text(data.source), text(data.url)),
      published: date.date,
      url: text(data.url),
      text: body,
    },
  };
}

/** Everything after the closing "---" line, exactly as the gold annotations count it. */
function bodyAfterFrontMatter(content: string): string {
  const normalized = content.replace(/^---\r?\n/, '---\n');
  const end = normalized.indexOf('\n---', 4);
  if (end < 0) return normalized;
  const after = normalized.indexOf('\n', end + 4);
  return after < 0 ? '' : normalized.slice(after + 1);
}
