import { describe, expect, it } from 'vitest';
import { saveScheduler, type Later } from '../../src/app/saveScheduler.ts';

/** A "later" the test runs by hand: no clock or frame, the test says when it is time. */
function manualLater() {
  const due = new Set<() => void>();
  const later: Later = (run) => {
    due.add(run);
    return () => void due.delete(run);
  };
  const elapse = () => {
    const runs = [...due];
    due.clear();
    for (const run of runs) run();
  };
  return { later, elapse, pending: () => due.size };
}

describe('the save scheduler', () => {
  it('should write once for every change made before it is time', () => {
    const t = manualLater();
    let writes = 0;
    const saves = saveScheduler(() => writes++, t.later);
    for (let i = 0; i < 5; i++) saves.schedule();
    expect(writes).toBe(0);
    expect(t.pending()).toBe(1);
    t.elapse();
    expect(writes).toBe(1);
    saves.schedule();
    t.elapse();
    expect(writes).toBe(2);
  });

  it('should write at once on flush, and not again when it is time', () => {
    const t = manualLater();
    let writes = 0;
    const saves = saveScheduler(() => writes++, t.later);
    saves.flush();
    expect(writes).toBe(0);
    saves.schedule();
    saves.flush();
    expect(writes).toBe(1);
    expect(t.pending()).toBe(0);
    t.elapse();
    expect(writes).toBe(1);
  });

  it('should drop a pending write on cancel, and write again after a later change', () => {
    const t = manualLater();
    let writes = 0;
    const saves = saveScheduler(() => writes++, t.later);
    saves.schedule();
    saves.cancel();
    t.elapse();
    saves.flush();
    expect(writes).toBe(0);
    saves.schedule();
    t.elapse();
    expect(writes).toBe(1);
  });
});
