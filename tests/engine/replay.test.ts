import { describe, expect, it } from 'vitest';
import { conflictModel } from '../../machines/index.ts';
import {
  applyEvents,
  buildLog,
  initialStep,
  logToJson,
  readLog,
  replayLog,
  type TransitionLog,
} from '../../src/engine/index.ts';
import { loadScenario } from '../helpers/scenarioFiles.ts';
import { simulationOf } from '../helpers/world.ts';

const valid = loadScenario('baseline-2024-01');
const sim = simulationOf(valid);
const log = buildLog(
  sim,
  { id: valid.scenario.id, title: valid.scenario.title, fingerprint: valid.fingerprint },
  applyEvents(
    sim,
    initialStep(sim),
    valid.scenario.script.map((s) => s.event),
  ),
);

describe('replayLog', () => {
  it('verifies an untouched log', () => {
    const result = replayLog(conflictModel, valid, log);
    expect(result).toMatchObject({ ok: true, transitions: log.transitions.length });
  });

  it('reports the first divergence of a transition edited by hand', () => {
    const edited: TransitionLog = {
      ...log,
      transitions: log.transitions.map((t, i) => (i === 2 ? { ...t, to: 'acceptedProposal' } : t)),
    };
    const result = replayLog(conflictModel, valid, edited);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toBe(
      'step 2: transition 1 (hezbollah) to: expected "acceptedProposal", got "rejectedProposal"',
    );
  });

  it('reports a removed transition and an edited final state', () => {
    const shorter = replayLog(conflictModel, valid, {
      ...log,
      transitions: log.transitions.slice(0, -1),
    });
    expect(!shorter.ok && shorter.message).toMatch(/expected 4 transitions in all, got 5/);
    const final = replayLog(conflictModel, valid, { ...log, final: { ...log.final, ladder: 9 } });
    expect(!final.ok && final.message).toBe('final ladder: expected 9, got 3');
  });

  it('refuses an input that is not enabled, with the reason', () => {
    const result = replayLog(conflictModel, valid, { ...log, inputs: ['hezbollah.holdFire'] });
    expect(!result.ok && result.message).toMatch(
      /^step 1: expected "hezbollah.holdFire" to be enabled, got: Hezbollah fires until/,
    );
  });

  it('refuses a log of another scenario version or another scenario', () => {
    const other = replayLog(conflictModel, valid, {
      ...log,
      scenario: { ...log.scenario, fingerprint: 'f00' },
    });
    expect(!other.ok && other.message).toMatch(/another version of scenario "baseline-2024-01"/);
    const foreign = replayLog(conflictModel, valid, {
      ...log,
      scenario: { ...log.scenario, id: 'sandbox' },
    });
    expect(!foreign.ok && foreign.message).toMatch(/is for scenario "sandbox"/);
    const model = replayLog(conflictModel, valid, {
      ...log,
      model: { ...log.model, fingerprint: 'abc' },
    });
    expect(!model.ok && model.message).toMatch(/another version of the model/);
  });
});

describe('replayLog across model versions', () => {
  const earlier = { ...log.model, version: '1.2.0', fingerprint: 'old' };

  it('names the earlier model and replays its behaviour when the texts alone changed', () => {
    const reworded: TransitionLog = {
      ...log,
      model: earlier,
      transitions: log.transitions.map((t) => ({
        ...t,
        description: 'older wording',
        basis: ['seed'],
      })),
    };
    const result = replayLog(conflictModel, valid, reworded);
    expect(result.ok).toBe(true);
    expect(result.ok && result.note).toBe(
      `this log was made with an earlier model (israel-lebanon-2024 1.2.0); this is israel-lebanon-2024 ${conflictModel.version}; its behaviour replays unchanged`,
    );
  });

  it('names the earlier model before the first behaviour that differs', () => {
    const moved: TransitionLog = {
      ...log,
      model: earlier,
      transitions: log.transitions.map((t, i) => (i === 2 ? { ...t, to: 'acceptedProposal' } : t)),
    };
    const result = replayLog(conflictModel, valid, moved);
    expect(!result.ok && result.message).toMatch(
      /^this log was made with an earlier model \(israel-lebanon-2024 1\.2\.0\); this is .*; it no longer replays: step 2: transition 1 \(hezbollah\) to:/,
    );
  });

  it('names the earlier model, not a field, when the scenario changed too', () => {
    const result = replayLog(conflictModel, valid, {
      ...log,
      model: earlier,
      seed: log.seed + 1,
      scenario: { ...log.scenario, fingerprint: 'f00' },
    });
    expect(!result.ok && result.message).toMatch(
      /^this log was made with an earlier model \(israel-lebanon-2024 1\.2\.0\).*and with another version of scenario/,
    );
  });
});

describe('readLog', () => {
  it('names a newer format version instead of failing on its fields', () => {
    const newer = readLog('new.json', JSON.stringify({ ...log, version: 2 }));
    expect(!newer.ok && newer.problems[0]).toMatchObject({
      pointer: '/version',
      message: 'this log was written by a newer Escalation Lab',
    });
  });

  it('reports a truncated log as neither JSON nor JSON Lines', () => {
    const truncated = readLog('cut.json', logToJson(log).slice(0, 200));
    expect(!truncated.ok && truncated.problems[0]!.message).toMatch(/not a log/);
  });

  it('reports missing fields with their JSON pointers', () => {
    const { final: _final, ...partial } = log;
    const result = readLog('partial.json', JSON.stringify(partial));
    expect(!result.ok && result.problems.map((p) => p.pointer)).toContain('/final');
  });
});
