import { describe, expect, it } from 'vitest';
import {
  applyEvent,
  back,
  createHistory,
  currentLine,
  currentStep,
  forward,
  inputsOf,
  jumpTo,
  record,
  reset,
  stepsToCursor,
  switchLine,
  type History,
} from '../../src/engine/index.ts';
import { simulationFrom, startOf } from '../helpers/world.ts';

const sim = simulationFrom();

/** Sends an event at the cursor and records it, as the app and the CLI do. */
function send(history: History, type: string): History {
  return record(history, applyEvent(sim, currentStep(history), type));
}

const played = (h: History) => inputsOf(currentLine(h));

describe('history: back, forward, jump, branch', () => {
  const base = ['us.tableProposal', 'hezbollah.rejectProposal', 'hezbollah.signalOpenness'].reduce(
    send,
    createHistory(startOf(sim)),
  );

  it('extends the line at its end', () => {
    expect(base.cursor).toBe(3);
    expect(played(base)).toEqual([
      'us.tableProposal',
      'hezbollah.rejectProposal',
      'hezbollah.signalOpenness',
    ]);
  });

  it('steps back and forward without losing steps, and stays within the line', () => {
    const backTwice = back(back(base));
    expect(backTwice.cursor).toBe(1);
    expect(currentStep(backTwice)).toBe(currentLine(base).steps[1]);
    expect(forward(backTwice).cursor).toBe(2);
    expect(back(reset(base)).cursor).toBe(0);
    expect(forward(base).cursor).toBe(3);
  });

  it('jumps to any step, clamped to the line', () => {
    expect(jumpTo(base, 2).cursor).toBe(2);
    expect(jumpTo(base, 99).cursor).toBe(3);
    expect(jumpTo(base, -4).cursor).toBe(0);
  });

  it('branches from an earlier step and keeps the old line', () => {
    const branched = send(jumpTo(base, 1), 'world.gazaTruce');
    expect(branched.lines).toHaveLength(2);
    expect(branched.line).not.toBe('main');
    expect(currentLine(branched).parent).toEqual({ line: 'main', step: 1 });
    expect(played(branched)).toEqual(['us.tableProposal', 'world.gazaTruce']);
    const main = switchLine(branched, 'main');
    expect(played(main)).toEqual(played(base));
    expect(main.cursor).toBe(2);
  });

  it('exports only up to the cursor', () => {
    expect(stepsToCursor(jumpTo(base, 1)).map((s) => s.index)).toEqual([0, 1]);
  });

  it('ignores a switch to a line that does not exist', () => {
    expect(switchLine(base, 'nope')).toBe(base);
  });
});
