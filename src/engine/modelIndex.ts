import type { AnyStateMachine, AnyStateNode } from 'xstate';
import type {
  ConflictModel,
  EventSpec,
  PartyDefinition,
  Posture,
  Postures,
} from '../../machines/types.ts';

/** What the engine knows about one state of one party. */
export interface StateInfo {
  readonly party: string;
  /** The parallel region, or null for a flat machine. */
  readonly region: string | null;
  readonly state: string;
  readonly label: string;
  readonly description: string;
  readonly rung: number;
  readonly node: AnyStateNode;
}

/** Lookups over a model, built once: parties, events and states by key. */
export interface ModelIndex {
  readonly model: ConflictModel;
  readonly party: (id: string) => PartyDefinition;
  readonly event: (type: string) => EventSpec | undefined;
  /** The regions of a party, or null for a flat machine. */
  readonly regions: (party: string) => readonly string[] | null;
  readonly states: (party: string, region: string | null) => readonly string[];
  readonly state: (party: string, region: string | null, state: string) => StateInfo | undefined;
}

const cache = new WeakMap<ConflictModel, ModelIndex>();

/** Regions of a machine: its children when the root is parallel, else none. */
function regionsOf(machine: AnyStateMachine): string[] | null {
  return machine.root.type === 'parallel' ? Object.keys(machine.root.states) : null;
}

/** Indexes a model once; later calls return the same index. */
export function indexModel(model: ConflictModel): ModelIndex {
  const known = cache.get(model);
  if (known) return known;
  const parties = new Map(model.parties.map((p) => [p.id, p]));
  const events = new Map(model.events.map((e) => [e.type, e]));
  const states = new Map<string, StateInfo>();
  const stateLists = new Map<string, string[]>();
  for (const party of model.parties) {
    const regions = regionsOf(party.machine);
    const containers: [string | null, AnyStateNode][] = regions
      ? regions.map((r) => [r, party.machine.root.states[r]!])
      : [[null, party.machine.root]];
    for (const [region, container] of containers) {
      const names = Object.keys(container.states);
      stateLists.set(`${party.id}/${region ?? ''}`, names);
      for (const name of names) {
        const node = container.states[name]!;
        const meta = (node.meta ?? {}) as { label?: string; rung?: number };
        states.set(`${party.id}/${region ?? ''}/${name}`, {
          party: party.id,
          region,
          state: name,
          label: meta.label ?? name,
          description: node.description ?? '',
          rung: meta.rung ?? 0,
          node,
        });
      }
    }
  }
  const index: ModelIndex = {
    model,
    party: (id) => {
      const party = parties.get(id);
      if (!party) throw new Error(`Unknown party "${id}".`);
      return party;
    },
    event: (type) => events.get(type),
    regions: (id) => regionsOf(index.party(id).machine),
    states: (id, region) => stateLists.get(`${id}/${region ?? ''}`) ?? [],
    state: (id, region, name) => states.get(`${id}/${region ?? ''}/${name}`),
  };
  cache.set(model, index);
  return index;
}

/** Each (region, state) pair of a posture, in region order. */
export function postureEntries(posture: Posture): [string | null, string][] {
  return typeof posture === 'string' ? [[null, posture]] : Object.entries(posture);
}

/** The rung of every active state in a joint posture. */
export function activeRungs(index: ModelIndex, postures: Postures): number[] {
  const rungs: number[] = [];
  for (const party of index.model.parties) {
    for (const [region, state] of postureEntries(postures[party.id]!)) {
      rungs.push(index.state(party.id, region, state)?.rung ?? 0);
    }
  }
  return rungs;
}

/** A human label for a party's posture: "Support front · Open to talks". */
export function postureLabel(index: ModelIndex, party: string, posture: Posture): string {
  return postureEntries(posture)
    .map(([region, state]) => index.state(party, region, state)?.label ?? state)
    .join(' · ');
}
