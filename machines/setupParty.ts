import { setup } from 'xstate';
import { modelGuards } from './guards.ts';
import type { ModelEvent } from './types.ts';
import { toXStateGuards } from './world.ts';

/**
 * The one `setup()` every party machine is built from: the model's event shape and
 * all of its named guards. Sharing it keeps guard names unique across the model.
 */
export const partySetup = setup({
  types: { events: {} as ModelEvent },
  guards: toXStateGuards(modelGuards),
});

/**
 * Reactions are delivered once per event and no machine raises events, so a
 * macrostep cannot loop. The bound turns any future mistake into an error
 * ("Infinite loop detected") instead of a frozen page.
 */
export const machineOptions = { maxIterations: 200 } as const;
