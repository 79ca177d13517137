import { describe, expect, it } from 'vitest';

import { factListSchema, storySchema } from '../contract/api';
import { mockApp } from '../testing/mocks/handlers/api-handlers';
import { server } from '../testing/mocks/node';

import { apiRequest } from './api-client';

describe('apiRequest and ETags', () => {
  it('asks again with If-None-Match; a 304 from the real API gives the same answer without a body', async () => {
    const stories = (await (await (await mockApp()).request('/api/stories')).json()) as { stories: unknown[] };
    const storyId = storySchema.parse(stories.stories[0]).id;
    const seen: Array<{ ifNoneMatch: string | null; status: number }> = [];
    // Scenario: watch what goes to the (real, in-process) server and what it answers.
    const onResponse = ({ request, response }: { request: Request; response: Response }) => {
      if (request.url.includes('/facts')) seen.push({ ifNoneMatch: request.headers.get('if-none-match'), status: response.status });
    };
    server.events.on('response:mocked', onResponse);
    try {
      const first = await apiRequest(`/stories/${storyId}/facts`, factListSchema);
      const second = await apiRequest(`/stories/${storyId}/facts`, factListSchema);
      expect(second).toEqual(first);
      expect(seen[0]).toEqual({ ifNoneMatch: null, status: 200 });
      expect(seen[1]?.status).toBe(304);
      expect(seen[1]?.ifNoneMatch).toMatch(/^W\/"\d+-/);
    } finally {
      server.events.removeListener('response:mocked', onResponse);
    }
  });
});
