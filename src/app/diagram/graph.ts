/**
 * Machine → directed graph, pure: one graph per region (or one for a flat machine),
 * its states as nodes and its transitions as edges, events between the same two
 * states merged into one edge. This is the first stage of machine → graph → layout → SVG.
 */
import type { AnyStateNode, AnyTransitionDefinition } from 'xstate';
import type { PartyDefinition, TransitionMeta } from '../../../machines/types.ts';
import { guardName } from '../../engine/index.ts';

/** One transition definition on an edge, with what the Why panel needs. */
export interface EdgeEvent {
  readonly event: string;
  readonly description: string;
  readonly guard: string | null;
  readonly basis: readonly string[];
}

/** One state of a region. */
export interface GraphNode {
  readonly state: string;
  readonly label: string;
  readonly description: string;
}

/** All transitions from one state to another, in the order the machine lists them. */
export interface GraphEdge {
  readonly from: string;
  readonly to: string;
  readonly events: readonly EdgeEvent[];
}

/** One region's graph (region null for a flat machine). */
export interface RegionGraph {
  readonly region: string | null;
  readonly initial: string;
  readonly nodes: readonly GraphNode[];
  readonly edges: readonly GraphEdge[];
}


function regionGraph(region: string | null, container: AnyStateNode): RegionGraph {
  const children = Object.values(container.states) as AnyStateNode[];
  const nodes = children.map((n) => ({
    state: n.key,
    label: ((n.meta ?? {}) as { label?: string }).label ?? n.key,
    description: n.description ?? '',
  }));
  const edges = new Map<string, { from: string; to: string; events: EdgeEvent[] }>();
  for (const node of children) {
    for (const [event, list] of node.transitions) {
      for (const t of list as AnyTransitionDefinition[]) {
        const target = t.target?.[0];
        // Only transitions inside the region are drawn; the model has no others.
        if (!target || target.parent !== container || target === node) continue;
        const key = `${node.key}→${target.key}`;
        const edge = edges.get(key) ?? { from: node.key, to: target.key, events: [] };
        const meta = (t.meta ?? { basis: [] }) as TransitionMeta;
        edge.events.push({ event, description: t.description ?? '', guard: guardName(t), basis: meta.basis ?? [] });
        edges.set(key, edge);
      }
    }
  }
  const initial = (container.initial?.target?.[0] as AnyStateNode | undefined)?.key ?? nodes[0]?.state ?? '';
  return { region, initial, nodes, edges: [...edges.values()] };
}

/** A party's machine as graphs, one per parallel region, in declaration order. */
export function partyGraphs(party: PartyDefinition): RegionGraph[] {
  const root = party.machine.root;
  if (root.type === 'parallel') {
    return Object.entries(root.states as Record<string, AnyStateNode>).map(([region, node]) => regionGraph(region, node));
  }
  return [regionGraph(null, root)];
}
