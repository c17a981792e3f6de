import { describe, expect, it } from 'vitest';
import { availableEvents, currentLine, currentStep, inputsOf } from '../../../src/engine/index.ts';
import { nextScriptedEvent, scriptStepAtCursor } from '../../../src/app/state/script.ts';
import {
  openSession,
  updateSession,
  type Session,
  type SessionAction,
} from '../../../src/app/state/session.ts';
import { draftedProposal } from '../../../src/negotiation/index.ts';
import { loadScenario } from '../../helpers/scenarioFiles.ts';
import { termsWith } from '../../helpers/terms.ts';

const baseline = loadScenario('baseline-2024-01');
const script = baseline.scenario.script.map((s) => s.event);

function run(session: Session, ...actions: SessionAction[]): Session {
  return actions.reduce((s, a) => updateSession(s, a).session, session);
}

describe('session', () => {
  it('follows the script with Next step and ends where the script ends', () => {
    let s = openSession(baseline);
    for (const _ of script) s = run(s, { type: 'next' });
    expect(inputsOf(currentLine(s.history))).toEqual(script);
    expect(currentStep(s.history).outcome).toBe(baseline.scenario.expect.outcome);
    const after = updateSession(s, { type: 'next' });
    expect(after.refusal).toMatch(/no scripted next step/);
    expect(after.session).toBe(s);
  });

  it('goes back and forward along the line, and reset returns to the start keeping the steps', () => {
    const s = run(openSession(baseline), { type: 'next' }, { type: 'next' });
    const backed = run(s, { type: 'back' });
    expect(backed.history.cursor).toBe(1);
    expect(run(backed, { type: 'forward' }).history.cursor).toBe(2);
    const reset = run(s, { type: 'reset' });
    expect(reset.history.cursor).toBe(0);
    expect(currentLine(reset.history).steps).toHaveLength(3);
    expect(run(reset, { type: 'jump', step: 2 }).history.cursor).toBe(2);
  });

  it('moves forward instead of forking when the sent event is the one already ahead', () => {
    const s = run(openSession(baseline), { type: 'next' }, { type: 'next' }, { type: 'back' });
    const again = run(s, { type: 'next' });
    expect(again.history.lines).toHaveLength(1);
    expect(again.history.cursor).toBe(2);
  });

  it('branches when another event is sent from an earlier step, keeping the old line', () => {
    const s = run(openSession(baseline), { type: 'next' }, { type: 'next' }, { type: 'back' });
    const other = availableEvents(s.sim, currentStep(s.history)).find(
      (e) => e.enabled && e.type !== script[1],
    )!;
    const branched = run(s, { type: 'send', event: other.type });
    expect(branched.history.lines).toHaveLength(2);
    expect(branched.history.line).not.toBe('main');
    expect(inputsOf(currentLine(branched.history))).toEqual([script[0], other.type]);
    expect(nextScriptedEvent(branched)).toBeNull();
    expect(scriptStepAtCursor(branched)).toBeNull();
    const back = run(branched, { type: 'switchLine', line: 'main' });
    expect(inputsOf(currentLine(back.history))).toEqual(script.slice(0, 2));
  });

  it('refuses a disabled event with the engine reason and leaves the session as it was', () => {
    const s = openSession(baseline);
    const disabled = availableEvents(s.sim, currentStep(s.history)).find((e) => !e.enabled)!;
    const result = updateSession(s, { type: 'send', event: disabled.type });
    expect(result.session).toBe(s);
    expect(result.refusal).toContain(disabled.reason!);
  });

  it('adds an imported line and moves to its end', () => {
    const played = run(openSession(baseline), { type: 'next' }, { type: 'next' });
    const fresh = openSession(baseline);
    const added = run(fresh, { type: 'addLine', steps: currentLine(played.history).steps });
    expect(added.history.lines.map((l) => l.id)).toEqual(['main', 'import-1']);
    expect(added.history.cursor).toBe(2);
    expect(scriptStepAtCursor(added)?.number).toBe(2);
  });

  it('plays a path from the cursor as a new line, even at the end of a line', () => {
    const s = run(openSession(baseline), { type: 'next' });
    const path = script.slice(1);
    const branched = run(s, { type: 'branchWith', events: path });
    expect(branched.history.lines).toHaveLength(2);
    expect(currentLine(branched.history).parent).toEqual({ line: 'main', step: 1 });
    expect(inputsOf(currentLine(branched.history))).toEqual(script);
    expect(inputsOf(branched.history.lines[0]!)).toEqual(script.slice(0, 1));
    const refused = updateSession(s, { type: 'branchWith', events: ['hezbollah.acceptProposal'] });
    expect(refused.session).toBe(s);
    expect(refused.refusal).toMatch(/not enabled/);
  });
});

describe('session: tabling a drafted proposal', () => {
  it('forks when the same tabling comes back with other terms, and moves forward when the terms are the same', () => {
    const draft = draftedProposal(termsWith({ tiedToGazaCeasefire: true }));
    const tabled = run(openSession(baseline), {
      type: 'send',
      event: 'us.tableProposal',
      tabled: draft,
    });
    const backAgain = run(tabled, { type: 'back' });
    const same = run(backAgain, { type: 'send', event: 'us.tableProposal', tabled: draft });
    expect(same.history.lines).toHaveLength(1);
    const plain = run(backAgain, { type: 'send', event: 'us.tableProposal' });
    expect(plain.history.lines).toHaveLength(2);
    expect(currentStep(plain.history).tabled).toBeUndefined();
  });
});
