import { TABLING_EVENT } from '../../machines/terms.ts';
import type { Scenario, ScenarioProposal } from './schema.ts';

/**
 * The proposals a scenario's script tables with their terms, by step number (a
 * scripted `us.tableProposal` that names a proposal of the scenario's library). Every
 * face that plays the script (the checks, the CLI, the app's Next step) passes these
 * to the engine, so a scripted rejection is decided by, and quotes, those terms. A
 * scripted tabling that names no proposal tables the standing US proposal.
 */
export function scriptTablings(
  scenario: Pick<Scenario, 'script' | 'proposals'>,
): Map<number, ScenarioProposal> {
  const library = new Map((scenario.proposals ?? []).map((p) => [p.id, p]));
  const tablings = new Map<number, ScenarioProposal>();
  scenario.script.forEach((step, i) => {
    const proposal = step.proposal === undefined ? undefined : library.get(step.proposal);
    if (step.event === TABLING_EVENT && proposal) tablings.set(i + 1, proposal);
  });
  return tablings;
}
