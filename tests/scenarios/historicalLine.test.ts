import { describe, expect, it } from 'vitest';
import type { Posture } from '../../machines/types.ts';
import {
  applyEvents,
  availabilityOf,
  initialStep,
  type StepResult,
} from '../../src/engine/index.ts';
import { loadScenario } from '../helpers/scenarioFiles.ts';
import { simulationOf } from '../helpers/world.ts';

// One test per dated checkpoint of the historical line: the postures the machines reach
// (not the narration) after the last step dated on or before the checkpoint.
const valid = loadScenario('historical-2023-2024');
const { script } = valid.scenario;
const sim = simulationOf(valid);
const steps = applyEvents(
  sim,
  initialStep(sim),
  script.map((s) => s.event),
);

/** The world after the first step that sends `event` on `date`. */
function stepAfter(event: string, date: string): StepResult {
  const i = script.findIndex((s) => s.event === event && s.date === date);
  if (i < 0) throw new Error(`no ${event} on ${date}`);
  return steps[i + 1]!;
}

/** The world after the last step dated up to `date` (ISO dates compare as text). */
function at(date: string): StepResult {
  const last = script.reduce((found, s, i) => (s.date! <= date ? i : found), -1);
  if (last < 0) throw new Error(`no step on or before ${date}`);
  return steps[last + 1]!;
}

const region = (p: Posture | undefined, r: string) => (p as Record<string, string>)[r];

describe('the historical line, checkpoint by checkpoint', () => {
  it('8 October 2023: Hezbollah opens its support front and Israel answers in kind', () => {
    const w = at('2023-10-08');
    expect(region(w.postures.hezbollah, 'military')).toBe('supportFront');
    expect(region(w.postures.israel, 'military')).toBe('deterrenceFire');
  });

  it('24 November – 1 December 2023: the Gaza truce pauses the front and its collapse resumes it', () => {
    expect(at('2023-11-24').postures.gaza).toBe('truce');
    expect(region(at('2023-11-24').postures.hezbollah, 'military')).toBe('restraint');
    expect(at('2023-12-01').postures.gaza).toBe('war');
    expect(region(at('2023-12-01').postures.hezbollah, 'military')).toBe('supportFront');
  });

  it('January 2024: a US proposal is tabled and rejected; Hezbollah stays open to talks; US strikes in Yemen from 12 January', () => {
    const tabled = at('2024-01-11');
    expect(region(tabled.postures.us, 'mediation')).toBe('proposalTabled');
    expect(region(tabled.postures.us, 'regional')).toBe('deterrence');
    expect(region(at('2024-01-12').postures.us, 'regional')).toBe('counterstrikes');
    const answered = at('2024-01-18');
    expect(region(answered.postures.hezbollah, 'diplomacy')).toBe('openToTalks');
    expect(region(answered.postures.us, 'mediation')).toBe('revisingProposal');
    expect(region(answered.postures.hezbollah, 'condition')).toBe('linkedToGaza');
  });

  it('February 2024: the second US plan is tabled and Hezbollah rejects it while Gaza is at war', () => {
    const i = script.findIndex((s) => s.date === '2024-02-04');
    expect(region(steps[i + 1]!.postures.hezbollah, 'diplomacy')).toBe('reviewingProposal');
    const answered = at('2024-02-13');
    expect(region(answered.postures.hezbollah, 'diplomacy')).toBe('rejectedProposal');
    expect(region(answered.postures.us, 'mediation')).toBe('revisingProposal');
  });

  it('July 2024: Majdal Shams puts Israeli leaders under pressure; the strike on Shukr answers it', () => {
    expect(region(at('2024-07-27').postures.israel, 'political')).toBe('pressureToAct');
    const shukr = at('2024-07-30');
    expect(region(shukr.postures.israel, 'military')).toBe('targetedCampaign');
    expect(region(shukr.postures.israel, 'political')).toBe('demandsWithdrawal');
  });

  it('September 2024: the air campaign crosses into full-scale war', () => {
    const w = at('2024-09-23');
    expect(region(w.postures.israel, 'military')).toBe('airCampaign');
    expect(region(w.postures.hezbollah, 'military')).toBe('expandedFire');
    expect(w.outcome).toBe('fullScaleWar');
  });

  it("8 October 2024: Hezbollah's Gaza condition is dropped during the ground operation", () => {
    const w = at('2024-10-08');
    expect(region(w.postures.hezbollah, 'condition')).toBe('delinked');
    expect(region(w.postures.israel, 'military')).toBe('groundOperation');
  });

  it('27 November 2024: Hezbollah, Israel and the Lebanese government have accepted; a ceasefire holds while Gaza is at war', () => {
    const w = at('2024-11-27');
    expect(w.postures.gaza).toBe('war');
    expect(w.postures.lebanon).toBe('acceptedDeal');
    expect(region(w.postures.hezbollah, 'military')).toBe('ceasefire');
    expect(region(w.postures.israel, 'military')).toBe('ceasefireForcesInSouth');
    expect(region(w.postures.us, 'mediation')).toBe('dealBrokered');
    expect(w.outcome).toBe('ceasefireHolding');
  });

  it('19 January 2025: the Gaza ceasefire moves nothing on the Lebanon front', () => {
    const i = script.findIndex((s) => s.date === '2025-01-19');
    expect(steps[i + 1]!.postures.gaza).toBe('ceasefire');
    expect(steps[i + 1]!.transitions.map((t) => t.actor)).toEqual(['gaza']);
  });

  it('26 January 2025: the withdrawal deadline is missed and the arrangement extended', () => {
    const i = script.findIndex((s) => s.date === '2025-01-26');
    expect(region(steps[i + 1]!.postures.us, 'mediation')).toBe('deadlineMissed');
    expect(region(at('2025-01-26').postures.us, 'mediation')).toBe('arrangementExtended');
    expect(region(at('2025-01-26').postures.israel, 'military')).toBe('ceasefireForcesInSouth');
  });

  it('18 February 2025: the extended deadline passes with Israeli forces still at positions in the south', () => {
    const w = at('2025-02-18');
    expect(region(w.postures.us, 'mediation')).toBe('deadlineMissed');
    expect(w.outcome).toBe('ceasefireHolding');
    expect(w.ladder).toBe(0);
  });

  // Model 3.0.0: the tracks around the negotiation, checkpoint by checkpoint.
  it('January 2024: the killing of a commander moves Israel to a targeted campaign', () => {
    const w = stepAfter('israel.killCommander', '2024-01-08');
    expect(region(w.postures.israel, 'military')).toBe('targetedCampaign');
    expect(w.ladder).toBe(5);
    expect(w.transitions.map((t) => t.actor)).toEqual(['israel']);
  });

  it('February–March 2024: France tables its plan and Lebanon answers it in writing', () => {
    expect(stepAfter('france.tablePlan', '2024-02-13').postures.lebanon).toBe(
      'consideringFrenchPlan',
    );
    const replied = stepAfter('lebanon.replyToFrenchPlan', '2024-03-15');
    expect(replied.postures.lebanon).toBe('engagedViaMediator');
    expect(replied.transitions[0]).toMatchObject({ from: 'consideringFrenchPlan', cause: 'input' });
  });

  it('June–August 2024: the US ties a Lebanon settlement to a Gaza deal and tables nothing of its own', () => {
    const linked = at('2024-06-18');
    expect(region(linked.postures.us, 'mediation')).toBe('linkedToGaza');
    expect(availabilityOf(sim, linked, 'us.tableProposal')!.enabled).toBe(false);
    expect(region(at('2024-09-30').postures.us, 'mediation')).toBe('linkedToGaza');
  });

  it("September 2024: the strikes on Hezbollah's leadership open the condition drop, not the air campaign alone", () => {
    const before = at('2024-09-16');
    expect(availabilityOf(sim, before, 'hezbollah.dropGazaCondition')!.enabled).toBe(false);
    const pagers = stepAfter('israel.strikeLeadership', '2024-09-17');
    expect(region(pagers.postures.hezbollah, 'condition')).toBe('linkedAfterLeadershipLosses');
    expect(availabilityOf(sim, pagers, 'hezbollah.dropGazaCondition')).toMatchObject({
      enabled: false,
      guard: 'underSevereMilitaryPressure',
    });
    const nasrallah = stepAfter('israel.strikeLeadership', '2024-09-27');
    expect(region(nasrallah.postures.israel, 'military')).toBe('airCampaign');
    expect(availabilityOf(sim, nasrallah, 'hezbollah.dropGazaCondition')!.enabled).toBe(true);
  });

  it('8 October 2024: dropping the condition leaves the negotiation to Speaker Berri', () => {
    const w = stepAfter('hezbollah.dropGazaCondition', '2024-10-08');
    expect(w.postures.lebanon).toBe('negotiatingThroughBerri');
    expect(w.transitions.find((t) => t.actor === 'lebanon')).toMatchObject({
      from: 'engagedViaMediator',
      cause: 'reaction',
    });
  });

  it('21 October 2024: the US decouples Lebanon from Gaza again, and can table a proposal', () => {
    const w = at('2024-10-21');
    expect(region(w.postures.us, 'mediation')).toBe('shuttleDiplomacy');
    expect(availabilityOf(sim, w, 'us.tableProposal')!.enabled).toBe(true);
  });

  it('2 December 2024: alleged violations leave the deal in force', () => {
    const w = at('2024-12-02');
    expect(region(w.postures.us, 'mediation')).toBe('dealBrokered');
    expect(w.outcome).toBe('ceasefireHolding');
    expect(w.transitions.map((t) => t.event)).toEqual(['world.ceasefireViolationsAlleged']);
  });

  it('9 January 2025: parliament elects a president, ending the vacancy', () => {
    expect(at('2025-01-08').postures.lebanon).toBe('acceptedDeal');
    const w = at('2025-01-09');
    expect(w.postures.lebanon).toBe('presidentElected');
    expect(w.transitions[0]).toMatchObject({ guard: 'ceasefireInForce' });
  });
});
