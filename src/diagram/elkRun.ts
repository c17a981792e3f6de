/**
 * Runs ELK (elkjs 0.12.1) on a graph, synchronously, in Node only: at build time (the Vite
 * plugin), in the CLI and in tests. The app never imports this file; it ships the results.
 *
 * Why not `new ELK().layout()`: that returns a promise only because it may run in a web
 * worker. elkjs's in-process worker does the work synchronously when its dispatcher is
 * called directly, and a synchronous layout keeps the CLI's commands synchronous.
 */
import type { ElkNode } from 'elkjs/lib/elk-api.js';
import elkWorker from 'elkjs/lib/elk-worker.min.js';

interface Answer {
  readonly data: { readonly id: number; readonly data?: unknown; readonly error?: unknown };
}
interface InProcessWorker {
  onmessage: (answer: Answer) => void;
  readonly dispatcher: { saveDispatch(event: { data: unknown }): void };
}

const Worker = (elkWorker as unknown as { Worker: new () => InProcessWorker }).Worker;
let worker: InProcessWorker | null = null;
let answer: Answer['data'] | null = null;

function send(message: Record<string, unknown>): unknown {
  if (!worker) {
    worker = new Worker();
    worker.onmessage = (a) => (answer = a.data);
    worker.dispatcher.saveDispatch({ data: { id: 0, cmd: 'register', algorithms: ['layered'] } });
  }
  answer = null;
  worker.dispatcher.saveDispatch({ data: { id: 1, ...message } });
  const got = answer as Answer['data'] | null;
  if (!got) throw new Error('ELK gave no answer');
  if (got.error)
    throw new Error(`ELK layout failed: ${String((got.error as Error).message ?? got.error)}`);
  return got.data;
}

/** Lays out `graph` with ELK and returns it with coordinates filled in (the input is copied). */
export function runElk(graph: ElkNode): ElkNode {
  return send({
    cmd: 'layout',
    graph: structuredClone(graph),
    layoutOptions: {},
    options: {},
  }) as ElkNode;
}
