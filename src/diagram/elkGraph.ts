/**
 * Graph → ELK graph → coordinates, pure: builds the ELK JSON graph of one party (a compound
 * node per parallel region holding its states, an edge per pair of states with its label
 * sized in advance) and reads ELK's answer back into absolute coordinates. Running ELK
 * itself is elkRun.ts's job, so this file never loads the layout engine.
 */
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api.js';
import type { PartyDefinition } from '../../machines/types.ts';
import { regionTitle, type RegionGraph } from './graph.ts';
import {
  ARROW,
  ARROW_TAKEN,
  arrowHead,
  edgeName,
  edgePath,
  edgeTextLines,
  stateTextLines,
} from './geometry.ts';
import type { LaidEdge, LaidRegion, LaidState, PartyDiagramLayout } from './layoutTypes.ts';
import {
  edgeLabelBox,
  edgeLabelLines,
  eventText,
  METRICS,
  stateBox,
  stateLines,
} from './metrics.ts';
import type { MeasureText } from './textMeasure.ts';

/** Layered layout in each region: top to bottom, orthogonal arrows, labels placed by ELK. */
const REGION_OPTIONS: Record<string, string> = {
  'elk.algorithm': 'layered',
  'elk.direction': 'DOWN',
  'elk.edgeRouting': 'ORTHOGONAL',
  'elk.padding': `[top=${METRICS.titleHeight + 10},left=16,bottom=16,right=16]`,
  'elk.spacing.nodeNode': '24',
  'elk.spacing.edgeNode': '12',
  'elk.spacing.edgeEdge': '10',
  'elk.spacing.edgeLabel': '6',
  'elk.spacing.labelLabel': '6',
  'elk.layered.spacing.nodeNodeBetweenLayers': '28',
  'elk.layered.spacing.edgeNodeBetweenLayers': '12',
  'elk.layered.spacing.edgeEdgeBetweenLayers': '8',
  // Keep the machine's declaration order where the layering allows: stable pictures.
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
  'elk.layered.nodePlacement.strategy': 'NETWORK_SIMPLEX',
};

/**
 * The regions as separate boxes with nothing between them, packed in rows toward a
 * picture about 1.3 times as wide as it is tall: a party with a large region stacks its
 * regions instead of setting them side by side, so its diagram is half as wide (Hezbollah
 * 975 px instead of 1,949; Israel 1,235 instead of 2,001) and scrolls down its panel,
 * the way a mouse wheel or a trackpad scrolls, rather than sideways.
 */
const ROOT_OPTIONS: Record<string, string> = {
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  'elk.padding': '[top=8,left=8,bottom=8,right=8]',
  'elk.spacing.nodeNode': '24',
  'elk.spacing.componentComponent': '24',
  'elk.separateConnectedComponents': 'true',
  'elk.aspectRatio': '1.3',
  'elk.layered.considerModelOrder.components': 'MODEL_ORDER',
};

const stateId = (party: string, region: string | null, state: string) =>
  `${party}/${region ?? ''}/${state}`;
const regionId = (party: string, region: string | null) => `${party}/${region ?? ''}`;

/**
 * One party's machine as an ELK graph: root → region compounds → state boxes, every box
 * and label sized with `measure` (the diagram font's bold glyphs).
 */
export function elkGraphOf(
  party: PartyDefinition,
  graphs: readonly RegionGraph[],
  measure: MeasureText,
): ElkNode {
  return {
    id: party.id,
    layoutOptions: ROOT_OPTIONS,
    children: graphs.map((g) => ({
      id: regionId(party.id, g.region),
      layoutOptions: REGION_OPTIONS,
      children: g.nodes.map((n) => {
        const box = stateBox(n.label, measure);
        return { id: stateId(party.id, g.region, n.state), width: box.width, height: box.height };
      }),
      edges: g.edges.map((e, i): ElkExtendedEdge => {
        const label = edgeLabelBox(
          e.events.map((x) => eventText(x.label, x.guard)),
          measure,
        );
        return {
          id: `${regionId(party.id, g.region)}#${i}`,
          sources: [stateId(party.id, g.region, e.from)],
          targets: [stateId(party.id, g.region, e.to)],
          labels: [
            {
              id: `${regionId(party.id, g.region)}#${i}/label`,
              text: label.lines.join('\n'),
              width: label.width,
              height: label.height,
              layoutOptions: {
                'elk.edgeLabels.placement': 'CENTER',
                'elk.edgeLabels.inline': 'true',
              },
            },
          ],
        };
      }),
    })),
  };
}

const round = (n: number) => Math.round(n * 10) / 10;

/** Reads ELK's answer (coordinates relative to each parent) into absolute coordinates. */
export function readLayout(
  party: PartyDefinition,
  graphs: readonly RegionGraph[],
  laid: ElkNode,
): PartyDiagramLayout {
  const regions: LaidRegion[] = [];
  const states: LaidState[] = [];
  const edges: LaidEdge[] = [];
  graphs.forEach((g, gi) => {
    const box = laid.children![gi]!;
    const ox = box.x ?? 0;
    const oy = box.y ?? 0;
    regions.push({
      region: g.region,
      title: regionTitle(g.region),
      x: round(ox),
      y: round(oy),
      width: round(box.width ?? 0),
      height: round(box.height ?? 0),
    });
    g.nodes.forEach((n, ni) => {
      const s = box.children![ni]!;
      const placed = {
        lines: stateLines(n.label),
        x: round(ox + (s.x ?? 0)),
        y: round(oy + (s.y ?? 0)),
        width: s.width ?? 0,
        height: s.height ?? 0,
      };
      states.push({
        region: g.region,
        state: n.state,
        label: n.label,
        description: n.description,
        initial: n.state === g.initial,
        ...placed,
        text: stateTextLines(placed),
      });
    });
    const labels = new Map(g.nodes.map((n) => [n.state, n.label]));
    const labelOf = (state: string) => labels.get(state) ?? state;
    g.edges.forEach((e, ei) => {
      const elk = box.edges![ei]!;
      const section = elk.sections![0]!;
      const points = [section.startPoint, ...(section.bendPoints ?? []), section.endPoint].map(
        (p) => ({ x: round(ox + p.x), y: round(oy + p.y) }),
      );
      const texts = e.events.map((x) => eventText(x.label, x.guard));
      const elkLabel = elk.labels![0]!;
      const label = {
        lines: edgeLabelLines(texts),
        x: round(ox + (elkLabel.x ?? 0)),
        y: round(oy + (elkLabel.y ?? 0)),
        width: elkLabel.width ?? 0,
        height: elkLabel.height ?? 0,
      };
      edges.push({
        region: g.region,
        from: e.from,
        to: e.to,
        events: e.events.map((x) => x.event),
        texts,
        name: edgeName({ texts, from: e.from, to: e.to }, labelOf),
        points,
        label,
        path: edgePath(points),
        head: arrowHead(points, ARROW),
        headTaken: arrowHead(points, ARROW_TAKEN),
        text: edgeTextLines({ label }),
      });
    });
  });
  return {
    party: party.id,
    name: party.name,
    width: Math.ceil(laid.width ?? 0),
    height: Math.ceil(laid.height ?? 0),
    regions,
    states,
    edges,
  };
}
