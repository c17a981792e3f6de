import { describe, expect, it } from 'vitest';
import {
  edgeLabelBox,
  eventText,
  METRICS,
  stateBox,
  textWidth,
  wrapText,
} from '../../src/diagram/metrics.ts';
import type { MeasureText } from '../../src/diagram/textMeasure.ts';
import { diagramTextMeasure } from '../../src/server/diagramFont.ts';

/** A measurer with a known answer: every character is half the font size wide. */
const halfEm: MeasureText = (text, size) => text.length * size * 0.5;

describe('label wrapping and sizes', () => {
  it('wraps at spaces within the width, never splitting a word', () => {
    expect(wrapText('Backs Lebanese negotiation', 19)).toEqual(['Backs Lebanese', 'negotiation']);
    expect(wrapText('War', 19)).toEqual(['War']);
    expect(wrapText('Acceptsaverylongwordwithoutspaces here', 19)).toEqual([
      'Acceptsaverylongwordwithoutspaces',
      'here',
    ]);
  });

  it('sizes a state box from the measured width of its longest line, plus padding', () => {
    const one = stateBox('Restraint', halfEm);
    const two = stateBox('Backs Lebanese negotiation', halfEm);
    expect(one.lines).toEqual(['Restraint']);
    expect(one.width).toBe(METRICS.stateMinWidth);
    expect(two.lines).toHaveLength(2);
    expect(two.height).toBeGreaterThan(one.height);
    const long = stateBox('Acceptsaverylongwordwithoutspaces', halfEm);
    expect(long.width).toBe(Math.ceil(33 * METRICS.stateFont * 0.5) + 2 * METRICS.statePadX);
  });

  it('measures with the diagram font: narrow letters take less room than wide ones', () => {
    const measure = diagramTextMeasure();
    expect(textWidth(['iiiiiiiiii'], 14, measure)).toBeLessThan(
      textWidth(['WWWWWWWWWW'], 14, measure),
    );
    // Twice the size, twice the width (up to rounding to whole px).
    const small = measure('Demands withdrawal', 14);
    expect(measure('Demands withdrawal', 28)).toBeCloseTo(2 * small, 5);
  });

  it('names the guard of a guarded event and gives each event of an arrow its own lines', () => {
    expect(eventText('Hold fire', 'gazaFightingStopped')).toBe('Hold fire [gazaFightingStopped]');
    expect(eventText('Expand fire', null)).toBe('Expand fire');
    const box = edgeLabelBox(['Expand fire', 'Launch an air campaign'], halfEm);
    expect(box.lines).toEqual(['Expand fire', 'Launch an air campaign']);
    expect(box.height).toBe(2 * METRICS.labelLine + 2 * METRICS.labelPad);
    expect(box.width).toBe(Math.ceil(22 * METRICS.labelFont * 0.5) + 2 * METRICS.labelPad);
  });
});
