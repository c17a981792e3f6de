/**
 * Brings a diagram's active states into view by scrolling the diagram's own scroll box,
 * never the page or a column around it (scrollIntoView would move those too). Pure
 * geometry in `boxToShow` and `scrollToShow`, tested without a browser; `showActive`
 * reads the DOM.
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

/** The union of boxes. */
function union(boxes: readonly Box[]): Box {
  return {
    left: Math.min(...boxes.map((b) => b.left)),
    top: Math.min(...boxes.map((b) => b.top)),
    right: Math.max(...boxes.map((b) => b.right)),
    bottom: Math.max(...boxes.map((b) => b.bottom)),
  };
}

/**
 * The part of a diagram to show: the states just entered (or the first active state),
 * then as many other active states as still fit in a `width` × `height` view, nearest
 * first. A party with several regions can have active states further apart than the
 * view is wide; the one that just changed is the one a class looks for.
 */
export function boxToShow(
  active: readonly Box[],
  entered: readonly Box[],
  width: number,
  height: number,
  pad = 12,
): Box | null {
  const anchor = entered.length ? entered : active.slice(0, 1);
  if (!anchor.length) return null;
  let shown = union(anchor);
  const centre = (b: Box) => [(b.left + b.right) / 2, (b.top + b.bottom) / 2] as const;
  const [cx, cy] = centre(shown);
  const rest = active
    .filter((b) => !anchor.includes(b))
    .sort((a, b) => {
      const [ax, ay] = centre(a);
      const [bx, by] = centre(b);
      return Math.hypot(ax - cx, ay - cy) - Math.hypot(bx - cx, by - cy);
    });
  for (const b of rest) {
    const grown = union([shown, b]);
    if (grown.right - grown.left + 2 * pad <= width && grown.bottom - grown.top + 2 * pad <= height)
      shown = grown;
  }
  return shown;
}

/**
 * Scrolls `container` so its `[aria-current="true"]` states show, those matching
 * `entered` (CSS selectors of the states just entered) first.
 */
export function showActive(container: HTMLElement, entered: readonly string[] = []): void {
  const frame = container.getBoundingClientRect();
  const toBox = (el: Element): Box => {
    const r = el.getBoundingClientRect();
    return {
      left: r.left - frame.left + container.scrollLeft,
      top: r.top - frame.top + container.scrollTop,
      right: r.right - frame.left + container.scrollLeft,
      bottom: r.bottom - frame.top + container.scrollTop,
    };
  };
  const states = [...container.querySelectorAll('[aria-current="true"]')];
  const boxes = states.map(toBox);
  const isEntered = (el: Element) => entered.some((sel) => el.matches(sel));
  const box = boxToShow(
    boxes,
    boxes.filter((_, i) => isEntered(states[i]!)),
    container.clientWidth,
    container.clientHeight,
  );
  if (!box) return;
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
