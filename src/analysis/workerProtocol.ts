import type { ConflictModel, Postures } from '../../machines/types.ts';
import { isUserFacing } from '../engine/index.ts';
import { simulate, type SimulateRequest, type SimulateResult } from './batch.ts';
import { pathsFrom, type PathsReport } from './paths.ts';

/** What the app asks the analysis worker: a batch of runs, or the paths from a point. */
export type AnalysisRequest =
  | { readonly id: number; readonly kind: 'simulate'; readonly request: SimulateRequest }
  | {
      readonly id: number;
      readonly kind: 'paths';
      readonly postures: Postures;
      readonly played: readonly string[];
    };

/** The worker's answer, matched to its request by id. */
export type AnalysisResponse =
  | { readonly id: number; readonly kind: 'simulate'; readonly result: SimulateResult }
  | { readonly id: number; readonly kind: 'paths'; readonly report: PathsReport }
  | { readonly id: number; readonly kind: 'error'; readonly message: string };

/**
 * The worker's whole job, as a pure function (the worker file only wires it to
 * `onmessage`). The CLI calls `simulate` with the same request, so the browser's
 * numbers are the CLI's numbers; tests/cli/simulate.test.ts checks it.
 */
export function handleAnalysisRequest(
  model: ConflictModel,
  message: AnalysisRequest,
): AnalysisResponse {
  try {
    if (message.kind === 'simulate')
      return { id: message.id, kind: 'simulate', result: simulate(model, message.request) };
    return {
      id: message.id,
      kind: 'paths',
      report: pathsFrom(model, message.postures, message.played),
    };
  } catch (error) {
    // A person's mistake (a bad weight) is shown; anything else is a bug, reported as one.
    const message_ = isUserFacing(error)
      ? error.message
      : `The analysis failed: ${(error as Error).message}`;
    return { id: message.id, kind: 'error', message: message_ };
  }
}
