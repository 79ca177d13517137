import { Readability } from '@mozilla/readability';
import { convert } from 'html-to-text';
import { parseHTML } from 'linkedom';

import { normalizeDate } from './normalize-date';
import { parseError, type ParseResult } from './parse-result';

function meta(document: Document, ...names: string[]): string | null {
  for (const name of names) {
    const el = document.querySelector(`meta[property="${name}"], meta[name="${name}"]`);
    const content = el?.getAttribute('content')?.trim();
    if (content) return content;
  }
  return null;
}

/**
 * The readable text of an HTML page (Readability finds the article; html-to-text keeps its paragraphs),
 * with title, outlet, date and URL from the page's metadata.
 */
export function parseHtml(file: string, html: string): ParseResult {
  const { document } = parseHTML(html);
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta(document, 'og:url');
  const published = meta(document, 'article:published_time', 'date', 'pubdate', 'og:published_time')
    ?? document.querySelector('time[datetime]')?.getAttribute('datetime') ?? null;
  const title = meta(document, 'og:title') ?? document.querySelector('title')?.textContent?.trim() ?? null;
  let siteName = meta(document, 'og:site_name');
  const article = new Readability(document as unknown as Document).parse();
  const body = convert(article?.content ?? html, { wordwrap: false, selectors: [{ selector: 'a', options: { ignoreHref: true } }, { selector: 'img', format: 'skip' }] }).trim();
  if (!body) return parseError(file, 'no readable text found in the HTML');
  if (!siteName && canonical) {
    try {
      siteName = new URL(canonical).hostname.replace(/^www\./, '');
    } catch {
      siteName = null;
    }
  }
  const date = normalizeDate(published ? published.slice(0, 10) : null);
  return {
    ok: true,
    article: {
      file,
      title: title ?? article?.title ?? file,
      outlet: siteName ?? article?.siteName ?? 'unknown',
      published: 'error' in date ? null : date.date,
      url: canonical && /^https?:\/\//.test(canonical) ? canonical : null,
      text: `${body}\n`,
    },
  };
}
