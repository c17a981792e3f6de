import { conflictModel } from '../../../machines/index.ts';
import { UserFacingError } from '../../engine/errors.ts';
import {
  compareLines,
  comparisonHtml,
  comparisonMarkdown,
  debriefFromLog,
  debriefHtml,
  debriefMarkdown,
  debriefStatements,
  readDebriefLog,
  statementsToJsonl,
  type Debrief,
} from '../../debrief/index.ts';
import { choice, parseArgs, UsageError } from '../args.ts';
import type { Command } from '../context.ts';
import { ProblemsError, readText, resolveScenario, writeText } from '../io.ts';

const FORMATS = ['md', 'html', 'json', 'xapi'] as const;

/** The debrief of one log file: read, checked, replayed on its scenario. */
function debriefOf(file: string, scenarioArg: string | undefined): Debrief {
  const read = readDebriefLog(file, readText(file));
  if (!read.ok) throw new ProblemsError(read.problems);
  const scenario = resolveScenario(scenarioArg ?? read.log.scenario.id);
  const result = debriefFromLog(
    conflictModel,
    scenario,
    file,
    read.log,
    read.predictions,
    read.attempts,
  );
  if (!result.ok) throw new UserFacingError(`${file}: ${result.message}`);
  return result.debrief;
}

/** `debrief LOG [--compare LOG2]`: what the class did, why, and against what happened. */
export const debriefCommand: Command = {
  usage:
    'debrief LOG.json [--compare LOG2.json] [--format md|html|json|xapi] [--out FILE] ' +
    '[--scenario FILE]',
  summary: 'The debrief of a log (or two logs side by side) as Markdown, HTML, JSON or xAPI.',
  run(argv, io) {
    const args = parseArgs(argv, { values: ['compare', 'format', 'out', 'scenario'] });
    if (args.positionals.length !== 1) throw new UsageError('debrief needs one LOG file');
    const format = choice(args.values.format, FORMATS, 'md', 'format');
    const debrief = debriefOf(args.positionals[0]!, args.values.scenario);
    let text: string;
    if (args.values.compare !== undefined) {
      if (format === 'xapi')
        throw new UsageError('--format xapi exports one log; leave out --compare');
      const other = debriefOf(args.values.compare, args.values.scenario);
      if (other.scenario.id !== debrief.scenario.id) {
        throw new UserFacingError(
          `${args.values.compare}: a log of scenario "${other.scenario.id}", not ` +
            `"${debrief.scenario.id}"; only lines of one scenario can be compared`,
        );
      }
      const comparison = compareLines(debrief, other);
      text = {
        md: comparisonMarkdown,
        html: comparisonHtml,
        json: (c: typeof comparison) => JSON.stringify(c, null, 2) + '\n',
      }[format](comparison);
    } else {
      text = {
        md: debriefMarkdown,
        html: debriefHtml,
        json: (d: Debrief) => JSON.stringify(d, null, 2) + '\n',
        xapi: (d: Debrief) => statementsToJsonl(debriefStatements(d)),
      }[format](debrief);
    }
    if (args.values.out) {
      writeText(args.values.out, text);
      io.err(`wrote the debrief to ${args.values.out}\n`);
    } else {
      io.out(text);
    }
    return 0;
  },
};
