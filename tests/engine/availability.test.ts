import { describe, expect, it } from 'vitest';
import { availabilityOf, availableEvents } from '../../src/engine/index.ts';
import { loadScenario } from '../helpers/scenarioFiles.ts';
import { scenarioStart } from '../helpers/world.ts';

/**
 * A refusal by state says what is missing in the model's own words: the needed
 * state's description and the event (with who decides it) that leads there.
 */
describe('reasons for an event refused by its home state', () => {
  const { sim, start } = scenarioStart(loadScenario('baseline-2024-01'));
  const hezbollah = sim.index.party('hezbollah').machine.root;
  const reviewing = Object.values(hezbollah.states)
    .flatMap((region) => Object.values(region.states))
    .find((node) => node.key === 'reviewingProposal')!;

  it('names the needed state with its description and the event that leads to it', () => {
    const reason = availabilityOf(sim, start, 'hezbollah.acceptProposal')!.reason!;
    expect(reviewing, 'the Hezbollah machine has a reviewingProposal state').toBeDefined();
    const description = String(reviewing.description).replace(/\.$/, '');
    expect(reason).toContain(description);
    expect(reason).toContain(`“${sim.index.event('us.tableProposal')!.label}” (United States)`);
    expect(reason).toMatch(/^Needs Hezbollah at “Reviewing proposal”/);
    expect(reason, 'the needed state is named once, not again as "possible from"').not.toMatch(
      /possible from “Reviewing proposal”/,
    );
    expect(reason).toMatch(/Hezbollah is now at “Open to talks”\.$/);
  });

  it('still gives the guard description when a guard refuses', () => {
    const a = availabilityOf(sim, start, 'hezbollah.holdFire')!;
    expect(a.guard).not.toBeNull();
    expect(a.reason).toBe(sim.model.guards[a.guard!]!.description);
  });

  it('names a world event as such', () => {
    expect(availabilityOf(sim, start, 'world.gazaWarEnds')!.reason).toMatch(/\(a world event\)/);
  });
});

describe('reasons read from the machines once per model', () => {
  it('gives the same reasons on a step asked again and on a simulation of its own', () => {
    const scenario = loadScenario('baseline-2024-01');
    const first = scenarioStart(scenario);
    const again = availableEvents(first.sim, first.start);
    expect(availableEvents(first.sim, first.start)).toEqual(again);
    // A second simulation has its own model index, so nothing is carried over from the first.
    const second = scenarioStart(scenario);
    expect(availableEvents(second.sim, second.start)).toEqual(again);
    expect(again.filter((e) => !e.enabled && e.guard === null).length).toBeGreaterThan(0);
  });
});
