/**
 * Problems are the engine's vocabulary for bad input (logs and scenarios alike); this
 * module re-exports them so scenario-level code keeps one import path.
 */
export { describeValue, formatProblem, problemsFromZod, toPointer, type Problem } from '../engine/problems.ts';
