import { describe, expect, it } from 'vitest';
import { conflictModel } from '../../machines/index.ts';
import { indexModel } from '../../src/engine/index.ts';
import { BASELINE, control, politeLiveRegion } from './support/contract.ts';
import { useApp } from './support/app.ts';
import { playSteps } from './support/model.ts';
import { expectPostures } from './support/screen.ts';

const app = useApp();
const index = indexModel(conflictModel);
const script = playSteps(BASELINE.id, BASELINE.script);

/** The party name and new state label of every transition of a step: what a listener must hear. */
function heardOf(stepIndex: number): string[] {
  return script[stepIndex]!.transitions.flatMap((t) => [
    index.party(t.actor).name,
    index.state(t.actor, t.region, t.to)?.label ?? t.to,
  ]);
}

describe('announcements', () => {
  it('should have a polite live region in the page from the start', async () => {
    const { page } = await app.open();
    // A live region must exist before its text changes, or screen readers miss the first update.
    expect(await politeLiveRegion(page).count()).toBeGreaterThan(0);
  });

  it("should announce each step's transitions in words in the polite live region", async () => {
    const { page } = await app.open();
    for (const step of [1, 2]) {
      await control(page, 'Next step').click();
      await expectPostures(page, script[step]!);
      const announced = () =>
        politeLiveRegion(page)
          .allTextContents()
          .then((texts) => texts.join(' '));
      for (const words of heardOf(step)) {
        await expect
          .poll(announced, { message: `step ${step} announces "${words}"` })
          .toContain(words);
      }
    }
  });
});
