import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { termsWith } from '../helpers/terms.ts';

const tmp = mkdtempSync(join(tmpdir(), 'escalation-lab-propose-'));

/** Runs the CLI in-process and collects what it writes. */
function run(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = main(argv, { out: (t) => (stdout += t), err: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

function file(name: string, data: unknown): string {
  const path = join(tmp, name);
  writeFileSync(path, JSON.stringify(data));
  return path;
}

const litaniDeal = termsWith({
  pullbackDepth: 'litani',
  lafDeployment: true,
  monitoring: 'usChairedMechanism',
  israeliWithdrawal: true,
  withdrawalDeadlineDays: 60,
  haltToStrikes: 'offensiveOperations',
  borderTalks: ['thirteenPoints'],
});

describe('escalation-lab propose', () => {
  it("shows, term by term, which parties' conditions a draft meets or breaks, and what the engine allows", () => {
    const { code, stdout } = run([
      'propose',
      'baseline-2024-01',
      '--terms',
      file('deal.json', litaniDeal),
    ]);
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /^Pull-back depth: north of the Litani \(about 30 km\)\n {2}meets {2}Israel \(israelResidentsReturn\)/m,
    );
    expect(stdout).toContain('  breaks Hezbollah (hezbollahNoPullbackUnderFire)');
    expect(stdout).toMatch(/Economic incentives: no\n {2}no stated condition judges this term/);
    expect(stdout).toMatch(/^Hezbollah would reject:\n {2}hezbollahNoDealWhileGazaFighting: /m);
    expect(stdout).toContain('Israel would accept: every condition it stated is met.');
    expect(stdout).toMatch(
      /Accept the US proposal \(hezbollah\.acceptProposal\): not enabled: The terms on the table break what Hezbollah stated: hezbollahNoDealWhileGazaFighting \(Tied to a Gaza ceasefire: no\)/,
    );
  });

  it('reads the historical November deal in the November world (--at) as accepted by every party', () => {
    const deal = JSON.parse(
      readFileSync('scenarios/historical-2023-2024.json', 'utf8'),
    ).proposals.at(-1);
    const { code, stdout } = run([
      'propose',
      'historical-2023-2024',
      '--terms',
      file('nov.json', deal),
      '--at',
      '28',
    ]);
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /^The November 2024 cessation of hostilities \(us\), read after step 28 \(world\.iranStandsDown\)/,
    );
    for (const party of ['Hezbollah', 'Israel', 'Lebanese state'])
      expect(stdout).toContain(`${party} would accept`);
    expect(stdout).toContain('(hezbollah.acceptProposal): enabled');
  });

  it('tables a draft as a logged event that replays, and a tampered verdict fails the replay', () => {
    const out = join(tmp, 'tabled.json');
    const tabled = run([
      'propose',
      'baseline-2024-01',
      '--terms',
      file('t.json', litaniDeal),
      '--table',
      '--out',
      out,
    ]);
    expect(tabled).toMatchObject({
      code: 0,
      stderr: `tabled "A drafted proposal" at step 4; wrote 7 transitions to ${out}\n`,
    });
    const log = JSON.parse(readFileSync(out, 'utf8'));
    expect(log.inputs.at(-1)).toBe('us.tableProposal');
    expect(log.proposals[0]).toMatchObject({
      step: 4,
      event: 'us.tableProposal',
      proposal: { terms: litaniDeal },
    });
    expect(run(['replay', out])).toMatchObject({
      code: 0,
      stdout: 'verified 7 transitions and 1 tabled proposal\n',
    });
    log.proposals[0].verdicts[1].decision = 'reject';
    const tampered = run(['replay', file('tampered.json', log)]);
    expect(tampered.code).toBe(1);
    expect(tampered.stderr).toMatch(
      /proposal 1 \("A drafted proposal"\): recorded verdicts .*the conditions now give/,
    );
  });

  it('refuses to table when no proposal can be tabled, and a draft with a bad term, in one line each', () => {
    const early = run([
      'propose',
      'baseline-2024-01',
      '--terms',
      file('e.json', litaniDeal),
      '--at',
      '1',
      '--table',
    ]);
    expect(early).toMatchObject({ code: 1 });
    expect(early.stderr).toMatch(
      /^step 2: the proposal cannot be tabled now: Needs United States at “Shuttle diplomacy”.*United States is now at “Proposal tabled”/,
    );
    const bad = run([
      'propose',
      'baseline-2024-01',
      '--terms',
      file('bad.json', { ...litaniDeal, pullbackDepth: '20km' }),
    ]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(
      /\/pullbackDepth: not an allowed value \(expected one of "none", "7-10km", "litani", found "20km"\)\n$/,
    );
    expect(run(['propose', 'baseline-2024-01']).code).toBe(2);
  });
});
