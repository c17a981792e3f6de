/**
 * The name and version of every file format Escalation Lab writes, in one place. A
 * reader refuses a newer version by name instead of misreading it; bump a version
 * only with a reader for the old one (docs/log-format.md, docs/scenarios.md).
 */

/** The `format` field of a transition log. */
export const LOG_FORMAT = 'escalation-lab/transition-log';
/** The log format version this engine writes and reads. */
export const LOG_VERSION = 1;

/** The `format` field of a scenario file. */
export const SCENARIO_FORMAT = 'escalation-lab/scenario';
/** The scenario format version this code reads. */
export const SCENARIO_VERSION = 1;

/** The most bytes read from any input file (scenario or log), before parsing it. */
export const MAX_INPUT_BYTES = 8 * 1024 * 1024;
