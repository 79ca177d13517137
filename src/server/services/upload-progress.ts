import type { UploadProgress } from './add-articles';
import type { LiveHub } from './live-events';

/** At most one progress event this often within a phase; a new phase and the last article always get one. */
const EVERY_MS = 100;

/** Publishes an upload's progress as live events, if the dashboard named the upload; else nothing. */
export function publishProgress(live: LiveHub, storyId: string, uploadId: string | undefined): ((p: UploadProgress) => void) | undefined {
  if (!uploadId) return undefined;
  let phase = '';
  let at = 0;
  return (p) => {
    const t = performance.now();
    if (p.phase === phase && p.done < p.total && t - at < EVERY_MS) return;
    phase = p.phase;
    at = t;
    live.publish({ type: 'upload', storyId, uploadId, ...p });
  };
}
