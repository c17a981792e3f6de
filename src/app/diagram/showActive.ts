/**
 * Brings a diagram's active states into view by scrolling the diagram's own scroll box,
 * never the page or a column around it (scrollIntoView would move those too). Pure
 * geometry in `scrollToShow`, tested without a browser; `showActive` reads the DOM.
 */

/** A box in the scroll container's content coordinates. */
export interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/** The scroll box: where it is scrolled to, how much it shows, how large its content is. */
export interface Viewport {
  readonly scrollLeft: number;
  readonly scrollTop: number;
  readonly width: number;
  readonly height: number;
  readonly scrollWidth: number;
  readonly scrollHeight: number;
}

/** Scrolls one axis as little as needed to show [from, to] (its start, when it is too long). */
function axis(at: number, size: number, max: number, from: number, to: number, pad: number) {
  if (from >= at && to <= at + size) return at;
  const wanted = to - from + 2 * pad <= size ? (from + to) / 2 - size / 2 : from - pad;
  return Math.max(0, Math.min(max - size, Math.round(wanted)));
}

/**
 * Where to scroll so that `box` shows: unchanged when it already does; centred when
 * it fits; its top-left corner first when it does not.
 */
export function scrollToShow(view: Viewport, box: Box, pad = 12): { left: number; top: number } {
  return {
    left: axis(view.scrollLeft, view.width, view.scrollWidth, box.left, box.right, pad),
    top: axis(view.scrollTop, view.height, view.scrollHeight, box.top, box.bottom, pad),
  };
}

/** Scrolls `container` so its `[aria-current="true"]` states show. */
export function showActive(container: HTMLElement): void {
  const states = [...container.querySelectorAll('[aria-current="true"]')];
  if (!states.length) return;
  const frame = container.getBoundingClientRect();
  const rects = states.map((s) => s.getBoundingClientRect());
  const box: Box = {
    left: Math.min(...rects.map((r) => r.left)) - frame.left + container.scrollLeft,
    top: Math.min(...rects.map((r) => r.top)) - frame.top + container.scrollTop,
    right: Math.max(...rects.map((r) => r.right)) - frame.left + container.scrollLeft,
    bottom: Math.max(...rects.map((r) => r.bottom)) - frame.top + container.scrollTop,
  };
  const to = scrollToShow(
    {
      scrollLeft: container.scrollLeft,
      scrollTop: container.scrollTop,
      width: container.clientWidth,
      height: container.clientHeight,
      scrollWidth: container.scrollWidth,
      scrollHeight: container.scrollHeight,
    },
    box,
  );
  container.scrollTo({ left: to.left, top: to.top });
}
