import { describe, expect, it } from 'vitest';
import { boxToShow, scrollToShow, type Viewport } from '../../../src/app/diagram/showActive.ts';

const view: Viewport = {
  scrollLeft: 0,
  scrollTop: 0,
  width: 400,
  height: 300,
  scrollWidth: 1600,
  scrollHeight: 900,
};

describe('scrolling a diagram to its active states', () => {
  it('stays put when the states already show', () => {
    expect(scrollToShow(view, { left: 20, top: 20, right: 200, bottom: 120 })).toEqual({
      left: 0,
      top: 0,
    });
  });

  it('centres states that fit, out of view to the right and below', () => {
    expect(scrollToShow(view, { left: 1000, top: 500, right: 1100, bottom: 560 })).toEqual({
      left: 850,
      top: 380,
    });
  });

  it('never scrolls past the content, and shows the top-left of states that do not fit', () => {
    expect(scrollToShow(view, { left: 1500, top: 850, right: 1590, bottom: 890 })).toEqual({
      left: 1200,
      top: 600,
    });
    expect(scrollToShow(view, { left: 100, top: 50, right: 1500, bottom: 120 }, 10)).toEqual({
      left: 90,
      top: 0,
    });
  });
});

describe('choosing which active states to show', () => {
  const at = (left: number, top: number) => ({ left, top, right: left + 150, bottom: top + 40 });
  const far = [at(12, 235), at(794, 189), at(1609, 49)];

  it('shows the state just entered, with the others that fit beside it', () => {
    expect(boxToShow(far, [far[1]!], 900, 500)).toEqual({
      left: 794,
      top: 189,
      right: 944,
      bottom: 229,
    });
    // Wide enough for the nearer one, not for all three.
    expect(boxToShow(far, [far[1]!], 1000, 500)).toEqual({
      left: 12,
      top: 189,
      right: 944,
      bottom: 275,
    });
    expect(boxToShow(far, [far[1]!], 1800, 500)).toEqual({
      left: 12,
      top: 49,
      right: 1759,
      bottom: 275,
    });
  });

  it('starts from the first active state when nothing was just entered, and shows nothing without one', () => {
    expect(boxToShow(far, [], 300, 300)).toEqual(far[0]);
    expect(boxToShow([], [], 300, 300)).toBeNull();
  });
});
