import { describe, expect, it } from 'vitest';
import { memoryStore } from '../../../src/app/browserStore.ts';
import { boot, bootScenarioId } from '../../../src/app/state/boot.ts';
import { openSession, updateSession, type Session } from '../../../src/app/state/session.ts';
import { sessionFromSaved } from '../../../src/app/state/restore.ts';
import {
  encodeSession,
  LAST_SCENARIO_KEY,
  saveSession,
  sessionKey,
} from '../../../src/app/state/storage.ts';
import { formatHash } from '../../../src/app/state/url.ts';
import { currentLine, inputsOf } from '../../../src/engine/index.ts';
import { loadScenario } from '../../helpers/scenarioFiles.ts';

const baseline = loadScenario('baseline-2024-01');
const sandbox = loadScenario('sandbox');
const scenarios = [baseline, sandbox];
const script = baseline.scenario.script.map((s) => s.event);
const next = (s: Session) => updateSession(s, { type: 'next' }).session;

describe('boot', () => {
  it('opens the default scenario at the start with nothing in the URL or the store', () => {
    const b = boot(scenarios, '', memoryStore());
    expect(b.session.scenario.scenario.id).toBe('baseline-2024-01');
    expect(b.session.history.cursor).toBe(0);
    expect(b.role).toBe('world');
    expect(b.problem).toBeNull();
  });

  it('reopens the step a shared link names', () => {
    const b = boot(
      scenarios,
      formatHash({ scenario: 'baseline-2024-01', steps: script, at: 1, role: 'hezbollah' }),
      memoryStore(),
    );
    expect(inputsOf(currentLine(b.session.history))).toEqual(script);
    expect(b.session.history.cursor).toBe(1);
    expect(b.role).toBe('hezbollah');
  });

  it('opens the default with a message for an unknown scenario, bad steps or a bad role', () => {
    const unknown = boot(scenarios, '#scenario=nope&steps=us.tableProposal', memoryStore());
    expect(unknown.session.scenario.scenario.id).toBe('baseline-2024-01');
    expect(unknown.session.history.cursor).toBe(0);
    expect(unknown.problem).toMatch(/no scenario "nope"/);
    const bad = boot(
      scenarios,
      '#scenario=baseline-2024-01&steps=hezbollah.acceptProposal,us.tableProposal&role=gaza',
      memoryStore(),
    );
    expect(currentLine(bad.session.history).steps).toHaveLength(1);
    expect(bad.problem).toMatch(/could not be replayed/);
    expect(bad.problem).toMatch(/no role "gaza"/);
    expect(bad.role).toBe('world');
  });

  it('restores the saved session (every line) on a reload with the same link', () => {
    const store = memoryStore();
    let s = next(next(openSession(baseline)));
    s = updateSession(s, { type: 'back' }).session;
    s = updateSession(s, { type: 'send', event: 'world.gazaCeasefire' }).session;
    saveSession(store, s);
    const hash = formatHash({
      scenario: 'baseline-2024-01',
      steps: inputsOf(currentLine(s.history)),
      at: s.history.cursor,
    });
    const b = boot(scenarios, hash, store);
    expect(b.session.history.lines.map((l) => l.id)).toEqual(s.history.lines.map((l) => l.id));
    expect(b.session.history.line).toBe(s.history.line);
    expect(b.problem).toBeNull();
    expect(boot(scenarios, '', store).session.history.lines).toHaveLength(2);
  });

  it('starts afresh, with a message, when the saved session is from another scenario version', () => {
    const saved = { ...encodeSession(next(openSession(baseline))), fingerprint: 'other' };
    const restored = sessionFromSaved(baseline, saved);
    expect(restored.session.history.cursor).toBe(0);
    expect(restored.problem).toMatch(/another version/);
    const store = memoryStore();
    store.setItem(sessionKey('baseline-2024-01'), 'not json');
    const corrupt = boot(scenarios, '', store);
    expect(corrupt.session.history.cursor).toBe(0);
    expect(corrupt.problem).toMatch(/saved session could not be read/);
  });

  it('says so when a link is unreadable or asks for a step past the end', () => {
    const garbage = boot(scenarios, '#%E0%A4%A&&==;;garbage', memoryStore());
    expect(garbage.session.scenario.scenario.id).toBe('baseline-2024-01');
    expect(garbage.problem).toMatch(/link could not be read/);
    const past = boot(
      scenarios,
      formatHash({ scenario: 'baseline-2024-01', steps: script, at: 99 }),
      memoryStore(),
    );
    expect(past.session.history.cursor).toBe(script.length);
    expect(past.problem).toMatch(/step 99/);
  });
});

describe('bootScenarioId', () => {
  const known = ['baseline-2024-01', 'sandbox'];
  it('picks the link’s scenario, else the one opened last, else the default', () => {
    const store = memoryStore();
    expect(bootScenarioId(known, '', store)).toBe('baseline-2024-01');
    store.setItem(LAST_SCENARIO_KEY, 'sandbox');
    expect(bootScenarioId(known, '', store)).toBe('sandbox');
    expect(bootScenarioId(known, '#scenario=baseline-2024-01', store)).toBe('baseline-2024-01');
  });

  it('falls back to the default for a scenario it does not know, from the link or the store', () => {
    const store = memoryStore();
    store.setItem(LAST_SCENARIO_KEY, 'gone');
    expect(bootScenarioId(known, '', store)).toBe('baseline-2024-01');
    expect(bootScenarioId(known, '#scenario=sandbox2', memoryStore())).toBe('baseline-2024-01');
  });
});
