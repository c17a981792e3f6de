import { describe, expect, it } from 'vitest';
import { inspectionEvents, inspectionLine } from '../../../src/app/state/inspection.ts';
import { openSession, updateSession } from '../../../src/app/state/session.ts';
import { currentLine } from '../../../src/engine/index.ts';
import { loadScenario } from '../../helpers/scenarioFiles.ts';

describe('inspection events', () => {
  it('registers every party, then sends each step to every party and snapshots the ones that moved', () => {
    const baseline = loadScenario('baseline-2024-01');
    const s = updateSession(openSession(baseline), { type: 'next' }).session;
    const steps = currentLine(s.history).steps;
    const events = inspectionEvents(s, steps);
    const parties = s.sim.model.parties.length;
    expect(events.filter((e) => e.kind === 'actor')).toHaveLength(parties);
    expect(events.filter((e) => e.kind === 'event')).toHaveLength(parties);
    const moved = new Set(steps[1]!.transitions.map((t) => t.actor));
    expect(
      events
        .filter((e) => e.kind === 'snapshot')
        .map((e) => e.actor)
        .sort(),
    ).toEqual([...moved].sort());
    expect(inspectionLine(events[parties]!)).toMatch(/^@xstate\.event \w+ ← us\.tableProposal$/);
  });
});
