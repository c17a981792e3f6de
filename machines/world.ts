import type { GuardName } from './guards.ts';
import { STANDING_TERMS, type ProposalTerms } from './terms.ts';
import type { GuardSpec, Posture, TransitionMeta, WorldView } from './types.ts';

/**
 * The state a party is in, in one region (or the whole state of a flat machine).
 * Guards read the world only through this, so a misspelt region fails loudly.
 */
export function stateOf(world: WorldView, party: string, region?: string): string {
  const posture: Posture | undefined = world.postures[party];
  if (posture === undefined) throw new Error(`The world has no party "${party}".`);
  if (typeof posture === 'string') {
    if (region !== undefined)
      throw new Error(`Party "${party}" has no regions; asked for "${region}".`);
    return posture;
  }
  if (region === undefined) throw new Error(`Party "${party}" has regions; name one.`);
  const state = posture[region];
  if (state === undefined) throw new Error(`Party "${party}" has no region "${region}".`);
  return state;
}

/** The terms on the table in this world: the tabled ones, or the standing US proposal. */
export function termsIn(world: WorldView): ProposalTerms {
  return world.terms ?? STANDING_TERMS;
}

/** Whether a party's state (in a region) is one of `states`. */
export function isIn(
  world: WorldView,
  party: string,
  region: string | undefined,
  states: readonly string[],
): boolean {
  return states.includes(stateOf(world, party, region));
}

/** Builds the XState guard table from the model's named guards: same functions, no copy. */
export function toXStateGuards<T extends Record<string, GuardSpec>>(
  specs: T,
): { [K in keyof T]: (args: { event: { world: WorldView } }) => boolean } {
  const guards = {} as { [K in keyof T]: (args: { event: { world: WorldView } }) => boolean };
  for (const name of Object.keys(specs) as (keyof T)[]) {
    const spec = specs[name]!;
    guards[name] = ({ event }) => spec.test(event.world);
  }
  return guards;
}

/** The shape of one explained transition in a machine config. */
export interface ExplainedTransition {
  readonly target: string;
  readonly guard?: GuardName;
  readonly description: string;
  readonly meta: TransitionMeta;
}

/**
 * A transition with its explanation. Every transition in the model is written with
 * this, so none can lack a description or a basis.
 */
export function go(
  target: string,
  description: string,
  basis: readonly string[],
  extra: { guard?: GuardName; abandons?: string; quotes?: GuardName } = {},
): ExplainedTransition {
  const meta: TransitionMeta = {
    basis,
    ...(extra.abandons ? { abandons: extra.abandons } : {}),
    ...(extra.quotes ? { quotes: extra.quotes } : {}),
  };
  return extra.guard
    ? { target, guard: extra.guard, description, meta }
    : { target, description, meta };
}
