/** The Israel–Lebanon conflict model: every party machine and the rules that join them. */
import { eventCatalog } from './events.ts';
import { modelGuards } from './guards.ts';
import { ladderLevel, ladderRungs } from './ladder.ts';
import { outcomeOf, outcomeSpecs } from './outcomes.ts';
import { parties } from './parties.ts';
import { modelSources } from './sources.ts';
import type { ConflictModel } from './types.ts';

export type * from './types.ts';
export { eventCatalog } from './events.ts';
export { modelGuards } from './guards.ts';
export { ladderRungs } from './ladder.ts';
export { outcomeSpecs } from './outcomes.ts';
export { parties } from './parties.ts';
export { modelSources } from './sources.ts';
export { termConditions, type TermConditionName, type TermConditionSpec } from './conditions.ts';
export * from './terms.ts';

/**
 * The model the app, the CLI and the analysis all run. Bump `version` whenever a
 * machine changes behaviour: logs record it, and replay refuses a log made with
 * another version.
 */
export const conflictModel: ConflictModel = {
  id: 'israel-lebanon-2024',
  version: '3.1.0',
  parties,
  events: eventCatalog,
  guards: modelGuards,
  sources: modelSources,
  ladder: ladderRungs,
  ladderLevel,
  outcomes: outcomeSpecs,
  outcomeOf,
};
