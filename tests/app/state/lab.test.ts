import { describe, expect, it } from 'vitest';
import { initialLab, labReducer, TEACHER_ROLE, type LabState } from '../../../src/app/state/lab.ts';
import { recordsUpTo } from '../../../src/app/state/predictions.ts';
import { openSession } from '../../../src/app/state/session.ts';
import { availableEvents, currentStep } from '../../../src/engine/index.ts';
import { loadScenario } from '../../helpers/scenarioFiles.ts';

const baseline = loadScenario('baseline-2024-01');
const start = (): LabState => initialLab([baseline], openSession(baseline), TEACHER_ROLE, null);

describe('lab reducer', () => {
  it('announces each step with every move and the ladder, and clears the selection', () => {
    const selected = labReducer(start(), {
      type: 'select',
      selection: { kind: 'record', step: 1, seq: 1 },
    });
    const next = labReducer(selected, { type: 'session', action: { type: 'next' } });
    expect(next.selection).toBeNull();
    expect(next.announcement.serial).toBe(1);
    expect(next.announcement.text).toMatch(
      /^Step 1: .+\. United States · mediation: .+ → .+\. .*Ladder \d+: /,
    );
  });

  it('announces a refusal without changing the session, and says so again when repeated', () => {
    const s = start();
    const disabled = availableEvents(s.session.sim, currentStep(s.session.history)).find(
      (e) => !e.enabled,
    )!;
    const once = labReducer(s, { type: 'session', action: { type: 'send', event: disabled.type } });
    const twice = labReducer(once, {
      type: 'session',
      action: { type: 'send', event: disabled.type },
    });
    expect(once.session).toBe(s.session);
    expect(once.announcement.text).toContain(disabled.reason!);
    expect(twice.announcement.text).toBe(once.announcement.text);
    expect(twice.announcement.serial).toBe(once.announcement.serial + 1);
  });

  it('keeps a boot problem as an alert until an open clears it', () => {
    const s = initialLab(
      [baseline],
      openSession(baseline),
      TEACHER_ROLE,
      'The link could not be read.',
    );
    expect(s.alert?.message).toBe('The link could not be read.');
    const stepped = labReducer(s, { type: 'session', action: { type: 'next' } });
    expect(stepped.alert).toEqual(s.alert);
    const opened = labReducer(stepped, { type: 'open', session: openSession(baseline) });
    expect(opened.alert).toBeNull();
    expect(opened.announcement.text).toMatch(/^Opened “.+”\. At step 0 of 0\./);
  });
});

describe('predictions in the lab reducer', () => {
  it('scores a locked prediction on Next step and keeps it as a record', () => {
    const locked = labReducer(start(), {
      type: 'predict',
      action: { type: 'lock', picks: [{ party: 'gaza', region: null, state: null }] },
    });
    const stepped = labReducer(locked, { type: 'session', action: { type: 'next' } });
    const step = currentStep(stepped.session.history);
    const gazaMoved = step.transitions.some((t) => t.actor === 'gaza');
    const records = stepped.predictions[baseline.scenario.id]!.records;
    expect(records).toEqual([
      {
        step: 1,
        line: 'main',
        party: 'gaza',
        region: records[0]!.region,
        predicted: null,
        actual: records[0]!.actual,
        correct: !gazaMoved,
        by: null,
      },
    ]);
    expect(stepped.predictions[baseline.scenario.id]!.locked).toBeNull();
    expect(stepped.announcement.text).toMatch(/Prediction: [01] of 1 right\.$/);
  });

  it('scores a named state right when the party reached it, and names the team that predicted', () => {
    const team = labReducer(start(), { type: 'role', role: 'hezbollah' });
    const probe = labReducer(team, { type: 'session', action: { type: 'next' } });
    const move = currentStep(probe.session.history).transitions.find(
      (t) => t.actor === 'hezbollah',
    )!;
    expect(move, 'the first scripted step moves Hezbollah').toBeDefined();
    const pick = { party: 'hezbollah', region: move.region, state: move.to };
    const locked = labReducer(team, { type: 'predict', action: { type: 'lock', picks: [pick] } });
    const stepped = labReducer(locked, { type: 'session', action: { type: 'next' } });
    const [record] = stepped.predictions[baseline.scenario.id]!.records;
    expect(record).toMatchObject({
      step: 1,
      party: 'hezbollah',
      predicted: move.to,
      actual: move.to,
      correct: true,
      by: 'Hezbollah team',
    });
  });

  it('does not score on Back, and forgets the lock when the mode is turned off', () => {
    const stepped = labReducer(start(), { type: 'session', action: { type: 'next' } });
    const locked = labReducer(stepped, {
      type: 'predict',
      action: { type: 'lock', picks: [{ party: 'gaza', region: null, state: null }] },
    });
    const back = labReducer(locked, { type: 'session', action: { type: 'back' } });
    expect(back.predictions[baseline.scenario.id]!.records).toEqual([]);
    const off = labReducer(locked, { type: 'predict', action: { type: 'enable', enabled: false } });
    expect(off.predictions[baseline.scenario.id]).toMatchObject({ enabled: false, locked: null });
  });

  it('keeps the predictions of two lines apart, each under its own line', () => {
    const lock = (s: LabState) =>
      labReducer(s, {
        type: 'predict',
        action: { type: 'lock', picks: [{ party: 'gaza', region: null, state: null }] },
      });
    const main = labReducer(lock(start()), { type: 'session', action: { type: 'next' } });
    const back = labReducer(main, { type: 'session', action: { type: 'back' } });
    const other = availableEvents(back.session.sim, currentStep(back.session.history)).find(
      (e) => e.enabled && e.type !== baseline.scenario.script[0]!.event,
    )!;
    const branched = labReducer(lock(back), {
      type: 'session',
      action: { type: 'send', event: other.type },
    });
    const h = branched.session.history;
    expect(h.line).not.toBe('main');
    const p = branched.predictions[baseline.scenario.id]!;
    expect(p.records.map((r) => [r.line, r.step])).toEqual([
      ['main', 1],
      [h.line, 1],
    ]);
    expect(recordsUpTo(p, h).map((r) => r.line)).toEqual([h.line]);
    expect(recordsUpTo(p, { ...h, line: 'main' }).map((r) => r.line)).toEqual(['main']);
  });
});

describe('refused tries in the lab reducer', () => {
  it('keeps a refused move once per line, step and team, with the engine’s reason, and says why', () => {
    const s = start();
    const events = availableEvents(s.session.sim, currentStep(s.session.history));
    const refused = events.find((e) => !e.enabled)!;
    const tried = labReducer(s, { type: 'tried', event: refused.type, text: 'Not now.' });
    const again = labReducer(tried, { type: 'tried', event: refused.type, text: 'Not now.' });
    expect(again.announcement).toEqual({ text: 'Not now.', serial: 2 });
    expect(again.attempts[baseline.scenario.id]).toEqual([
      {
        step: 0,
        line: 'main',
        event: refused.type,
        party: refused.controlledBy,
        reason: refused.reason,
        by: null,
      },
    ]);
    const team = labReducer(labReducer(again, { type: 'role', role: 'hezbollah' }), {
      type: 'tried',
      event: refused.type,
      text: 'Not now.',
    });
    expect(team.attempts[baseline.scenario.id]!.map((a) => a.by)).toEqual([null, 'Hezbollah team']);
  });

  it('keeps nothing for a move the engine allows', () => {
    const s = start();
    const allowed = availableEvents(s.session.sim, currentStep(s.session.history)).find(
      (e) => e.enabled,
    )!;
    const tried = labReducer(s, { type: 'tried', event: allowed.type, text: 'x' });
    expect(tried.attempts[baseline.scenario.id] ?? []).toEqual([]);
  });

  it('keeps an imported log’s predictions and tries under the line it opened as', () => {
    const s = start();
    const steps = currentStep(
      labReducer(s, { type: 'session', action: { type: 'next' } }).session.history,
    );
    const imported = labReducer(s, {
      type: 'session',
      action: { type: 'addLine', steps: [currentStep(s.session.history), steps] },
    });
    const line = imported.session.history.line;
    expect(line).not.toBe('main');
    const prediction = {
      step: 1,
      line: 'main',
      party: 'gaza',
      region: null,
      predicted: null,
      actual: null,
      correct: true,
      by: null,
    };
    const attempt = { step: 0, event: 'x.y', party: 'world', reason: 'No.', by: null };
    const adopted = labReducer(imported, {
      type: 'adoptRecords',
      predictions: [prediction],
      attempts: [attempt, attempt],
    });
    expect(adopted.predictions[baseline.scenario.id]!.records).toEqual([{ ...prediction, line }]);
    expect(adopted.attempts[baseline.scenario.id]).toEqual([{ ...attempt, line }]);
  });
});
