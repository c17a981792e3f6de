import { conflictModel } from '../../../machines/index.ts';
import { UserFacingError } from '../../engine/errors.ts';
import { edgeKey } from '../../diagram/graph.ts';
import { layoutParties } from '../../diagram/layoutParties.ts';
import { partyMermaid } from '../../diagram/mermaid.ts';
import { diagramSvg, type DiagramMarks } from '../../diagram/svg.ts';
import { postureEntries } from '../../engine/modelIndex.ts';
import { diagramFontFaces, diagramTextMeasure } from '../../server/diagramFont.ts';
import { createSimulation, initialStep } from '../../engine/simulation.ts';
import { applyEvents } from '../../engine/step.ts';
import { choice, parseArgs, UsageError, wholeNumber } from '../args.ts';
import type { Command } from '../context.ts';
import { resolveScenario, writeText } from '../io.ts';

const FORMATS = ['svg', 'mermaid'] as const;

/**
 * `diagram FILE|ID --party ID`: one party's statechart as SVG (laid out by ELK, as in the
 * app, with the diagram font embedded) or Mermaid text, marked at the scenario's start or
 * after `--at STEP` scripted steps.
 */
export const diagramCommand: Command = {
  usage: 'diagram FILE|ID --party ID [--format svg|mermaid] [--at STEP] [--out FILE]',
  summary: "Write a party's statechart as SVG or Mermaid text, marked at a step of the script.",
  run(argv, io) {
    const args = parseArgs(argv, { values: ['party', 'format', 'at', 'out'], switches: [] });
    if (args.positionals.length !== 1) throw new UsageError('diagram needs one FILE or ID');
    if (args.values.party === undefined) throw new UsageError('diagram needs --party ID');
    const format = choice(args.values.format, FORMATS, 'svg', 'format');
    const { scenario } = resolveScenario(args.positionals[0]!);
    const party = conflictModel.parties.find((p) => p.id === args.values.party);
    if (!party) {
      const known = conflictModel.parties.map((p) => p.id).join(', ');
      throw new UserFacingError(`unknown party "${args.values.party}" (expected one of ${known})`);
    }
    const at =
      args.values.at === undefined
        ? 0
        : wholeNumber(args.values.at, 'at', 0, scenario.script.length);
    const sim = createSimulation(conflictModel, {
      postures: scenario.start.postures,
      played: scenario.played,
      seed: scenario.seed,
    });
    const steps = applyEvents(
      sim,
      initialStep(sim),
      scenario.script.slice(0, at).map((s) => s.event),
    );
    const step = steps[steps.length - 1]!;
    const marks: DiagramMarks = {
      active: new Map(postureEntries(step.postures[party.id]!)),
      taken: new Set(
        at === 0
          ? []
          : step.transitions
              .filter((t) => t.actor === party.id)
              .map((t) => edgeKey(t.region, t.from, t.to)),
      ),
    };
    const text =
      format === 'svg'
        ? diagramSvg(
            layoutParties({ ...conflictModel, parties: [party] }, diagramTextMeasure()).parties[
              party.id
            ]!,
            diagramFontFaces(),
            marks,
          )
        : partyMermaid(party, conflictModel.events, marks);
    if (args.values.out) {
      writeText(args.values.out, text);
      io.err(`wrote the ${party.name} diagram (${format}) to ${args.values.out}\n`);
    } else {
      io.out(text);
    }
    return 0;
  },
};
