import { describe, expect, it } from 'vitest';
import { conflictModel } from '../../../machines/index.ts';
import { pathsFrom } from '../../../src/analysis/paths.ts';
import {
  notReachedHeading,
  pathsCoverage,
  pathsLimitNote,
  pathsStatus,
} from '../../../src/app/analysis/pathsWords.ts';
import { loadScenarioFile } from '../../helpers/scenarioFiles.ts';

const { scenario } = loadScenarioFile('tests/fixtures/analysis-doctrine-only.json');

describe("the Paths panel's words about the search", () => {
  it('says a search stopped at its limit covered a part only, and calls nothing unreachable', () => {
    const report = pathsFrom(conflictModel, scenario.start.postures, scenario.played, {
      maxPostures: 3,
    });
    expect(pathsStatus(report, 0)).toBe(
      'Searched the first 3 combinations only (the limit): the outcomes found are shown with their shortest way from step 0.',
    );
    expect(pathsLimitNote(report)).toContain(
      'so an outcome it did not find may still be reachable from here',
    );
    expect(pathsCoverage(report)).toBe(
      "it reached 3 different combinations of the parties' positions before stopping at its limit.",
    );
    const missing = report.outcomes.find((o) => !o.reachable)!;
    expect(notReachedHeading(missing.label, report)).toBe(
      `${missing.label}: not found within the search limit`,
    );
  });

  it('says nothing about a limit when the search covered everything', () => {
    const report = pathsFrom(conflictModel, scenario.start.postures, scenario.played);
    expect(pathsStatus(report, 2)).toBe('Found the shortest way to each outcome from step 2.');
    expect(pathsLimitNote(report)).toBeNull();
    expect(pathsCoverage(report)).toBe(
      `${report.reachable.toLocaleString('en-US')} different combinations of the parties' positions can be reached.`,
    );
    expect(notReachedHeading('Full-scale war', report)).toBe(
      'Full-scale war: cannot be reached from here',
    );
  });
});
