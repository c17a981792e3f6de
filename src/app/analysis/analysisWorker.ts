import type { AnalysisRequest, AnalysisResponse } from '../../analysis/workerProtocol.ts';

/** A request without its id: the client numbers requests itself. */
export type AnalysisQuery = AnalysisRequest extends infer R
  ? R extends { id: number }
    ? Omit<R, 'id'>
    : never
  : never;

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, (response: AnalysisResponse) => void>();

/** The one analysis worker of the page, started on first use (it keeps its tables warm). */
function sharedWorker(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL('../../analysis/worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (event: MessageEvent<AnalysisResponse>) => {
    const resolve = pending.get(event.data.id);
    pending.delete(event.data.id);
    resolve?.(event.data);
  };
  worker.onerror = () => {
    // A crashed worker answers nothing: fail every waiting request, start afresh next time.
    for (const [id, resolve] of pending)
      resolve({ id, kind: 'error', message: 'The analysis worker stopped unexpectedly.' });
    pending.clear();
    worker?.terminate();
    worker = null;
  };
  return worker;
}

/** Sends one query to the worker; resolves with its answer. */
export function askWorker(query: AnalysisQuery): Promise<AnalysisResponse> {
  const id = nextId++;
  return new Promise((resolve) => {
    pending.set(id, resolve);
    sharedWorker().postMessage({ ...query, id } as AnalysisRequest);
  });
}
