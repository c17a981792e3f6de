/**
 * machine → graph → ELK → coordinates for every party of a model. Node only (it runs ELK):
 * called by the build step (src/build/diagramLayoutPlugin.ts) and the CLI.
 */
import type { ConflictModel } from '../../machines/types.ts';
import { elkGraphOf, readLayout } from './elkGraph.ts';
import { runElk } from './elkRun.ts';
import { partyGraphs } from './graph.ts';
import type { DiagramLayouts, PartyDiagramLayout } from './layoutTypes.ts';
import type { MeasureText } from './textMeasure.ts';

/**
 * Every party's diagram layout, computed by ELK's layered algorithm, with boxes and labels
 * sized by `measure` (the diagram font's glyphs: see src/server/diagramFont.ts).
 */
export function layoutParties(model: ConflictModel, measure: MeasureText): DiagramLayouts {
  const parties: Record<string, PartyDiagramLayout> = {};
  for (const party of model.parties) {
    const graphs = partyGraphs(party, model.events);
    parties[party.id] = readLayout(party, graphs, runElk(elkGraphOf(party, graphs, measure)));
  }
  return { modelVersion: model.version, parties };
}
