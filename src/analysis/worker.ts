/// <reference lib="webworker" />
/**
 * The analysis Web Worker: exploration and Monte Carlo off the main thread, so
 * sliders stay responsive. It keeps the fast form between requests (compileModel
 * caches it), so only the first request pays for filling the table.
 */
// First: zod must not probe for eval under the site's Content-Security-Policy.
import { conflictModel } from '../../machines/index.ts';
import { handleAnalysisRequest, type AnalysisRequest } from './workerProtocol.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;
scope.onmessage = (event: MessageEvent<AnalysisRequest>) => {
  scope.postMessage(handleAnalysisRequest(conflictModel, event.data));
};
