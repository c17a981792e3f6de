import type { OutcomeSpec, WorldView } from './types.ts';
import { isIn, stateOf } from './world.ts';

/** The four outcomes the domain brief names. */
export const outcomeSpecs: readonly OutcomeSpec[] = [
  {
    id: 'fullScaleWar',
    label: 'Full-scale war',
    description: 'The ladder stands at a sustained air campaign or above.',
  },
  {
    id: 'borderAgreement',
    label: 'Mediated border agreement',
    description: 'A mediated land-border agreement has been signed.',
  },
  {
    id: 'ceasefireHolding',
    label: 'Ceasefire holding',
    description: 'Hezbollah observes a ceasefire and Israel holds its fire.',
  },
  {
    id: 'managedConflict',
    label: 'Contained exchange of fire',
    description:
      'Fire contained short of war, or a pause, without a settlement: people are still killed and displaced.',
  },
];

/** The outcome the world is at, checked in the order above (war first). */
export function outcomeOf(world: WorldView, level: number): string {
  if (level >= 8) return 'fullScaleWar';
  if (stateOf(world, 'borderTalks') === 'agreement') return 'borderAgreement';
  if (
    stateOf(world, 'hezbollah', 'military') === 'ceasefire' &&
    isIn(world, 'israel', 'military', ['holding', 'ceasefire', 'ceasefireForcesInSouth'])
  ) {
    return 'ceasefireHolding';
  }
  return 'managedConflict';
}
