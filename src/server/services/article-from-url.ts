import type { ArticleInput } from '../../engine';
import { OUTLET_NOT_GIVEN, resolveOutlet } from '../../ingest/outlet';
import { parseHtml } from '../../ingest/parse-html';
import { parseMarkdown } from '../../ingest/parse-markdown';
import { ApiError } from '../errors';

import { fetchPage, type FetchOptions } from './fetch-page';

/** A short, stable name for an article read from the web: its host and path. */
const fileNameOf = (url: string) => {
  const u = new URL(url);
  return `${u.hostname}${u.pathname === '/' ? '' : u.pathname}`.slice(0, 200);
};

/**
 * Fetches a page and reads it as an article, with the same ingest code as uploaded files: readable text,
 * title, outlet (the page's site name, else its host) and publication date from the page's metadata.
 */
export async function fetchArticle(address: string, options: FetchOptions): Promise<ArticleInput> {
  const page = await fetchPage(address, options);
  const file = fileNameOf(page.url);
  const result = page.contentType.startsWith('text/plain') ? parseMarkdown(file, page.body) : parseHtml(file, page.body, page.url);
  if (!result.ok) throw new ApiError('unprocessable', `could not add ${address}: ${result.message.slice(file.length + 2)}`);
  const url = result.article.url ?? page.url;
  const outlet = result.article.outlet === OUTLET_NOT_GIVEN ? resolveOutlet(null, url) : result.article.outlet;
  return { ...result.article, url, outlet };
}
