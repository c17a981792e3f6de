import { describe, expect, it } from 'vitest';
import { conflictModel } from '../../machines/index.ts';
import { applyEvent, buildLog, initialStep, replayLog } from '../../src/engine/index.ts';
import {
  checkTabled,
  draftedProposal,
  tabledProposalsInText,
  tabledRecords,
  tablingsOf,
} from '../../src/negotiation/index.ts';
import { loadScenario } from '../helpers/scenarioFiles.ts';
import { simulationOf } from '../helpers/world.ts';
import { termsWith } from '../helpers/terms.ts';

const valid = loadScenario('baseline-2024-01');
const sim = simulationOf(valid);
const logScenario = {
  id: valid.scenario.id,
  title: valid.scenario.title,
  fingerprint: valid.fingerprint,
};

/** A line that tables a draft tied to a Gaza ceasefire, which Hezbollah then accepts (January 2024). */
function tiedDraftLine() {
  const draft = draftedProposal(
    termsWith({ tiedToGazaCeasefire: true, haltToStrikes: 'offensiveOperations' }),
  );
  const start = initialStep(sim);
  const tabled = applyEvent(sim, start, 'us.tableProposal', draft);
  const accepted = applyEvent(sim, tabled, 'hezbollah.acceptProposal');
  return [start, tabled, accepted];
}

describe('tabling records', () => {
  it('record each proposal tabled with its terms, and replay tables them again', () => {
    const steps = tiedDraftLine();
    const records = tabledRecords(steps);
    expect(records.map((r) => [r.step, r.proposal.terms.tiedToGazaCeasefire])).toEqual([[1, true]]);
    const log = buildLog(sim, logScenario, steps);
    expect(replayLog(conflictModel, valid, log).ok).toBe(false);
    const replay = replayLog(conflictModel, valid, log, tablingsOf(records));
    expect(replay).toMatchObject({ ok: true });
    expect(replay.ok && checkTabled(records, replay.steps)).toBeNull();
  });

  it('refuse a log whose recorded terms no longer allow the answer it records', () => {
    const steps = tiedDraftLine();
    const records = tabledRecords(steps).map((r) => ({
      ...r,
      proposal: { ...r.proposal, terms: { ...r.proposal.terms, tiedToGazaCeasefire: false } },
    }));
    const replay = replayLog(
      conflictModel,
      valid,
      buildLog(sim, logScenario, steps),
      tablingsOf(records),
    );
    expect(replay.ok).toBe(false);
    expect(!replay.ok && replay.message).toMatch(
      /^step 2: expected "hezbollah.acceptProposal" to be enabled, got: The terms on the table break what Hezbollah stated: hezbollahNoDealWhileGazaFighting/,
    );
  });

  it('refuse a tabling record on a step whose input tabled nothing', () => {
    const steps = tiedDraftLine();
    const moved = tabledRecords(steps).map((r) => ({ ...r, step: 2 }));
    const replay = replayLog(
      conflictModel,
      valid,
      buildLog(sim, logScenario, steps),
      tablingsOf(moved),
    );
    expect(!replay.ok && replay.message).toBe(
      'step 2: the log records a proposal tabled there, but its input is "hezbollah.acceptProposal", not "us.tableProposal"',
    );
  });

  it('are read from the header line of a JSON Lines log as from a JSON log', () => {
    const records = tabledRecords(tiedDraftLine());
    const header = JSON.stringify({ type: 'header', proposals: records });
    const read = tabledProposalsInText(`${header}\n{"type":"final"}\n`);
    expect(read).toEqual({ ok: true, tabled: records });
  });
});

describe('tabledRecords of bare terms', () => {
  it('records them as a team’s draft, so the record reads back', () => {
    const terms = termsWith({ tiedToGazaCeasefire: true });
    const step = applyEvent(sim, initialStep(sim), 'us.tableProposal', { terms });
    const records = tabledRecords([initialStep(sim), step]);
    expect(records[0]!.proposal).toEqual(draftedProposal(terms));
    expect(tabledProposalsInText(JSON.stringify({ proposals: records })).ok).toBe(true);
  });
});
