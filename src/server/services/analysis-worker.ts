/**
 * A worker thread of the analyzer pool (worker-analyzer.ts): analyses articles and regroups stories,
 * one task at a time, telling the pool after each article so the dashboard can show progress.
 */
import { parentPort } from 'node:worker_threads';

import { analyzeItem, type UploadItem } from './analyzer';
import { groupStory, type GroupInput } from './group-story';
import { readRequestBody } from './request-body';

export type WorkerTask =
  | { id: number; kind: 'analyze'; items: UploadItem[] }
  | { id: number; kind: 'group'; input: GroupInput }
  | { id: number; kind: 'read'; contentType: string; body: ArrayBuffer };
export type WorkerReply = { id: number; progress: true } | { id: number; result: unknown } | { id: number; error: string };

parentPort?.on('message', async (task: WorkerTask) => {
  const port = parentPort;
  if (!port) return;
  try {
    if (task.kind === 'read') port.postMessage({ id: task.id, result: await readRequestBody(task.contentType, task.body) } satisfies WorkerReply);
    else if (task.kind === 'analyze') {
      const results = task.items.map((item) => {
        const result = analyzeItem(item);
        port.postMessage({ id: task.id, progress: true } satisfies WorkerReply);
        return result;
      });
      port.postMessage({ id: task.id, result: results } satisfies WorkerReply);
    } else port.postMessage({ id: task.id, result: groupStory(task.input) } satisfies WorkerReply);
  } catch (e) {
    port.postMessage({ id: task.id, error: e instanceof Error ? `${e.message}\n${e.stack ?? ''}` : String(e) } satisfies WorkerReply);
  }
});
