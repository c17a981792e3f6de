import { useEffect, useRef, useState } from 'react';
import type { AnalysisResponse } from '../../analysis/workerProtocol.ts';
import { askWorker, type AnalysisQuery } from './analysisWorker.ts';

/** The state of a query: waiting for the first answer, working on a newer one, or answered. */
export interface LatestAnswer {
  readonly answer: AnalysisResponse | null;
  readonly working: boolean;
}

/**
 * Keeps the worker's answer to the latest query. While one query runs, newer ones
 * are coalesced (only the last is sent), so dragging a slider never queues up
 * stale batches.
 */
export function useLatestAnswer(query: AnalysisQuery, key: string): LatestAnswer {
  const [state, setState] = useState<LatestAnswer>({ answer: null, working: true });
  const inFlight = useRef(false);
  const queued = useRef<AnalysisQuery | null>(null);
  const alive = useRef(true);

  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
    };
  }, []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: the key stands for the query's content; the object itself is new each render.
  useEffect(() => {
    const send = (q: AnalysisQuery) => {
      inFlight.current = true;
      setState((s) => ({ ...s, working: true }));
      void askWorker(q).then((answer) => {
        inFlight.current = false;
        if (!alive.current) return;
        const next = queued.current;
        queued.current = null;
        if (next) send(next);
        else setState({ answer, working: false });
      });
    };
    if (inFlight.current) queued.current = query;
    else send(query);
  }, [key]);

  return state;
}
