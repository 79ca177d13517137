import { QueryClient, type InfiniteData } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';

import type { ClaimPage, ClaimView, LiveEvent } from '../contract/api';
import { uploadQueries } from '../features/articles/api/queries';

import { applyLiveEvent } from './apply-live-event';

const progress = (uploadId: string): LiveEvent => ({ type: 'upload', storyId: 's', uploadId, phase: 'analysing', done: 3, total: 9 });

describe('applyLiveEvent', () => {
  it("writes an upload's progress where the dashboard that sent it waits, and nowhere else", async () => {
    const client = new QueryClient();
    await client.prefetchQuery(uploadQueries.progress('mine-123456'));
    applyLiveEvent(client, progress('mine-123456'));
    applyLiveEvent(client, progress('theirs-123456'));
    expect(client.getQueryData(uploadQueries.progress('mine-123456').queryKey)).toMatchObject({ phase: 'analysing', done: 3, total: 9 });
    expect(client.getQueryCache().find({ queryKey: uploadQueries.progress('theirs-123456').queryKey })).toBeUndefined();
  });

  it('writes a mark into the further pages of claims already loaded', () => {
    const client = new QueryClient();
    const claim = { id: 'c-1', mark: null } as unknown as ClaimView;
    const key = ['facts', 'claims', 'f-1', 25];
    client.setQueryData<InfiniteData<ClaimPage>>(key, { pages: [{ claims: [claim], offset: 25, total: 26, next: null }], pageParams: [25] });
    applyLiveEvent(client, { type: 'mark', storyId: 's', claimId: 'c-1', mark: 'wrong', actor: 'ana' });
    expect(client.getQueryData<InfiniteData<ClaimPage>>(key)?.pages[0]?.claims[0]?.mark).toBe('wrong');
  });
});
