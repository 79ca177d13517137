/**
 * Dashboard responsiveness in a real browser: the facts list of a story with 10,000 facts, and the time
 * from a keystroke in the search box to the updated list on screen (median and worst over the keystrokes of a query).
 * The product runs as usual (`npm start`); only the facts list response is replaced by 10,000 facts.
 */
import { writeFileSync } from 'node:fs';

import { launchBrowser, removeDir, startServer } from '../e2e/harness';

function manyFacts(n: number) {
  const outlets = ['Daily Post', 'Wire Agency', 'Evening News', 'Radio One'];
  return Array.from({ length: n }, (_, i) => ({
    id: `f-${i}`, storyId: 's', key: `k${i}`, label: `Region ${i}: displaced people`, measure: 'people', unit: 'person', subject: `Region ${i}`, scope: [],
    independentSourceCount: 2, assessment: i % 5 === 0 ? 'conflict' : 'consistent', explanation: `${i} vs ${i + 10}`, claimCount: 2,
    outlets: [outlets[i % 4], outlets[(i + 1) % 4]], values: [{ low: i, high: i }, { low: i + 10, high: i + 10 }],
    reported: [
      { claimId: `c${i}a`, text: `about ${i} people`, number: i, outlet: outlets[i % 4], asOf: '2024-03' },
      { claimId: `c${i}b`, text: `${i + 10} people`, number: i + 10, outlet: outlets[(i + 1) % 4], asOf: '2024-04' },
    ],
    review: { status: 'open', reason: null, value: null, rightClaimIds: [], note: '', reviewer: null, version: 0, updatedAt: null },
  }));
}

export async function run(): Promise<void> {
  const server = await startServer();
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    const body = JSON.stringify({ facts: manyFacts(10_000), total: 10_000 });
    await page.route('**/api/stories/*/facts', (route) => route.fulfill({ status: 200, contentType: 'application/json', body }));
    const stories = (await (await fetch(`${server.baseUrl}/api/stories`)).json()) as { stories: Array<{ id: string }> };
    await page.goto(`${server.baseUrl}/stories/${stories.stories[0]?.id}/facts`);
    await page.getByRole('list', { name: 'Facts' }).waitFor();
    const search = page.getByLabel('Search');
    await search.focus();
    const times: number[] = [];
    // Every keystroke changes the list: digits narrow "Region N", backspaces widen it again.
    for (const ch of ['1', '2', '3', 'Backspace', 'Backspace', 'Backspace', '7', '4', 'Backspace', 'Backspace']) {
      const ms = await page.evaluate(async (key) => {
        // The count above the list ("N facts · …") changes with every keystroke of this query.
        const list = document.querySelector('p[aria-live=polite]');
        const before = list?.textContent;
        const start = performance.now();
        const done = new Promise<number>((resolve) => {
          const obs = new MutationObserver(() => {
            if (list?.textContent !== before) { obs.disconnect(); requestAnimationFrame(() => resolve(performance.now() - start)); }
          });
          if (list) obs.observe(list.parentElement ?? list, { subtree: true, childList: true, characterData: true });
          setTimeout(() => { obs.disconnect(); resolve(performance.now() - start); }, 2000);
        });
        const input = document.getElementById('fact-search') as HTMLInputElement;
        const value = key === 'Backspace' ? input.value.slice(0, -1) : input.value + key;
        const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
        setter?.call(input, value);
        input.dispatchEvent(new Event('input', { bubbles: true }));
        return done;
      }, ch);
      times.push(ms);
    }
    const sorted = [...times].sort((a, b) => a - b);
    const result = { facts: 10_000, keystrokes: times.length, medianMs: Number(sorted[Math.floor(sorted.length / 2)]?.toFixed(1)), worstMs: Number(sorted.at(-1)?.toFixed(1)), budgetMs: 50 };
    console.log(`\nDashboard: 10,000 facts, search keystroke to updated list: median ${result.medianMs} ms, worst ${result.worstMs} ms (budget 50 ms)`);
    writeFileSync('bench/out/ui.json', JSON.stringify(result, null, 2));
  } finally {
    await browser.close();
    await server.stop();
    removeDir(server.dataDir);
  }
}
