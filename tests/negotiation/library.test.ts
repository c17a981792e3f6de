import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { conflictModel } from '../../machines/index.ts';
import { applyEvents, initialStep, type StepResult } from '../../src/engine/index.ts';
import { verdicts, worldAt } from '../../src/negotiation/index.ts';
import type { ScenarioProposal } from '../../src/scenario/schema.ts';
import { checkScenario } from '../../src/scenario/validate.ts';
import { loadScenario } from '../helpers/scenarioFiles.ts';
import { simulationOf } from '../helpers/world.ts';

const valid = loadScenario('historical-2023-2024');
const { scenario } = valid;
const sim = simulationOf(valid);
const steps = applyEvents(
  sim,
  initialStep(sim),
  scenario.script.map((s) => s.event),
);
const library = scenario.proposals ?? [];

function proposal(id: string): ScenarioProposal {
  const found = library.find((p) => p.id === id);
  if (!found) throw new Error(`no proposal ${id}`);
  return found;
}

/** The step after the first script step with this date and event (1-based steps; 0 is the start). */
function stepOf(date: string, event: string): StepResult {
  const i = scenario.script.findIndex((s) => s.date === date && s.event === event);
  if (i < 0) throw new Error(`no step ${event} on ${date}`);
  return steps[i + 1]!;
}

/** Each party's decision and the names of the conditions that decided it. */
function answers(p: ScenarioProposal, step: StepResult) {
  return Object.fromEntries(
    verdicts(p.terms, worldAt(step)).map((v) => [
      v.party,
      `${v.decision}${v.decision === 'reject' ? `: ${v.deciding.map((c) => c.name).join(', ')}` : ''}`,
    ]),
  );
}

describe('the historical proposal library', () => {
  it('holds the five proposals of 2024, each dated and sourced with known sources', () => {
    expect(library.map((p) => p.id)).toEqual([
      'hochstein-ideas-2024-01',
      'us-plan-2024-02-04',
      'france-plan-2024-02',
      'truce-call-2024-09-25',
      'ceasefire-deal-2024-11',
    ]);
    const known = new Set([...conflictModel.sources, ...scenario.sources].map((s) => s.id));
    for (const p of library) {
      expect(p.date, p.id).toBeDefined();
      expect(p.sources?.length, p.id).toBeGreaterThan(0);
      for (const id of p.sources ?? []) expect(known.has(id), `${p.id}: ${id}`).toBe(true);
    }
  });

  it('links every script step that names a proposal to one in the library', () => {
    const ids = new Set(library.map((p) => p.id));
    const named = scenario.script.filter((s) => s.proposal !== undefined);
    expect(named.length).toBeGreaterThanOrEqual(4);
    for (const s of named) expect(ids.has(s.proposal!), s.proposal).toBe(true);
  });

  it("January 2024: Hezbollah rejects Hochstein's ideas on the Gaza condition and the pull-back; Israel and Lebanon could accept", () => {
    expect(
      answers(proposal('hochstein-ideas-2024-01'), stepOf('2024-01-11', 'us.tableProposal')),
    ).toEqual({
      hezbollah: 'reject: hezbollahNoDealWhileGazaFighting, hezbollahNoPullbackUnderFire',
      israel: 'accept',
      lebanon: 'accept',
    });
  });

  it('February 2024: the second US plan meets the same refusal; economic incentives change no answer', () => {
    expect(
      answers(proposal('us-plan-2024-02-04'), stepOf('2024-02-04', 'us.tableProposal')),
    ).toEqual({
      hezbollah: 'reject: hezbollahNoDealWhileGazaFighting, hezbollahNoPullbackUnderFire',
      israel: 'accept',
      lebanon: 'accept',
    });
  });

  it("February 2024: the French plan's halt to overflights breaks Israel's condition as well", () => {
    expect(
      answers(proposal('france-plan-2024-02'), stepOf('2024-02-04', 'us.tableProposal')),
    ).toEqual({
      hezbollah: 'reject: hezbollahNoDealWhileGazaFighting, hezbollahNoPullbackUnderFire',
      israel: 'reject: israelFreedomOfAction',
      lebanon: 'accept',
    });
  });

  it("September 2024: the 21-day truce call asks no pull-back, so Israel's residents condition breaks", () => {
    expect(
      answers(proposal('truce-call-2024-09-25'), stepOf('2024-09-23', 'israel.launchAirCampaign')),
    ).toEqual({
      hezbollah: 'reject: hezbollahNoDealWhileGazaFighting',
      israel: 'reject: israelResidentsReturn',
      lebanon: 'accept',
    });
  });

  it("November 2024: every party's conditions are met by the Litani-line deal, with Gaza still at war", () => {
    const step = stepOf('2024-11-14', 'us.tableProposal');
    expect(step.postures.gaza).toBe('war');
    expect(answers(proposal('ceasefire-deal-2024-11'), step)).toEqual({
      hezbollah: 'accept',
      israel: 'accept',
      lebanon: 'accept',
    });
  });

  it('the same November deal, tabled in January 2024, is rejected by Hezbollah: the world decided, not the terms', () => {
    expect(
      answers(proposal('ceasefire-deal-2024-11'), stepOf('2024-01-11', 'us.tableProposal'))
        .hezbollah,
    ).toBe('reject: hezbollahNoDealWhileGazaFighting, hezbollahNoPullbackUnderFire');
  });
});

describe('scenario validation of proposals', () => {
  it('reports a duplicate proposal id, an unknown proposal source and a step naming no proposal', () => {
    const data = JSON.parse(readFileSync('scenarios/historical-2023-2024.json', 'utf8'));
    data.proposals.push({ ...data.proposals[0], sources: ['nowhere'] });
    data.script[6].proposal = 'no-such-proposal';
    const check = checkScenario(conflictModel, 'h.json', data);
    expect(check.ok).toBe(false);
    const pointers = !check.ok ? check.problems.map((p) => `${p.pointer}: ${p.message}`) : [];
    expect(pointers).toEqual(
      expect.arrayContaining([
        '/proposals/5/id: duplicate proposal id',
        '/proposals/5/sources/0: unknown source id',
        '/script/6/proposal: unknown proposal id',
      ]),
    );
  });

  it('rejects a term outside its vocabulary, through the schema', () => {
    const data = JSON.parse(readFileSync('scenarios/historical-2023-2024.json', 'utf8'));
    data.proposals[0].terms.pullbackDepth = '20km';
    data.proposals[1].terms.borderTalks = ['ghajar', 'ghajar'];
    const check = checkScenario(conflictModel, 'h.json', data);
    const pointers = !check.ok ? check.problems.map((p) => p.pointer) : [];
    expect(pointers).toEqual([
      '/proposals/0/terms/pullbackDepth',
      '/proposals/1/terms/borderTalks',
    ]);
  });
});
