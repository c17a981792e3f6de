/**
 * The content note in the app (issue 15): shown before a step that reports deaths or
 * injuries, from the scenario file, and gone once the class moves to a step without one.
 */
import { describe, expect, it } from 'vitest';
import { control } from './support/contract.ts';
import { useApp } from './support/app.ts';
import { loadScenario } from './support/model.ts';

const app = useApp();
const spiral = loadScenario('escalation-spiral').scenario;

describe('content notes in the app', () => {
  it('should show the next step’s note before it is played, and only then', async () => {
    const { page } = await app.open('#scenario=escalation-spiral');
    const note = page.getByRole('note');
    const first = spiral.script[0]!.contentNote!;
    await expect.poll(() => note.innerText()).toContain(first);
    await expect(
      note.getByRole('heading', { name: 'Content note before step 1' }).isVisible(),
    ).resolves.toBe(true);
    await control(page, 'Next step').click();
    // Step 2 has no note in the file, so none is shown before it.
    expect(spiral.script[1]!.contentNote).toBeUndefined();
    await expect.poll(() => note.count()).toBe(0);
    await control(page, 'Next step').click();
    await expect.poll(() => note.innerText()).toContain(spiral.script[2]!.contentNote!);
  });
});
