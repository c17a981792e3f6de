import { describe, expect, it } from 'vitest';
import { conflictModel } from '../../machines/index.ts';
import { explore } from '../../src/analysis/explore.ts';
import { compileModel } from '../../src/analysis/fastModel.ts';
import {
  DEFAULT_MAX_POSTURES,
  partialText,
  pathsFrom,
  pathsText,
} from '../../src/analysis/paths.ts';
import { applyEvents, canonicalJson } from '../../src/engine/index.ts';
import { liveReachable } from '../helpers/analysis.ts';
import { loadScenarioFile } from '../helpers/scenarioFiles.ts';
import { scenarioStart } from '../helpers/world.ts';

/*
 * The hand-checked fixture: the baseline start with nobody played, so only world
 * events are inputs and every party acts by doctrine. By hand, from the machines:
 * - managedConflict is where it starts (support front, ladder 3, no agreement);
 * - a full Gaza ceasefire makes Hezbollah stop (its condition is met) and Israel hold:
 *   ceasefireHolding in one event;
 * - once the Gaza war ends, doctrine carries Hezbollah, Lebanon, the US and Israel
 *   through the border talks one move per party per step: borderAgreement after
 *   three world events;
 * - fullScaleWar needs ladder 8. Israel's doctrine answers a first mass-casualty
 *   incident with targeted strikes (deterrence fire → targeted campaign) and a second,
 *   during that campaign, with an air campaign: ladder 8 after two world events.
 */
const fixture = 'tests/fixtures/analysis-doctrine-only.json';

// The live-engine searches are slow on a loaded 2-core machine: a generous timeout, no timing assertions.
describe('explore', { timeout: 120_000 }, () => {
  it('finds exactly the outcomes of the hand-checked fixture, with the shortest paths', () => {
    const valid = loadScenarioFile(fixture);
    const report = pathsFrom(conflictModel, valid.scenario.start.postures, valid.scenario.played);
    const byId = Object.fromEntries(report.outcomes.map((o) => [o.outcome, o]));
    expect(report.complete).toBe(true);
    expect(
      report.outcomes
        .filter((o) => o.reachable)
        .map((o) => o.outcome)
        .sort(),
    ).toEqual(['borderAgreement', 'ceasefireHolding', 'fullScaleWar', 'managedConflict']);
    expect(byId.managedConflict!.path).toEqual([]);
    expect(byId.ceasefireHolding!.path!.map((s) => s.event)).toEqual(['world.gazaCeasefire']);
    expect(byId.borderAgreement!.path!.length).toBe(3);
    expect(byId.borderAgreement!.path!.every((s) => s.controlledBy === 'world')).toBe(true);
    expect(byId.fullScaleWar!.path!.map((s) => s.event)).toEqual([
      'world.massCasualtyIncident',
      'world.massCasualtyIncident',
    ]);
    expect(report.maxLadder).toBe(10);
  });

  it('agrees with a breadth-first search through the live engine on the fixture', () => {
    const valid = loadScenarioFile(fixture);
    const { sim, start } = scenarioStart(valid);
    const live = liveReachable(sim, start);
    const fast = compileModel(conflictModel, valid.scenario.played);
    const found = explore(fast, fast.idOf(valid.scenario.start.postures));
    expect(found.reachable).toBe(live.size);
    for (const id of found.reached) {
      const expected = live.get(canonicalJson(fast.postures(id)));
      expect(expected).toBeDefined();
      expect({
        distance: found.distanceOf(id),
        outcome: fast.outcomeIds[fast.outcome(id)],
        ladder: fast.ladder(id),
      }).toEqual(expected);
    }
  });

  it('gives paths the live engine can play, ending in their outcome', () => {
    const valid = loadScenarioFile('scenarios/baseline-2024-01.json');
    const { sim, start } = scenarioStart(valid);
    const report = pathsFrom(conflictModel, start.postures, valid.scenario.played, {
      stopWhenAllFound: true,
    });
    expect(report.complete).toBe(false);
    for (const o of report.outcomes) {
      expect(o.reachable).toBe(true);
      const steps = applyEvents(
        sim,
        start,
        o.path!.map((s) => s.event),
      );
      expect(steps[steps.length - 1]!.outcome).toBe(o.outcome);
      // Who decides each event is the catalog's controller.
      for (const s of o.path!)
        expect(s.controlledBy).toBe(
          conflictModel.events.find((e) => e.type === s.event)!.controlledBy,
        );
    }
  });

  it('stops at maxPostures and says the result is partial, never calling an outcome unreachable', () => {
    const valid = loadScenarioFile(fixture);
    const fast = compileModel(conflictModel, valid.scenario.played);
    const start = fast.idOf(valid.scenario.start.postures);
    const whole = explore(fast, start);
    const bound = 3;
    expect(whole.reachable).toBeGreaterThan(bound);
    const partial = explore(fast, start, { maxPostures: bound });
    expect(partial.complete).toBe(false);
    expect(partial.stoppedBy).toBe('maxPostures');
    expect(partial.maxPostures).toBe(bound);
    expect(partial.reachable).toBe(bound);
    // The bound only cuts the breadth-first order short: the same first postures, at the same distances.
    expect(Array.from(partial.reached)).toEqual(Array.from(whole.reached.slice(0, bound)));
    for (const id of partial.reached) expect(partial.distanceOf(id)).toBe(whole.distanceOf(id));
    const missing = partial.outcomes.filter((o) => !o.reachable);
    expect(missing.length).toBeGreaterThan(0);
    for (const o of missing) {
      expect(o.blockedBy).toEqual([]);
      expect(o.why).toContain(`the search stopped at its bound of ${bound} postures`);
      expect(o.why).toContain('may still be reachable');
    }
    const report = pathsFrom(conflictModel, valid.scenario.start.postures, valid.scenario.played, {
      maxPostures: bound,
    });
    const text = pathsText(conflictModel, report, 'Paths');
    expect(text).toContain(`Paths: ${bound} reachable joint postures`);
    expect(text).toMatch(/^Partial result: the search stopped at its bound of 3 joint postures/m);
    expect(text).not.toMatch(/: unreachable\./);
    expect(text).toMatch(/\): not found\. None of the first 3 /);
  });

  it('is complete when the bound is exactly the number of reachable postures, and by default', () => {
    const valid = loadScenarioFile(fixture);
    const fast = compileModel(conflictModel, valid.scenario.played);
    const start = fast.idOf(valid.scenario.start.postures);
    const whole = explore(fast, start);
    const exact = explore(fast, start, { maxPostures: whole.reachable });
    expect(exact.complete).toBe(true);
    expect(exact.stoppedBy).toBeNull();
    expect(exact.outcomes).toEqual(whole.outcomes);
    const report = pathsFrom(conflictModel, valid.scenario.start.postures, valid.scenario.played);
    expect(report.maxPostures).toBe(DEFAULT_MAX_POSTURES);
    expect(report.complete).toBe(true);
    expect(partialText(report)).toBeNull();
    expect(() => explore(fast, start, { maxPostures: 0 })).toThrow(RangeError);
  });

  it('prints unreachable outcomes with the conditions that block them', () => {
    // By hand: a signed border agreement is final, and the outcome check puts it before a
    // ceasefire or a contained exchange of fire, so only a war can replace it; those two are unreachable.
    const valid = loadScenarioFile('tests/fixtures/analysis-agreement-signed.json');
    const report = pathsFrom(conflictModel, valid.scenario.start.postures, []);
    expect(
      report.outcomes
        .filter((o) => !o.reachable)
        .map((o) => o.outcome)
        .sort(),
    ).toEqual(['ceasefireHolding', 'managedConflict']);
    const text = pathsText(conflictModel, report, 'Paths');
    expect(text).toMatch(/^Ceasefire holding \(ceasefireHolding\): unreachable\. /m);
    expect(text).toMatch(/^ {2}- proposalOnTable: A US proposal must be on the table\.$/m);
    expect(text).toMatch(
      /^ {2}2\. Mass-casualty incident \[world\.massCasualtyIncident\], decided by the world → ladder 8, fullScaleWar$/m,
    );
  });
});
