import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { conflictModel } from '../../machines/index.ts';
import { readLog, replayLog, type TransitionLog } from '../../src/engine/index.ts';
import { loadScenario } from '../helpers/scenarioFiles.ts';

/** Logs exported with the CLI from model 3.0.0, before the border track had its disputed points. */
const FIXTURES = 'tests/fixtures/logs-3.0.0';

function fixture(name: string): TransitionLog {
  const read = readLog(name, readFileSync(`${FIXTURES}/${name}`, 'utf8'));
  if (!read.ok) throw new Error(`fixture ${name} does not read`);
  return read.log;
}

describe('logs made with model 3.0.0', () => {
  it('replay, with the earlier model named, when they never reached the border talks', () => {
    const result = replayLog(
      conflictModel,
      loadScenario('baseline-2024-01'),
      fixture('baseline-2024-01.main.json'),
    );
    expect(result.ok).toBe(true);
    expect(result.ok && result.note).toMatch(
      /earlier model \(israel-lebanon-2024 3\.0\.0\).*its behaviour replays unchanged/,
    );
  });

  it('are refused, with the earlier model named, where the talks now open on a disputed point', () => {
    const result = replayLog(
      conflictModel,
      loadScenario('baseline-2024-01'),
      fixture('baseline-2024-01.border-talks.json'),
    );
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(
      /^this log was made with an earlier model \(israel-lebanon-2024 3\.0\.0\); this is .*; it no longer replays: step 4: transition 2 \(borderTalks\) to: expected "mediatedTalks", got "thirteenPointsTalks"$/,
    );
  });
});
