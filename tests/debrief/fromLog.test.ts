import { describe, expect, it } from 'vitest';
import { conflictModel } from '../../machines/index.ts';
import { buildLog, logToJson, logToJsonl } from '../../src/engine/index.ts';
import {
  debriefFromLog,
  debriefHtml,
  debriefMarkdown,
  readDebriefLog,
} from '../../src/debrief/index.ts';
import { lineOf } from '../helpers/debrief.ts';
import { scenarioStart } from '../helpers/world.ts';

const { scenario, steps } = lineOf('baseline-2024-01');
const { sim } = scenarioStart(scenario);
const s = scenario.scenario;
const log = buildLog(sim, { id: s.id, title: s.title, fingerprint: scenario.fingerprint }, steps);
const prediction = {
  step: 1,
  party: 'us',
  region: 'mediation',
  predicted: 'proposalTabled',
  actual: 'proposalTabled',
  correct: true,
  by: null,
};

describe('reading a log for the debrief', () => {
  it('reads the optional predictions array from JSON and from a JSON Lines header', () => {
    const json = JSON.stringify({ ...log, predictions: [prediction] });
    const read = readDebriefLog('log.json', json);
    expect(read.ok && read.predictions).toEqual([prediction]);
    const jsonl = logToJsonl({ ...log, predictions: [prediction] } as typeof log);
    const readL = readDebriefLog('log.jsonl', jsonl);
    expect(readL.ok && readL.predictions).toEqual([prediction]);
  });

  it('reads an old log without predictions as having none', () => {
    const read = readDebriefLog('log.json', logToJson(log));
    expect(read.ok && read.predictions).toBeNull();
  });

  it('names the field of a malformed prediction', () => {
    const bad = JSON.stringify({ ...log, predictions: [{ ...prediction, correct: 'yes' }] });
    const read = readDebriefLog('log.json', bad);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problems[0]!.pointer).toBe('/predictions/0/correct');
  });

  it('replays the log before debriefing it, and refuses one the model disowns', () => {
    const ok = debriefFromLog(conflictModel, scenario, 'log.json', log, null);
    expect(ok.ok && ok.debrief.steps.length).toBe(3);
    const forged = {
      ...log,
      transitions: log.transitions.map((t, i) => (i === 0 ? { ...t, to: 'x' } : t)),
    };
    const refused = debriefFromLog(conflictModel, scenario, 'log.json', forged, null);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.message).toMatch(/^step 1: transition 1/);
  });
});

describe('negotiation messages in a log', () => {
  const message = {
    step: 1,
    from: 'hezbollah',
    to: 'us',
    route: ['hezbollah', 'lebanon', 'us'],
    text: 'No talks before a Gaza ceasefire.',
  };
  const withMessages = { ...log, messages: [message] } as typeof log;

  it('replays a log with messages (ignoring them) and lists them in the debrief, from JSON and JSON Lines', () => {
    for (const [file, text] of [
      ['log.json', logToJson(withMessages)],
      ['log.jsonl', logToJsonl(withMessages)],
    ] as const) {
      const read = readDebriefLog(file, text);
      if (!read.ok) throw new Error(JSON.stringify(read.problems));
      expect(read.log.messages).toEqual([message]);
      const built = debriefFromLog(conflictModel, scenario, file, read.log, null);
      if (!built.ok) throw new Error(built.message);
      expect(built.debrief.messages).toEqual([
        {
          step: 1,
          fromName: 'Hezbollah',
          toName: 'United States',
          routeNames: ['Hezbollah', 'Lebanese state', 'United States'],
          text: message.text,
        },
      ]);
      const md = debriefMarkdown(built.debrief);
      expect(md).toContain('## Messages in the negotiation round');
      expect(md).toContain(
        '| 1 | Hezbollah | United States | Hezbollah → Lebanese state → United States | No talks before a Gaza ceasefire. |',
      );
      expect(debriefHtml(built.debrief)).toContain('Messages in the negotiation round');
    }
  });

  it('gives a debrief without messages no messages section', () => {
    const built = debriefFromLog(conflictModel, scenario, 'log.json', log, null);
    if (!built.ok) throw new Error(built.message);
    expect(built.debrief.messages).toBeNull();
    expect(debriefMarkdown(built.debrief)).not.toContain('Messages in the negotiation round');
  });

  it('refuses a message without a route', () => {
    const bad = JSON.stringify({ ...log, messages: [{ ...message, route: ['us'] }] });
    expect(readDebriefLog('log.json', bad).ok).toBe(false);
  });
});
