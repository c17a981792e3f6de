import { describe, expect, it } from 'vitest';
import { conflictModel } from '../../machines/index.ts';
import { DEFAULT_MAX_POSTURES, pathsFrom } from '../../src/analysis/paths.ts';
import { loadScenarioFile } from '../helpers/scenarioFiles.ts';
import { cli } from '../helpers/cli.ts';

// Child processes are slow on a loaded 2-core machine: a generous timeout, no timing assertions.
describe('escalation-lab explore', { timeout: 120_000 }, () => {
  it('lists the shortest path to each outcome, with who decides each event', () => {
    const { code, stdout } = cli(['explore', 'tests/fixtures/analysis-doctrine-only.json']);
    expect(code).toBe(0);
    // The count follows the model; the in-process search (checked against the live engine) gives it.
    const { scenario } = loadScenarioFile('tests/fixtures/analysis-doctrine-only.json');
    const expected = pathsFrom(conflictModel, scenario.start.postures, scenario.played);
    expect(stdout).toContain(
      `: ${expected.reachable.toLocaleString('en-US')} reachable joint postures, ${expected.transitions.toLocaleString('en-US')} transitions.`,
    );
    expect(stdout).toMatch(/^Ceasefire holding \(ceasefireHolding\): shortest path 1 event /m);
    expect(stdout).toMatch(
      /^ {2}1\. Full Gaza ceasefire \[world\.gazaCeasefire\], decided by the world → ladder 1, ceasefireHolding$/m,
    );
    expect(stdout).toMatch(/^Full-scale war \(fullScaleWar\): shortest path 2 events /m);
    const unreachable = cli([
      'explore',
      'tests/fixtures/analysis-agreement-signed.json',
      '--to',
      'managedConflict',
    ]);
    expect(unreachable.stdout).toMatch(
      /^Contained exchange of fire \(managedConflict\): unreachable\. No sequence of enabled events reaches it/m,
    );
  });

  it('answers for one outcome from a script step, as JSON', () => {
    const { code, stdout } = cli([
      'explore',
      'baseline-2024-01',
      '--to',
      'borderAgreement',
      '--from-step',
      '2',
      '--format',
      'json',
    ]);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.fromStep).toBe(2);
    expect(report.outcomes).toHaveLength(1);
    expect(report.outcomes[0].outcome).toBe('borderAgreement');
    expect(report.outcomes[0].path.at(-1)).toMatchObject({
      event: 'lebanon.signAgreement',
      controlledBy: 'lebanon',
      outcome: 'borderAgreement',
    });
  });

  it('exits 1 with one line for an unknown outcome or a step past the script', () => {
    const unknown = cli(['explore', 'baseline-2024-01', '--to', 'peace']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toBe(
      'unknown outcome "peace" (one of fullScaleWar, borderAgreement, ceasefireHolding, managedConflict)\n',
    );
    const past = cli(['explore', 'baseline-2024-01', '--from-step', '9']);
    expect(past.code).toBe(1);
    expect(past.stderr).toBe('--from-step must be a whole number from 0 to 3 (got 9)\n');
  });

  it('stops at --max-postures and says in words that the result is partial', () => {
    const file = 'tests/fixtures/analysis-doctrine-only.json';
    const { code, stdout } = cli(['explore', file, '--max-postures', '3']);
    expect(code).toBe(0);
    expect(stdout).toContain(': 3 reachable joint postures, ');
    expect(stdout).toContain('(search stopped early).');
    expect(stdout).toMatch(
      /^Partial result: the search stopped at its bound of 3 joint postures, before it had covered every reachable one\./m,
    );
    expect(stdout).not.toMatch(/: unreachable\./);
    expect(stdout).toContain('To search further, raise the bound with --max-postures N.');
    const json = JSON.parse(
      cli(['explore', file, '--max-postures', '3', '--format', 'json']).stdout,
    );
    expect(json).toMatchObject({
      reachable: 3,
      complete: false,
      stoppedBy: 'maxPostures',
      maxPostures: 3,
    });
    const whole = JSON.parse(cli(['explore', file, '--format', 'json']).stdout);
    expect(whole).toMatchObject({
      complete: true,
      stoppedBy: null,
      maxPostures: DEFAULT_MAX_POSTURES,
    });
    const zero = cli(['explore', file, '--max-postures', '0']);
    expect(zero.code).toBe(1);
    expect(zero.stderr).toBe('--max-postures must be a whole number from 1 to 100000000 (got 0)\n');
  });

  it('exits 2 with the usage line for wrong flags', () => {
    const result = cli(['explore', 'baseline-2024-01', '--format', 'xml']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/\nusage: escalation-lab explore FILE\|ID \[--to OUTCOME\]/);
  });

  it('explores with one library proposal at every tabling (--proposal), and names an unknown one', () => {
    const { scenario } = loadScenarioFile('scenarios/historical-2023-2024.json');
    const truce = scenario.proposals!.find((p) => p.id === 'truce-call-2024-09-25')!;
    const { code, stdout } = cli([
      'explore',
      'historical-2023-2024',
      '--proposal',
      truce.id,
      '--to',
      'fullScaleWar',
    ]);
    expect(code).toBe(0);
    const withTruce = pathsFrom(
      conflictModel,
      scenario.start.postures,
      scenario.played,
      {},
      truce.terms,
    );
    const standing = pathsFrom(conflictModel, scenario.start.postures, scenario.played);
    // The truce call asks no pull-back, which Israel's conditions refuse: the deal's postures drop out.
    expect(withTruce.reachable).toBeLessThan(standing.reachable);
    expect(stdout).toContain(
      `every tabling tables "${truce.title}"): ${withTruce.reachable.toLocaleString('en-US')} reachable joint postures`,
    );
    const unknown = cli(['explore', 'historical-2023-2024', '--proposal', 'nope']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/unknown proposal "nope" \(one of hochstein-ideas-2024-01, /);
  });
});
