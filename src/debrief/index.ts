/**
 * The debrief: pure and framework-free, so the app, the CLI and the tests all build
 * the same debrief from the same line (see docs/debrief.md).
 */
export { buildDebrief, type DebriefInput } from './build.ts';
export { compareLines, type Comparison, type CompareRow, type CompareSide } from './compare.ts';
export { debriefFromLog, readDebriefLog, type DebriefLogRead } from './fromLog.ts';
export { comparisonHtml, debriefHtml, escapeHtml, ladderSvg } from './html.ts';
export { labelsFor, type Labels } from './labels.ts';
export { comparisonMarkdown, debriefMarkdown, movesText, SIMPLIFICATION } from './markdown.ts';
export { ladderPlot, type LadderPlotGeometry } from './plot.ts';
export { predictionSchema, predictionsSchema } from './predictions.ts';
export { citation } from './sources.ts';
export {
  attemptSchema,
  attemptsSchema,
  TRIED_HEADER,
  TRIED_HEADING,
  TRIED_INTRO,
  triedRows,
  triedTable,
} from './tried.ts';
export type * from './types.ts';
export {
  contentUuid,
  debriefStatements,
  statementsToJsonl,
  XAPI_BASE,
  type DebriefAnswer,
  type XapiOptions,
  type XapiStatement,
} from './xapi.ts';
