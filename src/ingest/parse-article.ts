/**
 * @module ingest
 * Turns an uploaded or read file into an ArticleInput for the engine. Pure (no file system), so the
 * server, the command line and the browser use the same code.
 */
import { parseHtml } from './parse-html';
import { parseMarkdown } from './parse-markdown';
import { parseError, type ParseResult } from './parse-result';

export const ARTICLE_EXTENSIONS = ['.md', '.markdown', '.txt', '.html', '.htm'] as const;

/** e.g. parseArticle('a.md', '---\ntitle: T\n---\nBody') -> { ok: true, article: { title: 'T', text: 'Body', ... } }. */
export function parseArticle(file: string, content: string): ParseResult {
  const lower = file.toLowerCase();
  const ext = ARTICLE_EXTENSIONS.find((e) => lower.endsWith(e));
  if (!ext) return parseError(file, `unsupported file type (expected ${ARTICLE_EXTENSIONS.join(', ')})`);
  if (content.includes('\u0000')) return parseError(file, 'the file is binary, not text');
  if (!content.trim()) return parseError(file, 'the file is empty');
  const text = content.replace(/^\uFEFF/, '');
  return ext === '.html' || ext === '.htm' ? parseHtml(file, text) : parseMarkdown(file, text);
}

export type { ParseResult } from './parse-result';
