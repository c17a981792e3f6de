import { describe, expect, it } from 'vitest';
import { conflictModel } from '../../machines/index.ts';
import { simulate } from '../../src/analysis/batch.ts';
import { pathsFrom } from '../../src/analysis/paths.ts';
import { handleAnalysisRequest } from '../../src/analysis/workerProtocol.ts';
import { loadScenarioFile } from '../helpers/scenarioFiles.ts';

const { scenario } = loadScenarioFile('tests/fixtures/analysis-doctrine-only.json');
const request = {
  postures: scenario.start.postures,
  played: scenario.played,
  runs: 50,
  seed: 5,
  steps: 40,
  weights: { 'world.massCasualtyIncident': 2 },
  set: {},
  sweep: null,
};

describe('the analysis worker’s request handler', () => {
  it('answers a simulate request with exactly what simulate computes, twice the same', () => {
    const first = handleAnalysisRequest(conflictModel, { id: 7, kind: 'simulate', request });
    expect(first).toEqual({ id: 7, kind: 'simulate', result: simulate(conflictModel, request) });
    expect(handleAnalysisRequest(conflictModel, { id: 8, kind: 'simulate', request })).toEqual({
      ...first,
      id: 8,
    });
  });

  it('answers a paths request with the exploration from those postures', () => {
    const answer = handleAnalysisRequest(conflictModel, {
      id: 1,
      kind: 'paths',
      postures: scenario.start.postures,
      played: [],
    });
    expect(answer).toEqual({
      id: 1,
      kind: 'paths',
      report: pathsFrom(conflictModel, scenario.start.postures, []),
    });
  });

  it('turns a bad weight into an error message, not a crash', () => {
    const answer = handleAnalysisRequest(conflictModel, {
      id: 2,
      kind: 'simulate',
      request: { ...request, set: { 'world.nothing': 1 } },
    });
    expect(answer).toMatchObject({ id: 2, kind: 'error' });
    expect(answer.kind === 'error' && answer.message).toMatch(
      /^unknown parameter "world\.nothing"/,
    );
  });
});
