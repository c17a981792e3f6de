import { beforeAll, describe, expect, it } from 'vitest';
import { conflictModel } from '../../machines/index.ts';
import {
  applyEvent,
  availabilityOf,
  availableEvents,
  back,
  buildLog,
  createHistory,
  currentLine,
  currentStep,
  forward,
  initialStep,
  inputsOf,
  logToJson,
  logToJsonl,
  readLog,
  record,
  replayLog,
  stepsToCursor,
  switchLine,
  type History,
  type Simulation,
  type StepResult,
  type TransitionLog,
} from '../../src/engine/index.ts';
import { loadScenario } from '../helpers/scenarioFiles.ts';
import { simulationOf } from '../helpers/world.ts';

/**
 * The soak test on the engine alone: one session of 10,000 steps through
 * the History (with back, forward, branches and line switches along the way), then its
 * 10,000-step log through export (JSON and JSON Lines), import and replay. The browser
 * half of the soak is `bench/soak.ts`; timings are measured there, never asserted here.
 */

const STEPS = 10_000;
/** A branch every this many steps: back a few steps, try another event, go on from there. */
const BRANCH_EVERY = 1_000;
const BACK_BY = 5;

const scenario = loadScenario('baseline-2024-01');
const sim = simulationOf(scenario);

/**
 * The line's next input: the US halting and resuming its strikes in Yemen, which no
 * other party reacts to, so the model never reaches an end however long the line is.
 */
const toggleAfter = (step: StepResult) =>
  (step.postures.us as Record<string, string>).regional === 'counterstrikes'
    ? 'us.haltStrikes'
    : 'us.strikeHouthis';

/**
 * The event a branch starts with: the first enabled event (in catalog order, so the
 * choice is deterministic) other than the line's own next input, after which the line
 * can still go on with the toggle.
 */
function branchEvent(simulation: Simulation, at: StepResult, avoid: string): string {
  for (const candidate of availableEvents(simulation, at)) {
    if (!candidate.enabled || candidate.type === avoid) continue;
    const after = applyEvent(simulation, at, candidate.type);
    if (availabilityOf(simulation, after, toggleAfter(after))?.enabled) return candidate.type;
  }
  throw new Error(`no branch event at step ${at.index}`);
}

const send = (history: History, type: string) =>
  record(history, applyEvent(sim, currentStep(history), type));

/** Plays the session; returns the history and what was checked along the way. */
function soak() {
  let history = createHistory(initialStep(sim));
  const checks = { backForward: 0, branches: 0, switches: 0 };
  /** Each line's steps when the session left it for a branch: nothing may change them afterwards. */
  const left = new Map<string, readonly StepResult[]>();
  while (currentLine(history).steps.length - 1 < STEPS) {
    const at = history.cursor;
    if (at > 0 && at % BRANCH_EVERY === 0 && checks.branches < at / BRANCH_EVERY) {
      const line = currentLine(history);
      // Back then forward must land on the very same step objects (snapshots included).
      for (let i = 0; i < BACK_BY; i++) history = back(history);
      expect(currentStep(history)).toBe(line.steps[at - BACK_BY]);
      for (let i = 0; i < BACK_BY - 1; i++) history = forward(history);
      expect(currentStep(history)).toBe(line.steps[at - 1]);
      checks.backForward++;
      // Branch from one step back with another event; the old line must stay whole.
      const fork = currentStep(history);
      const before = history.lines.length;
      left.set(line.id, line.steps);
      history = send(history, branchEvent(sim, fork, line.steps[at]!.input!));
      expect(history.lines.length).toBe(before + 1);
      expect(history.lines.find((l) => l.id === line.id)!.steps).toBe(line.steps);
      checks.branches++;
      // Visit the old line and come back: both keep their steps.
      const branchId = history.line;
      history = switchLine(switchLine(history, line.id), branchId);
      expect(currentLine(history).id).toBe(branchId);
      checks.switches++;
      continue;
    }
    history = send(history, toggleAfter(currentStep(history)));
  }
  return { history, checks, left };
}

let history: History;
let checks: ReturnType<typeof soak>['checks'];
let left: ReturnType<typeof soak>['left'];
let steps: readonly StepResult[];
let log: TransitionLog;

describe('soak: a 10,000-step session through the engine', { timeout: 60_000 }, () => {
  beforeAll(() => {
    ({ history, checks, left } = soak());
    steps = stepsToCursor(history);
    log = buildLog(
      sim,
      {
        id: scenario.scenario.id,
        title: scenario.scenario.title,
        fingerprint: scenario.fingerprint,
      },
      steps,
    );
  }, 120_000);

  it('should reach 10,000 steps on one line with back, forward, branches and line switches along the way', () => {
    expect(steps.length - 1).toBe(STEPS);
    expect(history.cursor).toBe(STEPS);
    expect(checks.branches).toBe(STEPS / BRANCH_EVERY - 1);
    expect(checks.backForward).toBe(checks.branches);
    expect(history.lines.length).toBe(checks.branches + 1);
    // Every step number is its position, and every step follows from the one before.
    expect(steps.filter((step, i) => step.index !== i)).toEqual([]);
    expect(inputsOf(currentLine(history))).toHaveLength(STEPS);
  });

  it('should keep every line intact: a line left for a branch never changes, and a branch shares its parent up to the fork', () => {
    expect(left.size).toBe(checks.branches);
    // Collected, then asserted once: an expect per step would cost more than the walk.
    const broken: string[] = [];
    for (const line of history.lines) {
      const frozen = left.get(line.id);
      if (frozen && line.steps !== frozen) broken.push(`line ${line.id} changed after it was left`);
      line.steps.forEach((step, i) => {
        if (step.index !== i) broken.push(`line ${line.id}: step ${i} has index ${step.index}`);
      });
      if (!line.parent) continue;
      const parent = history.lines.find((l) => l.id === line.parent!.line)!;
      for (let i = 0; i <= line.parent.step; i++)
        if (line.steps[i] !== parent.steps[i])
          broken.push(`line ${line.id} does not share step ${i} with ${parent.id}`);
      if (line.steps[line.parent.step + 1]!.input === parent.steps[line.parent.step + 1]?.input)
        broken.push(`line ${line.id} repeats its parent's next input`);
    }
    expect(broken).toEqual([]);
    // The last abandoned line still replays from the start to where it ended.
    const last = history.lines[history.lines.length - 2]!;
    let step = initialStep(sim);
    for (const input of inputsOf(last)) step = applyEvent(sim, step, input);
    expect(step.postures).toEqual(last.steps[last.steps.length - 1]!.postures);
  });

  it('should export the 10,000-step log as JSON and read it back to the same log', () => {
    const text = logToJson(log);
    const read = readLog('soak.json', text);
    expect(read.ok).toBe(true);
    if (read.ok) expect(read.log).toEqual(log);
    expect(log.inputs).toHaveLength(STEPS);
  });

  it('should export the 10,000-step log as JSON Lines and read it back to the same log', () => {
    const text = logToJsonl(log);
    expect(text.trim().split('\n')).toHaveLength(log.transitions.length + 2);
    const read = readLog('soak.jsonl', text);
    expect(read.ok).toBe(true);
    if (read.ok) expect(read.log).toEqual(log);
  });

  it('should replay the imported 10,000-step log to the same transitions and the same final state', () => {
    for (const [name, text] of [
      ['soak.json', logToJson(log)],
      ['soak.jsonl', logToJsonl(log)],
    ] as const) {
      const read = readLog(name, text);
      if (!read.ok) throw new Error(`${name}: ${read.problems.map((p) => p.message).join('; ')}`);
      const replay = replayLog(conflictModel, scenario, read.log);
      expect(replay.ok, name).toBe(true);
      if (!replay.ok) continue;
      expect(replay.transitions).toBe(log.transitions.length);
      expect(replay.steps).toHaveLength(STEPS + 1);
      expect(replay.steps[STEPS]!.postures).toEqual(steps[STEPS]!.postures);
      expect(replay.steps[STEPS]!.ladder).toBe(steps[STEPS]!.ladder);
    }
  });

  it('should notice a single edited transition deep inside the 10,000-step log', () => {
    const edited = structuredClone(log) as { transitions: { to: string }[] } & TransitionLog;
    const middle = Math.floor(edited.transitions.length / 2);
    edited.transitions[middle]!.to = 'edited';
    const replay = replayLog(conflictModel, scenario, edited);
    expect(replay.ok).toBe(false);
    if (!replay.ok) expect(replay.message).toMatch(/ to: expected "edited"/);
  });
});
