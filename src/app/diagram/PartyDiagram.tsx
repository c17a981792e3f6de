/**
 * One party's statechart as SVG, drawn from the coordinates ELK computed at build time:
 * a dashed compound box per parallel region, a box per state, an orthogonal arrow per pair
 * of states with its events' short labels (and guards) on it. Active states carry
 * `data-active` and `aria-current`; arrows taken in the last step carry `data-taken`.
 * Every arrow and every state is a keyboard control; a list of the states is the text
 * alternative for screen readers. The diagram scrolls inside its panel, never the page.
 */
import { memo, useLayoutEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import type { PartyDefinition, Posture } from '../../../machines/types.ts';
import { postureEntries } from '../../engine/index.ts';
import { edgeKey, partyGraphs, regionTitle, type GraphEdge } from '../../diagram/graph.ts';
import type { LaidEdge, LaidState, PartyDiagramLayout } from '../../diagram/layoutTypes.ts';
import { DIAGRAM_FONT, METRICS } from '../../diagram/metrics.ts';
import { DownloadDiagram } from './DownloadDiagram.tsx';
import { layoutParty } from './layout.ts';
import { showActive } from './showActive.ts';
import { takenKeys, type TakenProp } from './taken.ts';
import './diagram.css';

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
  /**
   * The transitions taken in the current step: "region|from|to" strings joined by spaces,
   * or `{ region, from, to }` objects (one or a list).
   */
  readonly taken: TakenProp;
  readonly onSelectEdge: (selection: EdgeSelection) => void;
  readonly onSelectState: (selection: StateSelection) => void;
  /**
   * Keep the active states in view: after the first render and whenever the posture
   * changes, the diagram's own scroll box scrolls to them (a team's large own diagram).
   */
  readonly followActive?: boolean;
}

/**
 * Enter or Space clicks a control; arrow keys move the focus to the previous or next
 * control of the same kind (state or arrow) in this diagram.
 */
function onControlKey(e: KeyboardEvent<SVGGElement>, selector: string): void {
  const here = e.currentTarget;
  if (e.key === 'Enter' || e.key === ' ') {
    e.preventDefault();
    here.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    return;
  }
  const forward = e.key === 'ArrowRight' || e.key === 'ArrowDown';
  const back = e.key === 'ArrowLeft' || e.key === 'ArrowUp';
  if ((!forward && !back) || !here.ownerSVGElement) return;
  e.preventDefault();
  const all = [...here.ownerSVGElement.querySelectorAll<SVGGElement>(selector)];
  const next = all[(all.indexOf(here) + (forward ? 1 : -1) + all.length) % all.length];
  next?.focus();
}

interface DrawProps {
  readonly party: PartyDefinition;
  readonly layout: PartyDiagramLayout;
  readonly active: ReadonlyMap<string | null, string>;
  readonly taken: ReadonlySet<string>;
  readonly edgeOf: (e: LaidEdge) => GraphEdge;
  readonly onSelectEdge: PartyDiagramProps['onSelectEdge'];
  readonly onSelectState: PartyDiagramProps['onSelectState'];
}

interface ArrowProps {
  e: LaidEdge;
  name: string;
  taken: boolean;
  tabStop: boolean;
  onSelect: () => void;
  /** The page's callback that `onSelect` calls: a new one re-draws the arrow. */
  via: unknown;
}

/**
 * Whether an arrow draws the same: the laid-out edge (the shipped layout, the same object
 * at every step), its name, whether it is taken or the tab stop, and the callback it
 * selects through (`via`). The `onSelect` closure itself is made anew at each render but
 * selects this same edge through `via`, so a step re-draws only the arrows whose marks
 * changed.
 */
const sameArrow = (a: ArrowProps, b: ArrowProps) =>
  a.e === b.e &&
  a.name === b.name &&
  a.taken === b.taken &&
  a.tabStop === b.tabStop &&
  a.via === b.via;

const Arrow = memo(function Arrow({ e, name, taken, tabStop, onSelect }: ArrowProps) {
  return (
    // biome-ignore lint/a11y/useSemanticElements: an SVG group; an HTML <a> cannot wrap SVG shapes here.
    <g
      className="edge"
      // A link, not a button: it leads to the arrow's explanation in the Why panel, and event
      // buttons keep the contract that a *button* named after an event sends that event.
      role="link"
      aria-label={name}
      tabIndex={tabStop ? 0 : -1}
      data-region={e.region ?? ''}
      data-from={e.from}
      data-to={e.to}
      data-taken={taken ? 'true' : undefined}
      onClick={onSelect}
      onKeyDown={(k) => onControlKey(k, 'g.edge')}
    >
      <title>{e.events.join(', ')}</title>
      <path d={e.path} className="edge-hit" />
      <path d={e.path} className="edge-line" />
      <polygon points={taken ? e.headTaken : e.head} className="edge-head" />
      <rect
        x={e.label.x}
        y={e.label.y}
        width={e.label.width}
        height={e.label.height}
        rx={3}
        className="edge-label-ground"
      />
      <text className="edge-label" textAnchor="middle" fontSize={METRICS.labelFont}>
        {e.text.map((l, i) => (
          <tspan key={i} x={l.x} y={l.y}>
            {/* A space before a wrapped line keeps the words apart in the accessible text. */}
            {i === 0 ? l.text : ` ${l.text}`}
          </tspan>
        ))}
      </text>
    </g>
  );
}, sameArrow);

interface StateBoxProps {
  s: LaidState;
  isActive: boolean;
  onSelect: () => void;
  /** The page's callback that `onSelect` calls. */
  via: unknown;
}

/** Whether a state box draws the same (as {@link sameArrow}: `onSelect` always selects this state). */
const sameStateBox = (a: StateBoxProps, b: StateBoxProps) =>
  a.s === b.s && a.isActive === b.isActive && a.via === b.via;

const StateBox = memo(function StateBox({ s, isActive, onSelect }: StateBoxProps) {
  return (
    // biome-ignore lint/a11y/useSemanticElements: an SVG group; an HTML <button> cannot stand inside SVG.
    <g
      className="state"
      data-region={s.region ?? ''}
      data-state={s.state}
      data-active={isActive ? 'true' : undefined}
      aria-current={isActive ? 'true' : undefined}
      role="button"
      aria-label={`${s.label}${isActive ? ' (current state)' : ''}: explain the move into it`}
      // One tab stop per region (its active state); arrow keys move between states.
      tabIndex={isActive ? 0 : -1}
      onClick={onSelect}
      onKeyDown={(k) => onControlKey(k, 'g.state')}
    >
      <title>{s.description}</title>
      <rect x={s.x} y={s.y} width={s.width} height={s.height} rx={10} />
      {s.initial && <circle cx={s.x + 9} cy={s.y + 9} r={4} className="initial-dot" />}
      <text textAnchor="middle" fontSize={METRICS.stateFont}>
        {s.text.map((l, i) => (
          <tspan key={i} x={l.x} y={l.y}>
            {/* A space before a wrapped line keeps the words apart in the accessible text. */}
            {i === 0 ? l.text : ` ${l.text}`}
          </tspan>
        ))}
      </text>
    </g>
  );
}, sameStateBox);

function DiagramSvg({
  party,
  layout,
  active,
  taken,
  edgeOf,
  onSelectEdge,
  onSelectState,
}: DrawProps) {
  const takenAt = layout.edges.findIndex((e) => taken.has(edgeKey(e.region, e.from, e.to)));
  return (
    // biome-ignore lint/a11y/useSemanticElements: an SVG element; an HTML fieldset cannot stand here.
    <svg
      className="diagram-svg"
      width={layout.width}
      height={layout.height}
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      fontFamily={DIAGRAM_FONT}
      role="group"
      aria-label={`${party.name} statechart`}
    >
      {layout.regions.map((r) => (
        // biome-ignore lint/a11y/noAriaHiddenOnFocusable: a drawn frame and its title, never focusable; its states are outside it.
        <g key={r.region ?? 'root'} className="diagram-compound" aria-hidden="true">
          <rect x={r.x} y={r.y} width={r.width} height={r.height} rx={8} />
          <text x={r.x + 14} y={r.y + 22} fontSize={METRICS.titleFont} className="region-title">
            {r.title}
          </text>
        </g>
      ))}
      {layout.edges.map((e, i) => (
        <Arrow
          key={edgeKey(e.region, e.from, e.to)}
          e={e}
          name={e.name}
          taken={taken.has(edgeKey(e.region, e.from, e.to))}
          tabStop={i === Math.max(0, takenAt)}
          onSelect={() => onSelectEdge({ party: party.id, region: e.region, edge: edgeOf(e) })}
          via={onSelectEdge}
        />
      ))}
      {layout.states.map((s) => (
        <StateBox
          key={`${s.region ?? ''}|${s.state}`}
          s={s}
          isActive={active.get(s.region) === s.state}
          onSelect={() => onSelectState({ party: party.id, region: s.region, state: s.state })}
          via={onSelectState}
        />
      ))}
    </svg>
  );
}

/** A party's statechart with its text alternative; re-renders when its posture or arrows change. */
export const PartyDiagram = memo(function PartyDiagram({
  party,
  posture,
  taken,
  onSelectEdge,
  onSelectState,
  followActive = false,
}: PartyDiagramProps) {
  const layout = layoutParty(party);
  const scrollBox = useRef<HTMLDivElement>(null);
  const active = new Map(postureEntries(posture));
  const takenSet = takenKeys(taken);
  // The active states as one string, and the states just entered as selectors: the
  // effect runs when they change, not on every render.
  const activeKey = [...active].map(([region, state]) => `${region ?? ''}:${state}`).join(' ');
  const entered = layout.edges
    .filter((e) => takenSet.has(edgeKey(e.region, e.from, e.to)))
    .filter((e) => active.get(e.region) === e.to)
    .map((e) => `g.state[data-region="${e.region ?? ''}"][data-state="${e.to}"]`)
    .join(', ');
  useLayoutEffect(() => {
    if (followActive && activeKey && scrollBox.current)
      showActive(scrollBox.current, entered ? [entered] : []);
  }, [followActive, activeKey, entered]);
  const graphs = useMemo(() => partyGraphs(party), [party]);
  const edgeOf = (e: LaidEdge) =>
    graphs
      .find((g) => g.region === e.region)!
      .edges.find((x) => x.from === e.from && x.to === e.to)!;
  return (
    <section
      className="party"
      // biome-ignore lint/a11y/noRedundantRoles: a section is a region only when named; the role says so for every browser.
      role="region"
      aria-label={`${party.name} posture`}
      data-party={party.id}
    >
      <h3>{party.name}</h3>
      <p className="party-summary">{party.summary}</p>
      <DownloadDiagram party={party} layout={layout} marks={{ active, taken: takenSet }} />
      <div className="diagram diagram-scroll" ref={scrollBox}>
        <DiagramSvg
          party={party}
          layout={layout}
          active={active}
          taken={takenSet}
          edgeOf={edgeOf}
          onSelectEdge={onSelectEdge}
          onSelectState={onSelectState}
        />
      </div>
      <div className="visually-hidden">
        {graphs.map((g) => (
          <div key={g.region ?? 'root'}>
            <p>{g.region ? `${regionTitle(g.region)} region:` : 'States:'}</p>
            <ul>
              {g.nodes.map((n) => (
                <li key={n.state}>
                  {n.label}
                  {n.state === active.get(g.region) ? ' (current)' : ''}
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>
    </section>
  );
});
