import { describe, expect, it } from 'vitest';
import {
  applyEvents,
  buildLog,
  CSV_COLUMNS,
  initialStep,
  logToCsv,
  logToJson,
  logToJsonl,
  readLog,
} from '../../src/engine/index.ts';
import { loadScenario } from '../helpers/scenarioFiles.ts';
import { simulationOf } from '../helpers/world.ts';

const valid = loadScenario('baseline-2024-01');
const meta = { id: valid.scenario.id, title: valid.scenario.title, fingerprint: valid.fingerprint };

/** The baseline's scripted run, built from scratch each time. */
function scriptedLog() {
  const sim = simulationOf(valid);
  const steps = applyEvents(
    sim,
    initialStep(sim),
    valid.scenario.script.map((s) => s.event),
  );
  return buildLog(sim, meta, steps);
}

describe('transition logs', () => {
  it('are byte-identical for the same scenario, inputs and seed', () => {
    expect(logToJson(scriptedLog())).toBe(logToJson(scriptedLog()));
    expect(logToCsv(scriptedLog())).toBe(logToCsv(scriptedLog()));
  });

  it('carry the format, version, scenario, model, seed, inputs, transitions and final state, and no wall-clock time', () => {
    const log = scriptedLog();
    expect(log).toMatchObject({
      format: 'escalation-lab/transition-log',
      version: 1,
      scenario: meta,
      seed: valid.scenario.seed,
    });
    expect(log.inputs).toEqual(valid.scenario.script.map((s) => s.event));
    expect(log.final.outcome).toBe('managedConflict');
    expect(log).not.toHaveProperty('createdAt');
    for (const t of log.transitions) {
      for (const field of [
        'step',
        'event',
        'cause',
        'actor',
        'from',
        'to',
        'guard',
        'reason',
        'description',
        'basis',
        'ladder',
        'outcome',
      ])
        expect(t).toHaveProperty(field);
    }
  });

  it('write CSV with the documented header, one row per transition', () => {
    const log = scriptedLog();
    const lines = logToCsv(log).trimEnd().split('\n');
    expect(lines[0]).toBe(CSV_COLUMNS.join(','));
    expect(lines[0]!.startsWith('step,event,cause,actor,from,to')).toBe(true);
    expect(lines).toHaveLength(log.transitions.length + 1);
  });

  it('round-trip through JSON and JSON Lines', () => {
    const log = scriptedLog();
    const fromJson = readLog('log.json', logToJson(log));
    const fromJsonl = readLog('log.jsonl', logToJsonl(log));
    expect(fromJson.ok && fromJson.log).toEqual(log);
    expect(fromJsonl.ok && fromJsonl.log).toEqual(log);
  });

  it('quote CSV cells and defuse text a spreadsheet would run as a formula', () => {
    const log = scriptedLog();
    const tampered = {
      ...log,
      transitions: [{ ...log.transitions[0]!, description: '=HYPERLINK("x"), "quoted"' }],
    };
    expect(logToCsv(tampered).split('\n')[1]).toContain(`"'=HYPERLINK(""x""), ""quoted"""`);
  });
});
