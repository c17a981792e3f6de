/**
 * When the app writes the URL and the saved session: after the next frame is painted,
 * once for all the changes made until then (the write reads the latest state), and at
 * once when the page hides. Both writes cost time in proportion to the line (a
 * 300-step line is a long fragment for `history.replaceState` and a long JSON text for
 * the storage): waiting for the paint keeps them out of the frame that shows a step.
 */

/** A hidden tab paints no frames: after this long a plain timer writes instead. */
export const HIDDEN_TAB_WRITE_MS = 1000;

/** Runs `run` once, later; returns a function that cancels the run. */
export type Later = (run: () => void) => () => void;

/** Schedules, flushes or drops the pending write. */
export interface SaveScheduler {
  /** Asks for a write; a write already pending covers this change too. */
  schedule(): void;
  /** Writes now if a write is pending (the page is hiding). */
  flush(): void;
  /** Drops a pending write: saved data was just cleared, and a change made before must not bring it back. */
  cancel(): void;
}

/**
 * The page's "after the next paint": a task queued from an animation frame runs once
 * that frame is drawn. A timer covers a tab that draws no frames.
 */
export const afterNextPaint: Later = (run) => {
  let done = false;
  let task: number | undefined;
  const cancel = () => {
    done = true;
    cancelAnimationFrame(frame);
    window.clearTimeout(task);
    window.clearTimeout(fallback);
  };
  const once = () => {
    if (done) return;
    cancel();
    run();
  };
  const frame = requestAnimationFrame(() => {
    task = window.setTimeout(once, 0);
  });
  const fallback = window.setTimeout(once, HIDDEN_TAB_WRITE_MS);
  return cancel;
};

/** A scheduler that calls `write` once `later` runs, for every change it was told of until then. */
export function saveScheduler(write: () => void, later: Later = afterNextPaint): SaveScheduler {
  let pending: (() => void) | null = null;
  const run = () => {
    pending = null;
    write();
  };
  return {
    schedule() {
      if (pending === null) pending = later(run);
    },
    flush() {
      if (pending === null) return;
      pending();
      run();
    },
    cancel() {
      if (pending === null) return;
      pending();
      pending = null;
    },
  };
}
