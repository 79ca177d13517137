import { describe, expect, it } from 'vitest';
import { z } from 'zod';

import { factDetailSchema, factListSchema, healthSchema, storyDetailSchema, storySchema } from '../../contract/api';

import { mockApp } from './handlers/api-handlers';

/**
 * The same requests against the real app (in-process) and through the MSW handlers (a real fetch that
 * MSW intercepts); both answers must parse with the contract and agree, so the mocks cannot drift.
 */
async function both<S extends z.ZodType>(path: string, schema: S): Promise<[z.infer<S>, z.infer<S>]> {
  const app = await mockApp();
  const direct = await app.request(path);
  const mocked = await fetch(new URL(path, 'http://localhost'));
  expect(mocked.status).toBe(direct.status);
  return [schema.parse(await direct.json()), schema.parse(await mocked.json())];
}

describe('API contract: real app and MSW handlers', () => {
  it('agree on health, stories, a story, its facts and a fact', async () => {
    const [h1, h2] = await both('/api/health', healthSchema);
    expect(h2).toEqual(h1);
    const [s1, s2] = await both('/api/stories', z.object({ stories: z.array(storySchema) }));
    expect(s2).toEqual(s1);
    const stories = (await (await (await mockApp()).request('/api/stories')).json()) as { stories: unknown[] };
    const storyId = storySchema.parse(stories.stories[0]).id;
    const [d1, d2] = await both(`/api/stories/${storyId}`, storyDetailSchema);
    expect(d2).toEqual(d1);
    const [f1, f2] = await both(`/api/stories/${storyId}/facts`, factListSchema);
    expect(f2).toEqual(f1);
    const factId = f1.facts[0]?.id as string;
    const [x1, x2] = await both(`/api/facts/${factId}`, factDetailSchema);
    expect(x2).toEqual(x1);
    expect(x1.claims.length).toBeGreaterThan(1);
  });
});
