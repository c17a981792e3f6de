/**
 * One party's statechart as SVG: a box per state, an arrow per pair of states, one
 * SVG per parallel region (side by side, wrapping on narrow screens so labels keep
 * their size on a projector). Active states carry `data-active` and `aria-current`;
 * the transition just taken carries `data-taken`. A list of the states, with the
 * current ones marked, is the text alternative for screen readers.
 */
import { memo, type KeyboardEvent } from 'react';
import type { PartyDefinition, Posture } from '../../../machines/types.ts';
import { postureEntries } from '../../engine/index.ts';
import type { GraphEdge } from './graph.ts';
import { BOX, layoutParty, type PlacedRegion } from './layout.ts';

/** What a click on the diagram selects: an edge of a region. */
export interface EdgeSelection {
  readonly party: string;
  readonly region: string | null;
  readonly edge: GraphEdge;
}

/** What a click on a state box selects: the latest transition into it. */
export interface StateSelection {
  readonly party: string;
  readonly region: string | null;
  readonly state: string;
}

/** Props of one party diagram. */
export interface PartyDiagramProps {
  readonly party: PartyDefinition;
  readonly posture: Posture;
  /** "region|from|to" of each transition taken in the current step, joined by spaces. */
  readonly taken: string;
  readonly onSelectEdge: (selection: EdgeSelection) => void;
  readonly onSelectState: (selection: StateSelection) => void;
}

/** Splits a label into lines of at most `width` characters, at spaces. */
export function wrapLabel(label: string, width = 19): string[] {
  const lines: string[] = [];
  for (const word of label.split(' ')) {
    const last = lines[lines.length - 1];
    if (last !== undefined && (last + ' ' + word).length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** Enter or Space selects a state; arrow keys move the focus to the previous or next state of the region. */
function onStateKey(e: KeyboardEvent<SVGGElement>): void {
  const here = e.currentTarget;
  if (e.key === 'Enter' || e.key === ' ') {
    e.preventDefault();
    here.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    return;
  }
  const step = e.key === 'ArrowRight' || e.key === 'ArrowDown' ? 1 : e.key === 'ArrowLeft' || e.key === 'ArrowUp' ? -1 : 0;
  if (!step || !here.ownerSVGElement) return;
  e.preventDefault();
  const states = [...here.ownerSVGElement.querySelectorAll<SVGGElement>('g.state')];
  const next = states[(states.indexOf(here) + step + states.length) % states.length];
  next?.focus();
}

const regionTitle = (region: string | null) => (region ? region[0]!.toUpperCase() + region.slice(1) : 'States');

interface RegionSvgProps {
  readonly party: PartyDefinition;
  readonly placed: PlacedRegion;
  readonly active: string;
  readonly taken: Set<string>;
  readonly onSelectEdge: PartyDiagramProps['onSelectEdge'];
  readonly onSelectState: PartyDiagramProps['onSelectState'];
}

function RegionSvg({ party, placed, active, taken, onSelectEdge, onSelectState }: RegionSvgProps) {
  // Extra room below the last row: arrows along a row bend under it.
  const height = Math.max(...placed.nodes.map((n) => n.y)) + BOX.height + BOX.pad + 28;
  const markerId = `arrow-${party.id}-${placed.region ?? 'root'}`;
  const takenMarkerId = `${markerId}-taken`;
  return (
    <svg
      className="diagram-region"
      width={placed.width}
      height={height}
      viewBox={`${placed.x} 0 ${placed.width} ${height}`}
      role="group"
      aria-label={`${party.name}, ${regionTitle(placed.region).toLowerCase()} region diagram`}
    >
      <defs>
        <marker id={markerId} viewBox="0 0 10 10" refX="9" refY="5" markerUnits="userSpaceOnUse" markerWidth="11" markerHeight="11" orient="auto-start-reverse">
          <path d="M0,0 L10,5 L0,10 z" className="arrowhead" />
        </marker>
        <marker id={takenMarkerId} viewBox="0 0 10 10" refX="9" refY="5" markerUnits="userSpaceOnUse" markerWidth="15" markerHeight="15" orient="auto-start-reverse">
          <path d="M0,0 L10,5 L0,10 z" className="arrowhead taken" />
        </marker>
      </defs>
      <text x={placed.x + BOX.pad} y={24} className="region-title">
        {regionTitle(placed.region)}
      </text>
      {placed.edges.map((e) => {
        const isTaken = taken.has(`${placed.region ?? ''}|${e.from}|${e.to}`);
        return (
          <g
            key={`${e.from}-${e.to}`}
            className="edge"
            data-taken={isTaken ? 'true' : undefined}
            data-from={e.from}
            data-to={e.to}
            onClick={() => onSelectEdge({ party: party.id, region: placed.region, edge: e })}
          >
            <title>{e.events.map((x) => x.event).join(', ')}</title>
            <path d={e.path} className="edge-hit" />
            <path d={e.path} className="edge-line" markerEnd={`url(#${isTaken ? takenMarkerId : markerId})`} />
          </g>
        );
      })}
      {placed.nodes.map((n) => {
        const isActive = n.state === active;
        const lines = wrapLabel(n.label);
        return (
          <g
            key={n.state}
            className="state"
            data-state={n.state}
            data-active={isActive ? 'true' : undefined}
            aria-current={isActive ? 'true' : undefined}
            role="button"
            aria-label={`${n.label}${isActive ? ' (current state)' : ''}: explain the move into it`}
            // One tab stop per region (the active state); arrow keys move between states.
            tabIndex={isActive ? 0 : -1}
            onClick={() => onSelectState({ party: party.id, region: placed.region, state: n.state })}
            onKeyDown={onStateKey}
          >
            <title>{n.description}</title>
            <rect x={n.x} y={n.y} width={BOX.width} height={BOX.height} rx={10} />
            {n.state === placed.initial && <circle cx={n.x + 10} cy={n.y + 10} r={4} className="initial-dot" />}
            <text x={n.x + BOX.width / 2} y={n.y + BOX.height / 2 - (lines.length - 1) * 9 + 5} textAnchor="middle">
              {lines.map((line, i) => (
                <tspan key={i} x={n.x + BOX.width / 2} dy={i === 0 ? 0 : 18}>
                  {/* A space before a wrapped line keeps the words apart in the accessible text. */}
                  {i === 0 ? line : ` ${line}`}
                </tspan>
              ))}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

/** A party's statechart with its text alternative. Re-renders only when its posture or taken edges change. */
export const PartyDiagram = memo(function PartyDiagram({ party, posture, taken, onSelectEdge, onSelectState }: PartyDiagramProps) {
  const layout = layoutParty(party);
  const activeByRegion = new Map(postureEntries(posture));
  const takenSet = new Set(taken.split(' ').filter(Boolean));
  return (
    <section className="party" role="region" aria-label={`${party.name} posture`} data-party={party.id}>
      <h3>{party.name}</h3>
      <p className="party-summary">{party.summary}</p>
      <div className="diagram">
        {layout.regions.map((placed) => (
          <RegionSvg key={placed.region ?? 'root'} party={party} placed={placed} active={activeByRegion.get(placed.region) ?? ''} taken={takenSet} onSelectEdge={onSelectEdge} onSelectState={onSelectState} />
        ))}
      </div>
      <div className="visually-hidden">
        {layout.regions.map((placed) => (
          <div key={placed.region ?? 'root'}>
            <p>{placed.region ? `${regionTitle(placed.region)} region:` : 'States:'}</p>
            <ul>
              {placed.nodes.map((n) => (
                <li key={n.state}>
                  {n.label}
                  {n.state === activeByRegion.get(placed.region) ? ' (current)' : ''}
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>
    </section>
  );
});
