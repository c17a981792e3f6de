import { NO_TERMS, type ProposalTerms } from '../../machines/terms.ts';
import type { Postures, WorldView } from '../../machines/types.ts';
import { january2024 } from './world.ts';

/** Terms that ask nothing but the changes: each test changes only the term it is about. */
export function termsWith(changes: Partial<ProposalTerms>): ProposalTerms {
  return { ...NO_TERMS, ...changes };
}

/** A world: January 2024 with some parties' postures replaced. */
export function worldWith(overrides: Record<string, unknown> = {}): WorldView {
  return { postures: { ...january2024, ...overrides } as Postures };
}

/** January 2024 (Gaza at war, Hezbollah's condition tied to Gaza, no Israeli ground operation). */
export const januaryWorld = worldWith();

/** November 2024: Gaza still at war, Hezbollah's condition dropped, an Israeli ground operation. */
export const novemberWorld = worldWith({
  hezbollah: { military: 'openWar', diplomacy: 'reviewingProposal', condition: 'delinked' },
  israel: { military: 'groundOperation', political: 'demandsWithdrawal' },
});
