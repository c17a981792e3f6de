import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { conflictModel } from '../../machines/index.ts';
import {
  applyEvents,
  buildLog,
  initialStep,
  readLog,
  replayLog,
  type TransitionLog,
} from '../../src/engine/index.ts';
import { tabledProposalsInText, tablingsOf } from '../../src/negotiation/index.ts';
import { parseScenario, type ValidScenario } from '../../src/scenario/validate.ts';
import { loadScenario } from '../helpers/scenarioFiles.ts';
import { simulationOf } from '../helpers/world.ts';

/** Logs exported with the CLI from model 2.0.0, whose scenario fingerprint covered the whole file. */
const FIXTURES = 'tests/fixtures/logs-2.0.0';
/** The model's version as it appears in a replay's message, escaped for a pattern. */
const current = conflictModel.version.replaceAll('.', '\\.');

function fixture(name: string): { log: TransitionLog; text: string } {
  const text = readFileSync(`${FIXTURES}/${name}`, 'utf8');
  const read = readLog(name, text);
  if (!read.ok) throw new Error(`fixture ${name} does not read`);
  return { log: read.log, text };
}

/** A bundled scenario with one edit applied, checked as a teacher's file would be. */
function scenarioWith(id: string, edit: (data: Record<string, any>) => void): ValidScenario {
  const data = JSON.parse(readFileSync(`scenarios/${id}.json`, 'utf8'));
  edit(data);
  const check = parseScenario(conflictModel, 'edited.json', JSON.stringify(data));
  if (!check.ok) throw new Error(JSON.stringify(check.problems));
  return check.value;
}
const historicalWith = (edit: (data: Record<string, any>) => void) =>
  scenarioWith('historical-2023-2024', edit);
const baselineWith = (edit: (data: Record<string, any>) => void) =>
  scenarioWith('baseline-2024-01', edit);

const textOnly = historicalWith((d) => {
  d.summary = 'A reworded summary.';
  d.script[0].narration = 'A reworded narration.';
  d.sources[0].title = 'A retitled source';
});
const otherSeed = historicalWith((d) => (d.seed += 1));

describe('logs made with the whole-file scenario fingerprint (model 2.0.0)', () => {
  it('replay where the model still behaves the same, saying the replay vouches for the edited file', () => {
    // The baseline's file has changed since 2.0.0 (its kit), but not its start, players or seed.
    const result = replayLog(
      conflictModel,
      loadScenario('baseline-2024-01'),
      fixture('baseline-2024-01.main.jsonl').log,
    );
    expect(result.ok).toBe(true);
    expect(result.ok && result.note).toMatch(
      /earlier model \(israel-lebanon-2024 2\.0\.0\).*its behaviour replays unchanged.*the replay vouches for the rest$/,
    );
  });

  it('replay after a text-only edit of the scenario, and say the replay vouches for them', () => {
    const edited = baselineWith((d) => {
      d.summary = 'A reworded summary.';
      d.script[0].narration = 'A reworded narration.';
    });
    const result = replayLog(conflictModel, edited, fixture('baseline-2024-01.main.jsonl').log);
    expect(result.ok && result.note).toMatch(
      /the file has changed since; its start, played parties and seed are this scenario's, and the replay vouches for the rest$/,
    );
  });

  it('are refused with the earlier model named where the model now behaves differently, tabled terms and all', () => {
    // Model 3.0.0: Hezbollah drops its Gaza condition only after strikes on its leadership,
    // which 2.0.0's historical line did not have.
    for (const name of ['historical-2023-2024.main.json', 'tabled-deal.main.json']) {
      const { log, text } = fixture(name);
      const tabled = tabledProposalsInText(text);
      if (!tabled.ok) throw new Error(tabled.message);
      const valid = loadScenario('historical-2023-2024');
      const result = replayLog(conflictModel, valid, log, tablingsOf(tabled.tabled));
      expect(result.ok, name).toBe(false);
      expect(!result.ok && result.message, name).toMatch(
        new RegExp(
          `^this log was made with an earlier model \\(israel-lebanon-2024 2\\.0\\.0\\); this is israel-lebanon-2024 ${current}; it no longer replays: step \\d+: expected "hezbollah\\.dropGazaCondition" to be enabled`,
        ),
      );
    }
    const { text } = fixture('tabled-deal.main.json');
    const tabled = tabledProposalsInText(text);
    expect(tabled.ok && tabled.tabled.map((t) => t.step)).toEqual([22]);
  });

  it('are refused, naming the earlier model first, when the scenario’s seed changed', () => {
    const result = replayLog(
      conflictModel,
      otherSeed,
      fixture('historical-2023-2024.main.json').log,
    );
    expect(!result.ok && result.message).toMatch(
      /^this log was made with an earlier model \(israel-lebanon-2024 2\.0\.0\).*, and with another version of scenario "historical-2023-2024": its starting world, played parties, seed, scripted inputs or proposals' terms differ/,
    );
  });
});

describe('logs made with the run fingerprint', () => {
  const valid = loadScenario('historical-2023-2024');
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

  it('replay unchanged after a text-only edit of the scenario', () => {
    expect(textOnly.fingerprint).toBe(valid.fingerprint);
    expect(replayLog(conflictModel, textOnly, log)).toMatchObject({ ok: true });
    expect(replayLog(conflictModel, textOnly, log)).not.toHaveProperty('note');
  });

  it('are refused when an input changed (a proposal’s terms, the seed)', () => {
    const terms = historicalWith((d) => (d.proposals[0].terms.economicIncentives = true));
    for (const changed of [terms, otherSeed]) {
      const result = replayLog(conflictModel, changed, log);
      expect(!result.ok && result.message).toMatch(
        /^this log was made with another version of scenario "historical-2023-2024"/,
      );
    }
  });
});
