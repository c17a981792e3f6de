/**
 * Helpers for the diagram tests: the machine's transitions read straight from XState
 * (independently of src/diagram/graph.ts), and geometry checks on laid-out diagrams.
 */
import type { AnyStateNode, AnyTransitionDefinition } from 'xstate';
import type { PartyDefinition } from '../../machines/types.ts';
import type { DiagramBox, DiagramPoint } from '../../src/diagram/layoutTypes.ts';

/** Every state of a party as "region|state" (region '' for a flat machine). */
export function machineStates(party: PartyDefinition): string[] {
  const root = party.machine.root;
  const regions: [string, AnyStateNode][] =
    root.type === 'parallel'
      ? Object.entries(root.states as Record<string, AnyStateNode>)
      : [['', root]];
  return regions.flatMap(([region, node]) => Object.keys(node.states).map((s) => `${region}|${s}`));
}

/** Every transition between two different states as "region|from|to|event", in machine order. */
export function machineTransitions(party: PartyDefinition): string[] {
  const out: string[] = [];
  const root = party.machine.root;
  const regions: [string, AnyStateNode][] =
    root.type === 'parallel'
      ? Object.entries(root.states as Record<string, AnyStateNode>)
      : [['', root]];
  for (const [region, container] of regions) {
    for (const node of Object.values(container.states) as AnyStateNode[]) {
      for (const [event, list] of node.transitions) {
        for (const t of list as AnyTransitionDefinition[]) {
          const target = t.target?.[0];
          if (target && target !== node) out.push(`${region}|${node.key}|${target.key}|${event}`);
        }
      }
    }
  }
  return out;
}

/** True when the open interiors of two boxes overlap. */
export function boxesOverlap(a: DiagramBox, b: DiagramBox): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/**
 * True when the segment p–q passes through the interior of box b (shrunk by `inset`, so a
 * segment that ends on the border is not counted). Liang–Barsky clipping.
 */
export function segmentCrossesBox(
  p: DiagramPoint,
  q: DiagramPoint,
  b: DiagramBox,
  inset = 0.5,
): boolean {
  const x0 = b.x + inset,
    x1 = b.x + b.width - inset,
    y0 = b.y + inset,
    y1 = b.y + b.height - inset;
  let t0 = 0,
    t1 = 1;
  const dx = q.x - p.x,
    dy = q.y - p.y;
  const checks: [number, number][] = [
    [-dx, p.x - x0],
    [dx, x1 - p.x],
    [-dy, p.y - y0],
    [dy, y1 - p.y],
  ];
  for (const [pp, qq] of checks) {
    if (pp === 0) {
      if (qq <= 0) return false;
    } else {
      const r = qq / pp;
      if (pp < 0) t0 = Math.max(t0, r);
      else t1 = Math.min(t1, r);
      if (t0 >= t1) return false;
    }
  }
  return true;
}
