/**
 * Machine → directed graph, pure: one graph per region (or one for a flat machine),
 * its states as nodes and its transitions as edges, events between the same two
 * states merged into one edge. This is the first stage of
 * machine → graph → ELK layout (at build time) → coordinates → SVG.
 * Everything is read from the machine itself, so new states and events appear
 * without a change here.
 */
import type { AnyStateNode, AnyTransitionDefinition } from 'xstate';
import type { EventSpec, PartyDefinition, TransitionMeta } from '../../machines/types.ts';
import { eventCatalog } from '../../machines/events.ts';
import { guardName } from '../engine/availability.ts';

/** One transition definition on an edge, with what the Why panel and the labels need. */
export interface EdgeEvent {
  readonly event: string;
  /** The event's short label from the catalog (the event type when it has none). */
  readonly label: string;
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

type Labels = ReadonlyMap<string, string>;

function regionGraph(region: string | null, container: AnyStateNode, labels: Labels): RegionGraph {
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
        edge.events.push({
          event,
          label: labels.get(event) ?? event,
          description: t.description ?? '',
          guard: guardName(t),
          basis: meta.basis ?? [],
        });
        edges.set(key, edge);
      }
    }
  }
  const initialNode = container.initial?.target?.[0] as AnyStateNode | undefined;
  const initial = initialNode?.key ?? nodes[0]?.state ?? '';
  return { region, initial, nodes, edges: [...edges.values()] };
}

/**
 * A party's machine as graphs, one per parallel region, in declaration order.
 * `events` supplies the short labels (the model's catalog unless told otherwise).
 */
export function partyGraphs(
  party: PartyDefinition,
  events: readonly EventSpec[] = eventCatalog,
): RegionGraph[] {
  const labels = new Map(events.map((e) => [e.type, e.label]));
  const root = party.machine.root;
  if (root.type === 'parallel') {
    return Object.entries(root.states as Record<string, AnyStateNode>).map(([region, node]) =>
      regionGraph(region, node, labels),
    );
  }
  return [regionGraph(null, root, labels)];
}

/** The key the app and the log use for a transition: "region|from|to". */
export function edgeKey(region: string | null, from: string, to: string): string {
  return `${region ?? ''}|${from}|${to}`;
}

/** A region's heading: "Military", or "States" for a flat machine. */
export function regionTitle(region: string | null): string {
  return region ? region[0]!.toUpperCase() + region.slice(1) : 'States';
}
