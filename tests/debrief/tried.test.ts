import { describe, expect, it } from 'vitest';
import { conflictModel } from '../../machines/index.ts';
import {
  availableEvents,
  buildLog,
  logToJson,
  logToJsonl,
  readLog,
  replayLog,
} from '../../src/engine/index.ts';
import {
  debriefFromLog,
  debriefHtml,
  debriefMarkdown,
  readDebriefLog,
  TRIED_HEADING,
} from '../../src/debrief/index.ts';
import { lineOf } from '../helpers/debrief.ts';
import { scenarioStart } from '../helpers/world.ts';

const { scenario, steps } = lineOf('baseline-2024-01');
const { sim } = scenarioStart(scenario);
const s = scenario.scenario;
const log = buildLog(sim, { id: s.id, title: s.title, fingerprint: scenario.fingerprint }, steps);

// A move the engine really refuses after step 1, with the engine's own reason.
const refused = availableEvents(sim, steps[1]!).find(
  (e) => !e.enabled && e.controlledBy !== 'world',
)!;
const attempt = {
  step: 1,
  line: 'main',
  event: refused.type,
  party: refused.controlledBy,
  reason: refused.reason!,
  by: 'Hezbollah team',
};
const crafted = JSON.stringify({ ...log, attempts: [attempt] });

describe('moves the class tried that were refused', () => {
  it('reads the optional attempts array from JSON and from a JSON Lines header', () => {
    const read = readDebriefLog('log.json', crafted);
    expect(read.ok && read.attempts).toEqual([attempt]);
    const jsonl = logToJsonl({ ...log, attempts: [attempt] });
    const readL = readDebriefLog('log.jsonl', jsonl);
    expect(readL.ok && readL.attempts).toEqual([attempt]);
  });

  it('lists each try with the move’s label, who decides it, who tried and the engine’s reason', () => {
    const read = readDebriefLog('log.json', crafted);
    if (!read.ok) throw new Error('the crafted log should read');
    const result = debriefFromLog(
      conflictModel,
      scenario,
      'log.json',
      read.log,
      read.predictions,
      read.attempts,
    );
    if (!result.ok) throw new Error(result.message);
    const party = conflictModel.parties.find((p) => p.id === refused.controlledBy)!;
    expect(result.debrief.tried).toEqual([
      {
        ...attempt,
        label: refused.label,
        deciderName: party.name,
        tryer: 'Hezbollah team',
      },
    ]);
    // Beside what the debrief already reports: the steps and their refused-by-condition moves.
    expect(result.debrief.steps).toHaveLength(3);
    const md = debriefMarkdown(result.debrief);
    expect(md).toContain(`## ${TRIED_HEADING}`);
    expect(md).toContain(
      `| 1 | ${refused.label} | ${party.name} | Hezbollah team | ${refused.reason!.replace(/\|/g, '\\|')} |`,
    );
    const html = debriefHtml(result.debrief);
    expect(html).toContain(`<h2>${TRIED_HEADING}</h2>`);
    expect(html).toContain('Hezbollah team');
  });

  it('leaves the section out for a log without attempts, and says "none" for an empty array', () => {
    const old = readDebriefLog('log.json', logToJson(log));
    expect(old.ok && old.attempts).toBeNull();
    const none = debriefFromLog(conflictModel, scenario, 'log.json', log, null, null);
    expect(none.ok && none.debrief.tried).toBeNull();
    if (none.ok) expect(debriefMarkdown(none.debrief)).not.toContain(TRIED_HEADING);
    const empty = debriefFromLog(conflictModel, scenario, 'log.json', log, null, []);
    if (!empty.ok) throw new Error(empty.message);
    expect(debriefMarkdown(empty.debrief)).toContain('None: no refused move was pressed');
  });

  it('names the field of a malformed try', () => {
    const bad = JSON.stringify({ ...log, attempts: [{ ...attempt, step: -1 }] });
    const read = readDebriefLog('log.json', bad);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problems[0]!.pointer).toBe('/attempts/0/step');
  });

  it('is ignored by replay, which still verifies every transition', () => {
    const read = readLog('log.json', crafted);
    if (!read.ok) throw new Error('the log schema should accept attempts');
    expect(read.log.attempts).toEqual([attempt]);
    const replay = replayLog(conflictModel, scenario, read.log);
    expect(replay.ok).toBe(true);
    const forged = JSON.stringify({
      ...log,
      attempts: [attempt],
      transitions: log.transitions.map((t, i) => (i === 0 ? { ...t, to: 'x' } : t)),
    });
    const readForged = readLog('log.json', forged);
    expect(readForged.ok && replayLog(conflictModel, scenario, readForged.log).ok).toBe(false);
  });
});
