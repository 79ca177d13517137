import { afterAll, describe, expect, it } from 'vitest';

import { ARTICLE_A, ARTICLE_B } from '../test-support';

import { inlineAnalyzer, type UploadItem } from './analyzer';
import { createWorkerAnalyzer } from './worker-analyzer';

const ITEMS: UploadItem[] = [
  { kind: 'article', article: { file: 'a.txt', ...ARTICLE_A } },
  { kind: 'file', name: 'b.md', text: `---\ntitle: ${ARTICLE_B.title}\noutlet: Outlet B\npublished: 2024-03-12\n---\n${ARTICLE_B.text}`, typed: { outlet: 'Typed outlet' } },
  { kind: 'file', name: 'c.html', text: '<html><head><title>Page</title></head><body><article><p>Poland sent 300 soldiers to the mission.</p></article></body></html>' },
  { kind: 'file', name: 'd.pdf', text: 'not an article' },
];

describe('the analyzer on worker threads', () => {
  const analyzer = createWorkerAnalyzer(2);
  afterAll(() => analyzer.close());

  it('reads and analyses files exactly as the inline analyzer does, in order, one progress call per file', async () => {
    let progress = 0;
    const fromWorkers = await analyzer.analyze(ITEMS, () => progress++);
    expect(fromWorkers).toEqual(await inlineAnalyzer.analyze(ITEMS));
    expect(progress).toBe(ITEMS.length);
    expect(fromWorkers.map((r) => r.ok)).toEqual([true, true, true, false]);
    expect(fromWorkers[1]?.ok && fromWorkers[1].article.outlet).toBe('Typed outlet');
  });

  it('regroups a story as the inline analyzer does', async () => {
    const analysed = (await inlineAnalyzer.analyze(ITEMS.slice(0, 3))).flatMap((r) => (r.ok ? [r] : []));
    const input = { storyId: 'st-x', sources: analysed.map((r) => r.source), claims: analysed.flatMap((r) => r.claims), overrides: [] as Array<[string, string]> };
    expect(await analyzer.group(input)).toEqual(await inlineAnalyzer.group(input));
  });

  it('refuses work once closed', async () => {
    const closed = createWorkerAnalyzer(1);
    await closed.analyze(ITEMS.slice(0, 1));
    await closed.close();
    await expect(closed.analyze(ITEMS.slice(0, 1))).rejects.toThrow('closed');
  });
});
