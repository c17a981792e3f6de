/**
 * The engine: framework-free and deterministic. The app, the CLI and the analysis
 * all go through these functions; nothing else interprets the machines.
 */
export { availableEvents, availabilityOf, guardName } from './availability.ts';
export { EventNotEnabledError, ModelError, UserFacingError, isUserFacing } from './errors.ts';
export { canonicalJson, fingerprint } from './fingerprint.ts';
export {
  back,
  createHistory,
  currentLine,
  currentStep,
  forward,
  inputsOf,
  jumpTo,
  record,
  reset,
  stepsToCursor,
  switchLine,
  type History,
  type Line,
} from './history.ts';
export {
  buildLog,
  CSV_COLUMNS,
  CSV_LABEL_COLUMNS,
  logToCsv,
  logToJson,
  logToJsonl,
  type LogScenario,
  type MessageRecord,
  type PredictionRecord,
  type AttemptRecord,
  type TransitionLog,
} from './log.ts';
export { modelFingerprint } from './modelFingerprint.ts';
export {
  indexModel,
  postureEntries,
  postureLabel,
  type ModelIndex,
  type StateInfo,
} from './modelIndex.ts';
export {
  readLog,
  replayLog,
  type LogRead,
  type ReplayResult,
  type ReplayScenario,
} from './replay.ts';
export { assess, createSimulation, initialStep, type Simulation } from './simulation.ts';
export { applyEvent, applyEvents } from './step.ts';
export { playInputs, type PlayedLine, type Refusal } from './play.ts';
export {
  LOG_FORMAT,
  LOG_VERSION,
  MAX_INPUT_BYTES,
  SCENARIO_FORMAT,
  SCENARIO_VERSION,
} from './formats.ts';
export type {
  Cause,
  EventAvailability,
  RunSetup,
  StepResult,
  TabledTerms,
  TransitionRecord,
} from './types.ts';
export { ENGINE_VERSION } from './version.ts';
export { describeMove, narrateLog } from './narrate.ts';
