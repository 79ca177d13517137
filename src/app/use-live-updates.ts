import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';

import { liveEventSchema } from '../contract/api';
import { apiUrl } from '../lib/api-client';

import { applyLiveEvent } from './apply-live-event';

/**
 * Listens to /api/events while `enabled` (signed in, or personal mode) and applies each change to the
 * cache. The browser reconnects by itself; after a gap everything is read again, as events may be lost.
 */
export function useLiveUpdates(enabled: boolean): void {
  const client = useQueryClient();
  useEffect(() => {
    if (!enabled || typeof EventSource === 'undefined') return undefined;
    const source = new EventSource(apiUrl('/events'));
    let dropped = false;
    source.addEventListener('change', (e) => {
      const parsed = liveEventSchema.safeParse(JSON.parse((e as MessageEvent<string>).data));
      if (parsed.success) applyLiveEvent(client, parsed.data);
    });
    source.addEventListener('ready', () => {
      if (dropped) void client.invalidateQueries();
      dropped = false;
    });
    source.addEventListener('error', () => {
      dropped = true;
    });
    return () => source.close();
  }, [client, enabled]);
}
