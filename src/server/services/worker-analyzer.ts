/**
 * The analyzer on a pool of worker threads: `npm start` runs uploads and regroupings here, so the event
 * loop that answers other reviewers is never busy with the engine. Workers start on first use and are
 * replaced if one dies (its tasks fail, the next ones get a new worker).
 */
import { Worker } from 'node:worker_threads';

import type { WorkerReply, WorkerTask } from './analysis-worker';
import type { AnalysedItem, Analyzer, UploadItem } from './analyzer';
import type { GroupedStory } from './group-story';
import type { RequestBody } from './request-body';

const ENTRY = new URL('./analysis-worker.ts', import.meta.url).href;
// The worker is TypeScript like the rest of the server: tsx loads it there as it does for `npm start`.
const BOOT = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(ENTRY)}); })`;

interface Slot { worker: Worker; busy: number }
interface Pending { slot: Slot; resolve: (value: unknown) => void; reject: (e: Error) => void; onProgress?: () => void }
type Task = WorkerTask extends infer T ? (T extends { id: number } ? Omit<T, 'id'> : never) : never;

export interface WorkerAnalyzer extends Analyzer {
  readonly size: number;
}

export function createWorkerAnalyzer(size: number): WorkerAnalyzer {
  const slots: Slot[] = [];
  const pending = new Map<number, Pending>();
  let nextId = 1;
  let closed = false;

  // A worker keeps the process alive only while it has work.
  const setBusy = (slot: Slot, delta: number) => {
    slot.busy += delta;
    if (slot.busy > 0) slot.worker.ref();
    else slot.worker.unref();
  };
  const fail = (slot: Slot, error: Error) => {
    const at = slots.indexOf(slot);
    if (at >= 0) slots.splice(at, 1);
    for (const [id, p] of pending) {
      if (p.slot !== slot) continue;
      pending.delete(id);
      p.reject(error);
    }
  };
  const spawn = (): Slot => {
    const slot: Slot = { worker: new Worker(BOOT, { eval: true }), busy: 0 };
    slot.worker.unref();
    slot.worker.on('message', (reply: WorkerReply) => {
      const p = pending.get(reply.id);
      if (!p) return;
      if ('progress' in reply) return p.onProgress?.();
      pending.delete(reply.id);
      setBusy(slot, -1);
      if ('error' in reply) p.reject(new Error(`analysis failed in a worker: ${reply.error}`));
      else p.resolve(reply.result);
    });
    slot.worker.on('error', (e) => fail(slot, e));
    slot.worker.on('exit', (code) => fail(slot, new Error(`an analysis worker stopped (exit code ${code})`)));
    return slot;
  };
  const run = <T>(task: Task, onProgress?: () => void, transfer: ArrayBuffer[] = []): Promise<T> => {
    if (closed) return Promise.reject(new Error('the analyzer is closed'));
    while (slots.length < size) slots.push(spawn());
    const slot = slots.reduce((a, b) => (b.busy < a.busy ? b : a));
    const id = nextId++;
    setBusy(slot, 1);
    return new Promise<T>((resolve, reject) => {
      pending.set(id, { slot, resolve: resolve as (v: unknown) => void, reject, onProgress });
      slot.worker.postMessage({ ...task, id }, transfer);
    });
  };

  return {
    size,
    async analyze(items: UploadItem[], onItem?: () => void): Promise<AnalysedItem[]> {
      // Several chunks per worker, so one large file does not leave the other workers idle.
      const chunk = Math.max(1, Math.ceil(items.length / (size * 4)));
      const parts: UploadItem[][] = [];
      for (let i = 0; i < items.length; i += chunk) parts.push(items.slice(i, i + chunk));
      return (await Promise.all(parts.map((part) => run<AnalysedItem[]>({ kind: 'analyze', items: part }, onItem)))).flat();
    },
    group: (input) => run<GroupedStory>({ kind: 'group', input }),
    readBody: (contentType, body) => run<RequestBody>({ kind: 'read', contentType, body }, undefined, [body]),
    async close() {
      closed = true;
      await Promise.all(slots.splice(0).map((s) => s.worker.terminate()));
    },
  };
}
