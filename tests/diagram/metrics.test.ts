import { describe, expect, it } from 'vitest';
import { edgeLabelBox, eventText, METRICS, stateBox, wrapText } from '../../src/diagram/metrics.ts';

describe('label wrapping and sizes', () => {
  it('wraps at spaces within the width, never splitting a word', () => {
    expect(wrapText('Backs Lebanese negotiation', 19)).toEqual(['Backs Lebanese', 'negotiation']);
    expect(wrapText('War', 19)).toEqual(['War']);
    expect(wrapText('Acceptsaverylongwordwithoutspaces here', 19)).toEqual([
      'Acceptsaverylongwordwithoutspaces',
      'here',
    ]);
  });

  it('sizes a state box to hold its longest line in bold, and grows it with the lines', () => {
    const one = stateBox('Restraint');
    const two = stateBox('Backs Lebanese negotiation');
    expect(one.lines).toEqual(['Restraint']);
    expect(two.lines).toHaveLength(2);
    expect(two.height).toBeGreaterThan(one.height);
    const long = stateBox('Acceptsaverylongwordwithoutspaces');
    expect(long.width).toBeGreaterThanOrEqual(33 * METRICS.stateFont * METRICS.emBold);
  });

  it('names the guard of a guarded event and gives each event of an arrow its own lines', () => {
    expect(eventText('Hold fire', 'gazaFightingStopped')).toBe('Hold fire [gazaFightingStopped]');
    expect(eventText('Expand fire', null)).toBe('Expand fire');
    const box = edgeLabelBox(['Expand fire', 'Launch an air campaign']);
    expect(box.lines).toEqual(['Expand fire', 'Launch an air campaign']);
    expect(box.height).toBe(2 * METRICS.labelLine + 2 * METRICS.labelPad);
  });
});
