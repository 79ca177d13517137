import { describe, expect, it } from 'vitest';

import { parseArticle } from './parse-article';

describe('parseArticle', () => {
  it('reads front matter and keeps the body byte for byte', () => {
    const body = 'Rescuers found 30 survivors.\n\nMore news.\n';
    const r = parseArticle('flood.md', `---\ntitle: "Flood"\noutlet: Daily\npublished: 2023-11-21\nurl: https://example.org/a\nnote: x\n---\n${body}`);
    expect(r).toEqual({ ok: true, article: { file: 'flood.md', title: 'Flood', outlet: 'Daily', published: '2023-11-21', url: 'https://example.org/a', text: body } });
  });

  it.each([['2024', '2024'], ['2024-03', '2024-03']])('keeps a %s date as written', (published, expected) => {
    const r = parseArticle('a.md', `---\ntitle: T\npublished: ${published}\n---\nText 1.`);
    expect(r.ok && r.article.published).toBe(expected);
  });

  it('takes the title of a plain text file from its first line and leaves the date unknown', () => {
    const r = parseArticle('note.txt', '\nStorm hits coast\nAt least 12 people died.\n');
    expect(r).toMatchObject({ ok: true, article: { title: 'Storm hits coast', outlet: 'outlet not given', published: null } });
  });

  it('extracts readable text and metadata from HTML, not its markup', () => {
    const html = `<html><head><title>Quake</title><meta property="og:site_name" content="The Wire"><meta property="article:published_time" content="2024-02-03T10:00:00Z">
      <link rel="canonical" href="https://wire.example/quake"></head><body><nav>Menu Home</nav><article><h1>Quake</h1>
      <p>More than 300 buildings collapsed in the city centre after the earthquake struck on Saturday morning, officials said.</p>
      <p>Rescue teams from 12 countries arrived to help local crews search the rubble for survivors through the night.</p>
      <script>alert(1)</script></article></body></html>`;
    const r = parseArticle('quake.html', html);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.article).toMatchObject({ title: 'Quake', outlet: 'The Wire', published: '2024-02-03', url: 'https://wire.example/quake' });
    expect(r.article.text).toContain('More than 300 buildings collapsed');
    expect(r.article.text).not.toContain('<p>');
    expect(r.article.text).not.toContain('alert(1)');
  });

  it('rejects the same bad input every time (no stale parser cache)', () => {
    const content = '---\ntitle: T\npublished: 2024-99-01\n---\nText';
    expect(parseArticle('x.md', content).ok).toBe(false);
    expect(parseArticle('x.md', content).ok).toBe(false);
  });

  it.each([
    ['bad.md', '---\ntitle: [unclosed\n---\nText', 'bad.md: front matter is not valid YAML'],
    ['date.md', '---\ntitle: T\npublished: 2024-13-45\n---\nText', 'date.md: published "2024-13-45" is not a real date'],
    ['empty.md', '---\ntitle: T\n---\n   \n', 'empty.md: the article has no text'],
    ['blank.txt', '', 'blank.txt: the file is empty'],
    ['photo.png', 'PNG', 'photo.png: unsupported file type'],
    ['bin.txt', 'ab\u0000cd', 'bin.txt: the file is binary, not text'],
  ])('names the file and the problem for %s', (file, content, message) => {
    const r = parseArticle(file, content);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.file).toBe(file);
      expect(r.message.startsWith(message)).toBe(true);
    }
  });
});
