/**
 * A small deterministic layered layout (in the spirit of Sugiyama, without the
 * heavy parts): layers by breadth-first distance from the initial state, order in a
 * layer by the mean position of the predecessors, then straight rows of boxes.
 * The model's regions have at most six states, so this is enough, and it keeps
 * ELK (about 450 kB) out of the bundle. Results are memoised per machine.
 */
import type { PartyDefinition } from '../../../machines/types.ts';
import { partyGraphs, type GraphEdge, type GraphNode, type RegionGraph } from './graph.ts';

/** Box size and spacing, in SVG units (1 unit = 1 CSS px at 100%). */
export const BOX = { width: 172, height: 52, gapX: 28, gapY: 56, title: 34, pad: 16 } as const;

/** A placed state box. */
export interface PlacedNode extends GraphNode {
  readonly x: number;
  readonly y: number;
}

/** A routed edge: an SVG path from box border to box border. */
export interface PlacedEdge extends GraphEdge {
  readonly path: string;
}

/** One region, placed. */
export interface PlacedRegion {
  readonly region: string | null;
  readonly initial: string;
  readonly x: number;
  readonly width: number;
  readonly nodes: readonly PlacedNode[];
  readonly edges: readonly PlacedEdge[];
}

/** A whole party diagram: regions side by side. */
export interface PartyLayout {
  readonly width: number;
  readonly height: number;
  readonly regions: readonly PlacedRegion[];
}

/** Breadth-first layers from the initial state; states not reachable go last. */
function layersOf(graph: RegionGraph): string[][] {
  const depth = new Map<string, number>([[graph.initial, 0]]);
  const queue = [graph.initial];
  while (queue.length) {
    const at = queue.shift()!;
    for (const e of graph.edges) {
      if (e.from === at && !depth.has(e.to)) {
        depth.set(e.to, depth.get(at)! + 1);
        queue.push(e.to);
      }
    }
  }
  const deepest = Math.max(0, ...depth.values());
  const layers: string[][] = [];
  for (const n of graph.nodes) {
    const d = depth.get(n.state) ?? deepest + 1;
    const layer = layers[d] ?? [];
    layer.push(n.state);
    layers[d] = layer;
  }
  return layers.filter((l) => l?.length);
}

/** Orders each layer by the mean index of its predecessors in the layer above (stable). */
function orderLayers(layers: string[][], edges: readonly GraphEdge[]): string[][] {
  const ordered: string[][] = [];
  layers.forEach((layer, i) => {
    if (i === 0) {
      ordered.push(layer);
      return;
    }
    const above = ordered[i - 1]!;
    const score = (s: string) => {
      const preds = edges.filter((e) => e.to === s && above.includes(e.from)).map((e) => above.indexOf(e.from));
      return preds.length ? preds.reduce((a, b) => a + b, 0) / preds.length : above.length;
    };
    ordered.push(layer.map((s, k) => ({ s, k, v: score(s) })).sort((a, b) => a.v - b.v || a.k - b.k).map((x) => x.s));
  });
  return ordered;
}

/** Where a line from the box centre towards (tx, ty) leaves the box. */
function clip(cx: number, cy: number, tx: number, ty: number): [number, number] {
  const dx = tx - cx;
  const dy = ty - cy;
  const sx = dx === 0 ? Infinity : BOX.width / 2 / Math.abs(dx);
  const sy = dy === 0 ? Infinity : BOX.height / 2 / Math.abs(dy);
  const s = Math.min(sx, sy);
  return [cx + dx * s, cy + dy * s];
}

const r = (n: number) => Math.round(n * 10) / 10;

/**
 * A slightly bent path, so that A→B and B→A bend to opposite sides and never
 * overlap; edges along a row bend more, to clear the boxes between.
 */
function route(a: PlacedNode, b: PlacedNode): string {
  const ax = a.x + BOX.width / 2, ay = a.y + BOX.height / 2;
  const bx = b.x + BOX.width / 2, by = b.y + BOX.height / 2;
  const len = Math.hypot(bx - ax, by - ay) || 1;
  const bend = a.y === b.y ? 34 + len / 8 : 18;
  const cx = (ax + bx) / 2 + ((by - ay) / len) * bend;
  const cy = (ay + by) / 2 - ((bx - ax) / len) * bend;
  const [sx, sy] = clip(ax, ay, cx, cy);
  const [ex, ey] = clip(bx, by, cx, cy);
  return `M${r(sx)},${r(sy)} Q${r(cx)},${r(cy)} ${r(ex)},${r(ey)}`;
}

function placeRegion(graph: RegionGraph, x0: number): PlacedRegion {
  const layers = orderLayers(layersOf(graph), graph.edges);
  const widest = Math.max(1, ...layers.map((l) => l.length));
  const width = widest * BOX.width + (widest - 1) * BOX.gapX + 2 * BOX.pad;
  const byState = new Map(graph.nodes.map((n) => [n.state, n]));
  const nodes: PlacedNode[] = [];
  layers.forEach((layer, row) => {
    const rowWidth = layer.length * BOX.width + (layer.length - 1) * BOX.gapX;
    const left = x0 + (width - rowWidth) / 2;
    layer.forEach((state, col) => {
      nodes.push({ ...byState.get(state)!, x: left + col * (BOX.width + BOX.gapX), y: BOX.title + BOX.pad + row * (BOX.height + BOX.gapY) });
    });
  });
  const at = new Map(nodes.map((n) => [n.state, n]));
  const edges = graph.edges.map((e) => ({ ...e, path: route(at.get(e.from)!, at.get(e.to)!) }));
  // Keep declaration order for nodes, so the text alternative lists states as the machine does.
  nodes.sort((a, b) => graph.nodes.findIndex((n) => n.state === a.state) - graph.nodes.findIndex((n) => n.state === b.state));
  return { region: graph.region, initial: graph.initial, x: x0, width, nodes, edges };
}

/** Lays out a list of region graphs side by side. */
export function layoutGraphs(graphs: readonly RegionGraph[]): PartyLayout {
  const regions: PlacedRegion[] = [];
  let x = 0;
  for (const g of graphs) {
    const placed = placeRegion(g, x);
    regions.push(placed);
    x += placed.width + BOX.gapX;
  }
  const rows = Math.max(1, ...graphs.map((g) => layersOf(g).length));
  const height = BOX.title + 2 * BOX.pad + rows * BOX.height + (rows - 1) * BOX.gapY;
  return { width: Math.max(0, x - BOX.gapX), height, regions };
}

const cache = new WeakMap<PartyDefinition, PartyLayout>();

/** A party's diagram layout, computed once per party definition. */
export function layoutParty(party: PartyDefinition): PartyLayout {
  let layout = cache.get(party);
  if (!layout) {
    layout = layoutGraphs(partyGraphs(party));
    cache.set(party, layout);
  }
  return layout;
}
