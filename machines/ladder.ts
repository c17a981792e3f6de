import type { LadderRung, WorldView } from './types.ts';
import { stateOf } from './world.ts';

/** The shared escalation ladder, from calm to regional war (after the domain brief). */
export const ladderRungs: readonly LadderRung[] = [
  { level: 0, name: 'Calm', description: 'No cross-border fire.' },
  {
    level: 1,
    name: 'Rhetoric and alerts',
    description: 'Threats, alerts and forces on standby; no fire.',
  },
  { level: 2, name: 'Border skirmishes', description: 'Isolated incidents along the border.' },
  {
    level: 3,
    name: 'Calibrated tit-for-tat',
    description: 'Fire within a few kilometres of the border, the so-called rules of the game.',
  },
  { level: 4, name: 'Deeper strikes', description: 'Strikes beyond the border area.' },
  { level: 5, name: 'Targeted killings', description: 'Strikes aimed at commanders.' },
  {
    level: 6,
    name: 'Strikes near capitals',
    description: 'Strikes on or near capitals, or direct state-to-state strikes.',
  },
  {
    level: 7,
    name: 'Mass-casualty incident',
    description: 'An incident that kills many civilians, and the pressure to respond to it.',
  },
  {
    level: 8,
    name: 'Sustained air campaign',
    description: 'A sustained air campaign or open war across the border.',
  },
  { level: 9, name: 'Ground operation', description: 'Ground forces operating across the border.' },
  {
    level: 10,
    name: 'Regional war',
    description: 'A full-scale war joined by direct strikes between Iran and Israel.',
  },
];

/**
 * The world's level follows from the joint posture: the highest rung any active
 * state stands on, raised to regional war when Iran and Israel strike each other
 * directly during a full-scale war. No counter is kept, so the level can always be
 * explained from what the parties are doing.
 */
export function ladderLevel(activeRungs: readonly number[], world: WorldView): number {
  const highest = activeRungs.reduce((max, rung) => Math.max(max, rung), 0);
  if (highest >= 8 && stateOf(world, 'regional', 'iran') === 'directExchange') return 10;
  return highest;
}
