import { describe, expect, it } from 'vitest';
import {
  applyEvents,
  buildLog,
  CSV_COLUMNS,
  CSV_LABEL_COLUMNS,
  initialStep,
  logToCsv,
} from '../../src/engine/index.ts';
import { loadScenario } from '../helpers/scenarioFiles.ts';
import { simulationOf } from '../helpers/world.ts';

const valid = loadScenario('baseline-2024-01');
const sim = simulationOf(valid);
const steps = applyEvents(
  sim,
  initialStep(sim),
  valid.scenario.script.map((s) => s.event),
);
const log = buildLog(
  sim,
  { id: valid.scenario.id, title: valid.scenario.title, fingerprint: valid.fingerprint },
  steps,
);

/** A CSV line split into cells (these rows hold no quoted commas in the columns read here). */
const cells = (line: string) => line.split(',');

describe('CSV label columns', () => {
  const withLabels = logToCsv(log, sim.index).trimEnd().split('\n');
  const plain = logToCsv(log).trimEnd().split('\n');

  it('come after the fixed columns, which stay first and unchanged', () => {
    expect(withLabels[0]).toBe([...CSV_COLUMNS, ...CSV_LABEL_COLUMNS].join(','));
    for (const [i, line] of plain.entries())
      expect(withLabels[i]!.startsWith(line + ',')).toBe(true);
  });

  it('hold the labels students saw', () => {
    const first = log.transitions[0]!;
    const labels = cells(withLabels[1]!).slice(-CSV_LABEL_COLUMNS.length);
    expect(labels).toEqual([
      sim.index.event(first.event)!.label,
      sim.index.party(first.actor).name,
      sim.index.state(first.actor, first.region, first.from)!.label,
      sim.index.state(first.actor, first.region, first.to)!.label,
      sim.model.ladder.find((r) => r.level === first.ladder)!.name,
      sim.model.outcomes.find((o) => o.id === first.outcome)!.label,
    ]);
    expect(labels).toEqual([
      'Table a proposal',
      'United States',
      'Shuttle diplomacy',
      'Proposal tabled',
      'Calibrated tit-for-tat',
      'Contained exchange of fire',
    ]);
  });
});
