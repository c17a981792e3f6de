/**
 * A party's machine as Mermaid `stateDiagram-v2` text, pure, for tools that render Mermaid
 * (GitHub, Notion, many slide tools). Parallel regions become concurrent parts (`--`) of
 * one composite state; every transition of the machine becomes one line `a --> b : label`,
 * so every event appears once per arrow it moves. Active states can be marked with a class.
 */
import type { PartyDefinition } from '../../machines/types.ts';
import type { EventSpec } from '../../machines/types.ts';
import { partyGraphs, regionTitle, type RegionGraph } from './graph.ts';
import { eventText } from './metrics.ts';
import type { DiagramMarks } from './svg.ts';

/** A Mermaid id for a state: letters, digits and underscores only, unique across regions. */
export function mermaidId(region: string | null, state: string): string {
  return `${region ?? 'root'}_${state}`.replace(/[^A-Za-z0-9_]/g, '_');
}

/** Text Mermaid reads literally (it ends a statement at `;` and reads `#…;` as an entity). */
function safe(text: string): string {
  return text.replace(/[;#"]/g, ' ').replace(/\s+/g, ' ').trim();
}

function regionLines(g: RegionGraph, indent: string, marks: DiagramMarks | undefined): string[] {
  const id = (s: string) => mermaidId(g.region, s);
  const lines = g.nodes.map((n) => `${indent}state "${safe(n.label)}" as ${id(n.state)}`);
  if (g.initial) lines.push(`${indent}[*] --> ${id(g.initial)}`);
  for (const e of g.edges) {
    for (const ev of e.events) {
      lines.push(`${indent}${id(e.from)} --> ${id(e.to)} : ${safe(eventText(ev.label, ev.guard))}`);
    }
  }
  const active = marks?.active.get(g.region);
  if (active) lines.push(`${indent}class ${id(active)} active`);
  return lines;
}

/** The Mermaid text of a party's machine, with its active states marked when `marks` says. */
export function partyMermaid(
  party: PartyDefinition,
  events?: readonly EventSpec[],
  marks?: DiagramMarks,
): string {
  const graphs = partyGraphs(party, events);
  const out = ['stateDiagram-v2', `  %% ${safe(party.name)}: statechart`];
  if (marks?.active.size) out.push('  classDef active font-weight:bold,stroke-width:3px');
  if (graphs.length === 1 && graphs[0]!.region === null) {
    out.push(...regionLines(graphs[0]!, '  ', marks));
  } else {
    out.push(`  state "${safe(party.name)}" as ${mermaidId(null, party.id)} {`);
    graphs.forEach((g, i) => {
      if (i > 0) out.push('    --');
      out.push(`    state "${safe(regionTitle(g.region))}" as ${mermaidId(g.region, 'region')} {`);
      out.push(...regionLines(g, '      ', marks));
      out.push('    }');
    });
    out.push('  }');
  }
  return out.join('\n') + '\n';
}
