import { describe, expect, it } from 'vitest';

import { OUTLET_NOT_GIVEN, resolveOutlet } from './outlet';
import { parseArticle } from './parse-article';
import { parseHtml } from './parse-html';

describe('resolveOutlet', () => {
  it.each([
    ['Daily Post', 'https://example.org/a', 'Daily Post'],
    ['unknown', 'https://www.rferl.org/a/1', 'rferl.org'],
    ['Unknown', null, OUTLET_NOT_GIVEN],
    ['  ', 'http://news.example.com/x', 'news.example.com'],
    [null, null, OUTLET_NOT_GIVEN],
    [undefined, 'javascript:alert(1)', OUTLET_NOT_GIVEN],
    [null, 'not a url', OUTLET_NOT_GIVEN],
  ])('outlet %j with url %j -> %j', (outlet, url, expected) => {
    expect(resolveOutlet(outlet, url)).toBe(expected);
  });

  it('never reads "unknown" from front matter as an outlet', () => {
    const noUrl = parseArticle('a.md', '---\ntitle: T\noutlet: "unknown"\n---\nBulgaria sent 120 soldiers.\n');
    expect(noUrl.ok && noUrl.article.outlet).toBe(OUTLET_NOT_GIVEN);
    const withUrl = parseArticle('b.md', '---\ntitle: T\nurl: https://www.novinite.com/articles/1\n---\nBulgaria sent 120 soldiers.\n');
    expect(withUrl.ok && withUrl.article.outlet).toBe('novinite.com');
  });
});

describe('parseHtml with the address it was fetched from', () => {
  const page = (head: string) => `<html><head>${head}</head><body><article><h1>Flood</h1>
    <p>About 1,200 people were evacuated from the valley on Monday after the river burst its banks, the mayor said.</p>
    <p>Rescue crews from four towns worked through the night to reach villages cut off by the water.</p></article></body></html>`;

  it('takes the outlet from the site name, else the host of the page, and resolves a relative canonical link', () => {
    const named = parseHtml('page.html', page('<title>Flood</title><meta property="og:site_name" content="Valley News"><link rel="canonical" href="/flood">'), 'https://www.valley.example/news?id=1');
    expect(named).toMatchObject({ ok: true, article: { outlet: 'Valley News', url: 'https://www.valley.example/flood', title: 'Flood' } });
    const bare = parseHtml('page.html', page('<title>Flood</title>'), 'https://www.valley.example/news?id=1');
    expect(bare).toMatchObject({ ok: true, article: { outlet: 'valley.example', url: 'https://www.valley.example/news?id=1' } });
  });

  it('reads the publication date from JSON-LD when no meta tag gives it', () => {
    const ld = '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Flood","datePublished":"2024-06-03T08:00:00Z"}</script>';
    const r = parseHtml('page.html', page(`<title>Flood</title>${ld}`), 'https://valley.example/a');
    expect(r.ok && r.article.published).toBe('2024-06-03');
  });
});
