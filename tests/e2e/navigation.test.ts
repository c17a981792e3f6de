import { describe, expect, it } from 'vitest';
import { conflictModel } from '../../machines/index.ts';
import {
  BASELINE,
  control,
  eventButton,
  jumpWithTimeline,
  linePicker,
  postureRegion,
} from './support/contract.ts';
import { useApp } from './support/app.ts';
import { eventLabel, playSteps, transitionsUpTo } from './support/model.ts';
import { expectLogRows, expectPostures } from './support/screen.ts';

const app = useApp();
const script = playSteps(BASELINE.id, BASELINE.script);

describe('stepping through the default scenario', () => {
  it('should take the next scripted step and log its transitions', async () => {
    const { page } = await app.open();
    await expectPostures(page, script[0]!);
    await control(page, 'Next step').click();
    await expectPostures(page, script[1]!);
    await expectLogRows(page, transitionsUpTo(script, 1));
    await control(page, 'Next step').click();
    await expectPostures(page, script[2]!);
    await expectLogRows(page, transitionsUpTo(script, 2));
  });

  it('should mark on each diagram the transition just taken, and only that one', async () => {
    const { page } = await app.open();
    await control(page, 'Next step').click();
    await expectPostures(page, script[1]!);
    for (const t of script[1]!.transitions) {
      const party = conflictModel.parties.find((p) => p.id === t.actor)!.name;
      const taken = postureRegion(page, party).locator('[data-taken="true"]');
      await expect
        .poll(
          () =>
            taken.evaluateAll((nodes) =>
              nodes.map((n) => `${n.getAttribute('data-from')}>${n.getAttribute('data-to')}`),
            ),
          { message: `${party}: arrow taken` },
        )
        .toEqual([`${t.from}>${t.to}`]);
    }
    expect(
      await postureRegion(page, 'Israel').locator('[data-taken="true"]').count(),
      'Israel did not move',
    ).toBe(0);
    await control(page, 'Back').click();
    await expectPostures(page, script[0]!);
    await expect
      .poll(() => page.locator('[data-taken="true"]').count(), {
        message: 'no arrow marked at the start',
      })
      .toBe(0);
  });

  it('should go back and forward along the line without losing steps', async () => {
    const { page } = await app.open();
    for (let i = 0; i < 3; i++) await control(page, 'Next step').click();
    await expectPostures(page, script[3]!);
    await control(page, 'Back').click();
    await expectPostures(page, script[2]!, 'after Back');
    await control(page, 'Back').click();
    await expectPostures(page, script[1]!, 'after a second Back');
    await control(page, 'Forward').click();
    await expectPostures(page, script[2]!, 'after Forward');
    await control(page, 'Forward').click();
    await expectPostures(page, script[3]!, 'after a second Forward');
  });

  it('should reset to the start and redo the steps with Forward', async () => {
    const { page } = await app.open();
    for (let i = 0; i < 2; i++) await control(page, 'Next step').click();
    await expectPostures(page, script[2]!);
    await control(page, 'Reset').click();
    await expectPostures(page, script[0]!, 'after Reset');
    await control(page, 'Forward').click();
    await expectPostures(page, script[1]!, 'Forward after Reset redoes step 1');
  });

  it('should jump to any step with the timeline', async () => {
    const { page } = await app.open();
    for (let i = 0; i < 3; i++) await control(page, 'Next step').click();
    await expectPostures(page, script[3]!);
    await jumpWithTimeline(page, 1);
    await expectPostures(page, script[1]!, 'after jumping to step 1');
    await jumpWithTimeline(page, 3);
    await expectPostures(page, script[3]!, 'after jumping to step 3');
  });
});

describe('playing', () => {
  it('should play the script at the chosen speed and stop at its end', async () => {
    const { page } = await app.open();
    const speed = page.getByRole('slider', { name: 'Speed' });
    await speed.focus();
    await page.keyboard.press('End');
    await control(page, 'Play').click();
    await control(page, 'Pause').waitFor();
    // Play runs the script to its end, then stops by itself (the button reads Play again).
    await expectPostures(page, script[3]!, 'at the end of the script');
    await control(page, 'Play').waitFor({ timeout: 10_000 });
    await expectLogRows(page, transitionsUpTo(script, 3));
  });
});

describe('branching', () => {
  const branchInputs = [BASELINE.script[0], 'israel.launchAirCampaign'];
  const branch = playSteps(BASELINE.id, branchInputs);

  it('should start a second line when a different event is sent from an earlier step, and keep the old one', async () => {
    const { page } = await app.open();
    for (let i = 0; i < 2; i++) await control(page, 'Next step').click();
    await expectPostures(page, script[2]!);
    await control(page, 'Back').click();
    await expectPostures(page, script[1]!);
    await eventButton(page, eventLabel('israel.launchAirCampaign')).first().click();
    await expectPostures(page, branch[2]!, 'on the new branch');

    const picker = linePicker(page);
    await expect.poll(() => picker.locator('option').count(), { message: 'lines offered' }).toBe(2);
    const options = await picker.locator('option').evaluateAll((nodes) =>
      nodes.map((node) => ({
        value: (node as HTMLOptionElement).value,
        selected: (node as HTMLOptionElement).selected,
      })),
    );
    const other = options.find((option) => !option.selected);
    expect(other, 'the old line is still offered').toBeDefined();
    await picker.selectOption(other!.value);
    // Switching keeps the step number, so the old line shows its own step 2.
    await expectPostures(page, script[2]!, 'back on the old line');
    await expectLogRows(page, transitionsUpTo(script, 2));
  });
});
