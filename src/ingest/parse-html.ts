import { Readability } from '@mozilla/readability';
import { convert } from 'html-to-text';
import { parseHTML } from 'linkedom';

import { normalizeDate } from './normalize-date';
import { resolveOutlet } from './outlet';
import { parseError, type ParseResult } from './parse-result';

function meta(document: Document, ...names: string[]): string | null {
  for (const name of names) {
    const el = document.querySelector(`meta[property="${name}"], meta[name="${name}"], meta[itemprop="${name}"]`);
    const content = el?.getAttribute('content')?.trim();
    if (content) return content;
  }
  return null;
}

/** An absolute http(s) URL, relative ones resolved against the page's own address; null otherwise. */
function httpUrl(href: string | null | undefined, base?: string): string | null {
  if (!href) return null;
  try {
    const u = new URL(href, base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/**
 * The readable text of an HTML page (Readability finds the article; html-to-text keeps its paragraphs),
 * with title, outlet, date and URL from the page's metadata. `pageUrl` is where the page was fetched
 * from, if it was: it resolves relative links and names the outlet when the page does not.
 */
export function parseHtml(file: string, html: string, pageUrl?: string): ParseResult {
  const { document } = parseHTML(html);
  const canonical = httpUrl(document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta(document, 'og:url'), pageUrl);
  const published = meta(document, 'article:published_time', 'og:published_time', 'date', 'pubdate', 'dc.date.issued', 'DC.date.issued', 'datePublished')
    ?? document.querySelector('time[datetime]')?.getAttribute('datetime') ?? null;
  const title = meta(document, 'og:title') ?? document.querySelector('title')?.textContent?.trim() ?? null;
  const siteName = meta(document, 'og:site_name', 'application-name');
  const article = new Readability(document as unknown as Document).parse();
  const body = convert(article?.content ?? html, { wordwrap: false, selectors: [{ selector: 'a', options: { ignoreHref: true } }, { selector: 'img', format: 'skip' }] }).trim();
  if (!body) return parseError(file, 'no readable text found in the HTML');
  // Readability also reads JSON-LD (datePublished) when the meta tags say nothing.
  const written = published ?? article?.publishedTime ?? null;
  const date = normalizeDate(written ? written.trim().slice(0, 10) : null);
  const url = canonical ?? httpUrl(pageUrl);
  return {
    ok: true,
    article: {
      file,
      title: title || article?.title || file,
      outlet: resolveOutlet(siteName ?? article?.siteName, url),
      published: 'error' in date ? null : date.date,
      url,
      text: `${body}\n`,
    },
  };
}
