import { describe, expect, it } from 'vitest';
import { DATE_GAP, shortDate, stepAxis, stepDates } from '../../../src/app/components/plotAxis.ts';
import { loadScenario } from '../../helpers/scenarioFiles.ts';

/** The plot's own geometry: 288 px of axis for n steps. */
const xFor = (n: number) => (i: number) => 24 + (i / Math.max(1, n)) * 288;
const WIDTH = 288;

describe('step numbers', () => {
  it('labels every step of a short line, both ends included', () => {
    expect(stepAxis(3, null, xFor(3), WIDTH).ticks.map((t) => t.label)).toEqual([
      '0',
      '1',
      '2',
      '3',
    ]);
  });

  it('keeps at most six labels on a long line, always ending at its last step', () => {
    const { ticks, title } = stepAxis(300, null, xFor(300), WIDTH);
    expect(title).toBe('Step');
    expect(ticks.length).toBeLessThanOrEqual(6);
    expect(ticks[0]!.step).toBe(0);
    expect(ticks[ticks.length - 1]!.step).toBe(300);
  });
});

describe('dates on the step axis', () => {
  const historical = loadScenario('historical-2023-2024').scenario;
  const inputs = [null, ...historical.script.map((s) => s.event)];

  it('reads "18 Jan" from a day and "Jul" from a month, with the year apart', () => {
    expect(shortDate('2024-01-18')).toEqual({ label: '18 Jan', year: '2024' });
    expect(shortDate('2023-07')).toEqual({ label: 'Jul', year: '2023' });
  });

  it('dates a line that follows a dated script, and no line that leaves it', () => {
    const dates = stepDates(inputs, historical.script)!;
    expect(dates[0]).toBeNull();
    expect(dates[1]).toBe(historical.script[0]!.date);
    expect(dates).toHaveLength(historical.script.length + 1);
    const left = [...inputs.slice(0, 3), 'world.somethingElse'];
    expect(stepDates(left, historical.script)).toBeNull();
    expect(stepDates([null], historical.script)).toBeNull();
    const sandbox = loadScenario('sandbox').scenario;
    if (sandbox.script.length && sandbox.script.some((s) => !s.date))
      expect(stepDates([null, ...sandbox.script.map((s) => s.event)], sandbox.script)).toBeNull();
  });

  it('spaces date labels so none collide, shows each year once, and ends at the last step', () => {
    const n = historical.script.length;
    const x = xFor(n);
    const axis = stepAxis(n, stepDates(inputs, historical.script), x, WIDTH);
    expect(axis.dated).toBe(true);
    expect(axis.ticks[0]).toEqual({ step: 0, label: 'Start', year: null });
    expect(axis.ticks[axis.ticks.length - 1]!.step).toBe(n);
    for (let i = 1; i < axis.ticks.length; i++)
      expect(x(axis.ticks[i]!.step) - x(axis.ticks[i - 1]!.step)).toBeGreaterThanOrEqual(DATE_GAP);
    const years = axis.ticks.map((t) => t.year).filter(Boolean);
    expect(years.length).toBe(new Set(years).size);
    const first = axis.ticks[1]!;
    expect(first.year).toBe(historical.script[first.step - 1]!.date!.slice(0, 4));
    expect(axis.ticks[1]!.label).toMatch(/^\d{1,2} [A-Z][a-z]{2}$/);
  });

  it('gives steps on one date one label', () => {
    const baseline = loadScenario('baseline-2024-01').scenario;
    const line = [null, ...baseline.script.map((s) => s.event)];
    const axis = stepAxis(baseline.script.length, stepDates(line, baseline.script), xFor(3), WIDTH);
    const labels = axis.ticks.map((t) => t.label);
    expect(labels.length).toBe(new Set(labels).size);
    expect(labels[0]).toBe('Start');
  });
});
