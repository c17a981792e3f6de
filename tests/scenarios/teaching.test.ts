import { describe, expect, it } from 'vitest';
import { conflictModel } from '../../machines/index.ts';
import {
  applyEvent,
  applyEvents,
  availableEvents,
  type StepResult,
  type TransitionRecord,
} from '../../src/engine/index.ts';
import { loadScenario } from '../helpers/scenarioFiles.ts';
import { scenarioStart } from '../helpers/world.ts';

/** Plays a scenario's script and returns every step, the start included. */
function play(id: string) {
  const valid = loadScenario(id);
  const { sim, start } = scenarioStart(valid);
  return {
    valid,
    sim,
    steps: applyEvents(
      sim,
      start,
      valid.scenario.script.map((s) => s.event),
    ),
  };
}

/** The transition of one party (and region) in a step, if it moved. */
function moveOf(
  step: StepResult,
  actor: string,
  region: string | null,
): TransitionRecord | undefined {
  return step.transitions.find((t) => t.actor === actor && t.region === region);
}

const playableParties = conflictModel.parties.filter((p) => p.kind === 'party').map((p) => p.id);

/** Moves that lower the ladder or lead towards a deal: the off-ramps the spiral asks about. */
const OFF_RAMPS = [
  'hezbollah.reduceFire',
  'hezbollah.holdFire',
  'israel.scaleBackOperations',
  'us.tableProposal',
  'world.gazaTruce',
  'world.gazaCeasefire',
];

describe('gaza-truce-2023-11: a stated condition working as stated', () => {
  const { steps } = play('gaza-truce-2023-11');

  it("should pause Hezbollah's fire as a reaction to the truce, allowed by its Gaza condition", () => {
    const pause = moveOf(steps[1]!, 'hezbollah', 'military');
    expect(pause).toMatchObject({
      from: 'supportFront',
      to: 'restraint',
      cause: 'reaction',
      guard: 'gazaLinkageHolds',
    });
    expect(steps[1]!.ladder).toBeLessThan(steps[0]!.ladder);
  });

  it('should resume the fire as a reaction when the truce collapses', () => {
    expect(moveOf(steps[2]!, 'hezbollah', 'military')).toMatchObject({
      from: 'restraint',
      to: 'supportFront',
      cause: 'reaction',
    });
    expect(steps[2]!.ladder).toBe(steps[0]!.ladder);
  });

  it('should have no team decision in its script: both steps are world events', () => {
    expect(steps.slice(1).every((s) => s.input!.startsWith('world.'))).toBe(true);
  });
});

describe('border-deal-pathway: a hypothetical path to a border agreement', () => {
  const { valid, steps } = play('border-deal-pathway');

  it('should leave at least one playable party to automatic play, and show it acting by doctrine', () => {
    const unplayed = playableParties.filter((p) => !valid.scenario.played.includes(p));
    expect(unplayed.length).toBeGreaterThan(0);
    const doctrine = steps.flatMap((s) => s.transitions).filter((t) => t.cause === 'doctrine');
    expect(doctrine.length).toBeGreaterThan(0);
    // The event's controller decides by doctrine; the machine that moves may be another
    // (since model 3.0.0 Hezbollah's delegation to Berri moves the Lebanese state's machine).
    const controllerOf = (type: string) =>
      conflictModel.events.find((e) => e.type === type)!.controlledBy;
    for (const t of doctrine)
      expect(unplayed, `${t.event} chosen by doctrine`).toContain(controllerOf(t.event));
    expect(
      doctrine.some((t) => t.actor === 'hezbollah' && t.to === 'backsLebaneseNegotiation'),
    ).toBe(true);
  });

  it("should pass through the ceasefire, the war's end, talks, a framework and two acceptances", () => {
    expect(valid.scenario.script.map((s) => s.event)).toEqual([
      'world.gazaCeasefire',
      'world.gazaWarEnds',
      'lebanon.openBorderNegotiation',
      'us.tableBorderFramework',
      'israel.acceptBorderFramework',
      'lebanon.signAgreement',
    ]);
  });

  it("should open the talks on the 13 points, the standing proposal's agenda, and reach the framework with one text", () => {
    expect(steps.slice(3, 5).map((s) => s.postures.borderTalks)).toEqual([
      'thirteenPointsTalks',
      'framework',
    ]);
  });

  it('should take every disputed point in turn in a branch that tables its library proposal', () => {
    const { sim } = play('border-deal-pathway');
    const proposal = valid.scenario.proposals!.find((p) => p.id === 'all-disputed-points')!;
    let step = applyEvent(sim, steps[3]!, 'us.tableProposal', { terms: proposal.terms });
    const talks = [step.postures.borderTalks];
    for (const event of [
      'us.tableBorderFramework',
      'us.tableBorderFramework',
      'us.tableBorderFramework',
    ]) {
      step = applyEvent(sim, step, event);
      talks.push(step.postures.borderTalks);
    }
    expect(talks).toEqual(['thirteenPointsTalks', 'ghajarTalks', 'shebaaFarmsTalks', 'framework']);
  });

  it('should be hypothetical throughout, and name the 2022 precedent and the disputed points', () => {
    expect(valid.scenario.script.every((s) => s.kind === 'hypothetical')).toBe(true);
    const text = JSON.stringify(valid.scenario);
    for (const term of ['2022', 'maritime', 'Ghajar', 'Shebaa', 'Blue Line'])
      expect(text).toContain(term);
  });
});

describe('escalation-spiral: off-ramps at every step', () => {
  const { valid, sim, steps } = play('escalation-spiral');

  it('should include targeted strikes, a mass-casualty incident, an air campaign and a ground operation', () => {
    expect(valid.scenario.script.map((s) => s.event)).toEqual(
      expect.arrayContaining([
        'israel.escalateTargetedStrikes',
        'world.massCasualtyIncident',
        'israel.launchAirCampaign',
        'israel.launchGroundOperation',
      ]),
    );
  });

  it('should have at least one de-escalating event enabled before every step, so its questions have answers', () => {
    for (const step of steps.slice(0, -1)) {
      const enabled = availableEvents(sim, step)
        .filter((e) => e.enabled)
        .map((e) => e.type);
      expect(
        enabled.filter((t) => OFF_RAMPS.includes(t)),
        `before step ${step.index + 1}`,
      ).not.toEqual([]);
    }
  });

  it('should keep Hezbollah\'s "Hold fire" refused by its Gaza condition, as its brief says', () => {
    for (const step of steps) {
      const hold = availableEvents(sim, step).find((e) => e.type === 'hezbollah.holdFire')!;
      expect(hold.enabled, `step ${step.index}`).toBe(false);
    }
  });

  it('should never lower the ladder along the scripted line', () => {
    const ladders = steps.map((s) => s.ladder);
    expect(ladders).toEqual([...ladders].sort((a, b) => a - b));
  });
});

describe('historical-2023-2024: a dated replay', () => {
  const { valid, steps } = play('historical-2023-2024');
  const script = valid.scenario.script;

  // Model 2.0.0 carries the line past the ceasefire to the extended withdrawal deadline of 18 February 2025.
  it('should run from 8 October 2023 through the ceasefire of 27 November 2024 to 18 February 2025, every step historical', () => {
    expect(script.every((s) => s.kind === 'historical')).toBe(true);
    expect(script[0]!.date).toBe('2023-10-08');
    expect(script.find((s) => s.event === 'us.brokerDeal')).toMatchObject({ date: '2024-11-27' });
    expect(script[script.length - 1]).toMatchObject({
      event: 'world.withdrawalDeadlinePasses',
      date: '2025-02-18',
    });
  });

  it("should drop Hezbollah's Gaza condition on 8 October 2024, and the log should say which condition", () => {
    const i = script.findIndex((s) => s.event === 'hezbollah.dropGazaCondition');
    expect(script[i]!.date).toBe('2024-10-08');
    expect(moveOf(steps[i + 1]!, 'hezbollah', 'condition')).toMatchObject({
      to: 'delinked',
      abandons: 'gazaLinkage',
      guard: 'underSevereMilitaryPressure',
    });
  });

  // Since model 2.0.0 the Lebanese government accepts the deal itself, so the ceasefire needs three acceptances.
  it('should reach the ceasefire by a tabled proposal, the three acceptances and the brokered deal', () => {
    const deal = script.findIndex((s) => s.event === 'us.brokerDeal');
    expect(script.slice(deal - 4, deal + 1).map((s) => s.event)).toEqual([
      'us.tableProposal',
      'hezbollah.acceptProposal',
      'israel.acceptProposal',
      'lebanon.acceptProposal',
      'us.brokerDeal',
    ]);
  });

  it('should report the Majdal Shams responsibility as disputed', () => {
    const incident = script.find((s) => s.event === 'world.massCasualtyIncident')!;
    expect(incident.narration).toMatch(/Majdal Shams/);
    expect(incident.narration).toMatch(/disputed/);
    expect(incident.narration).toMatch(/denied/);
  });

  it('should mention real events the model has no move for in the nearest step, not as invented events', () => {
    const narration = script.map((s) => s.narration).join('\n');
    for (const term of ['al-Arouri', 'Haniyeh']) expect(narration).toContain(term);
    // Since model 3.0.0 the pagers and Nasrallah's killing are moves (israel.strikeLeadership).
    expect(narration.match(/the model has no move for/g)?.length).toBeGreaterThanOrEqual(2);
  });
});

describe('sandbox: free exploration', () => {
  const { valid, steps } = play('sandbox');

  it('should play every playable party and script nothing', () => {
    expect([...valid.scenario.played].sort()).toEqual([...playableParties].sort());
    expect(valid.scenario.script).toEqual([]);
  });

  it('should expect the outcome and ladder of its start', () => {
    expect(valid.scenario.expect.outcome).toBe(steps[0]!.outcome);
    expect(valid.scenario.expect.ladder).toBe(steps[0]!.ladder);
  });
});
