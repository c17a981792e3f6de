import { describe, expect, it } from 'vitest';
import { applyEvent, applyEvents, availabilityOf } from '../../src/engine/index.ts';
import { simulationFrom, startOf } from '../helpers/world.ts';

const mediation = (s: { postures: Record<string, unknown> }) =>
  (s.postures.us as Record<string, string>).mediation;
const israelMilitary = (s: { postures: Record<string, unknown> }) =>
  (s.postures.israel as Record<string, string>).military;

/** A deal brokered after an air campaign (and, if asked, a ground operation). */
function brokered(withGroundOperation: boolean) {
  const sim = simulationFrom();
  const offensive = withGroundOperation
    ? ['israel.launchAirCampaign', 'israel.launchGroundOperation']
    : ['israel.launchAirCampaign'];
  const steps = applyEvents(sim, startOf(sim), [
    ...offensive,
    'israel.strikeLeadership',
    'hezbollah.dropGazaCondition',
    'us.tableProposal',
    'hezbollah.acceptProposal',
    'israel.acceptProposal',
    'lebanon.acceptProposal',
    'us.brokerDeal',
  ]);
  return { sim, deal: steps[steps.length - 1]! };
}

describe("the ceasefire's implementation", () => {
  it('keeps Israeli forces in the south after a deal that ends a ground operation, and the ceasefire holds', () => {
    const { deal } = brokered(true);
    expect(israelMilitary(deal)).toBe('ceasefireForcesInSouth');
    expect(deal.outcome).toBe('ceasefireHolding');
  });

  it('lets a withdrawal deadline be missed only while Israeli forces are still in the south', () => {
    const air = brokered(false);
    expect(availabilityOf(air.sim, air.deal, 'world.withdrawalDeadlinePasses')!.reason).toBe(
      'Israeli forces are still in southern Lebanon under the ceasefire.',
    );
    const ground = brokered(true);
    const missed = applyEvent(ground.sim, ground.deal, 'world.withdrawalDeadlinePasses');
    expect(mediation(missed)).toBe('deadlineMissed');
  });

  it("extends the arrangement after a missed deadline, and a completed withdrawal restores the deal's terms", () => {
    const { sim, deal } = brokered(true);
    expect(availabilityOf(sim, deal, 'us.extendArrangement')!.enabled).toBe(false);
    const [, missed, extended, again, withdrawn] = applyEvents(sim, deal, [
      'world.withdrawalDeadlinePasses',
      'us.extendArrangement',
      'world.withdrawalDeadlinePasses',
      'israel.completeWithdrawal',
    ]);
    expect(mediation(missed!)).toBe('deadlineMissed');
    expect(mediation(extended!)).toBe('arrangementExtended');
    expect(mediation(again!)).toBe('deadlineMissed');
    expect(mediation(withdrawn!)).toBe('dealBrokered');
    expect(israelMilitary(withdrawn!)).toBe('ceasefire');
  });

  it('lets Lebanon accept during the Gaza war only through Speaker Berri (since model 3.0.0)', () => {
    const sim = simulationFrom();
    const tabled = applyEvent(sim, startOf(sim), 'us.tableProposal');
    const refused = availabilityOf(sim, tabled, 'lebanon.acceptProposal')!;
    expect(refused.enabled).toBe(false);
    expect(refused.reason).toMatch(/without Speaker Berri negotiating for Hezbollah's side/);
  });

  it('lets Lebanon accept only a tabled proposal, and a new proposal resets its acceptance', () => {
    const sim = simulationFrom({ lebanon: 'negotiatingThroughBerri' });
    expect(availabilityOf(sim, startOf(sim), 'lebanon.acceptProposal')!.reason).toBe(
      'A US proposal must be on the table.',
    );
    const [, , accepted] = applyEvents(sim, startOf(sim), [
      'us.tableProposal',
      'lebanon.acceptProposal',
    ]);
    expect(accepted!.postures.lebanon).toBe('acceptedDeal');
    const rejected = applyEvents(sim, accepted!, ['hezbollah.rejectProposal', 'us.tableProposal']);
    expect(rejected[rejected.length - 1]!.postures.lebanon).toBe('negotiatingThroughBerri');
  });
});
