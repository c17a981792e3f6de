/** The role sheet as sections: one wording for the app's team view and the printed handout. */
import { describe, expect, it } from 'vitest';
import { conflictModel } from '../../machines/index.ts';
import { moveLabel, roleSheetText } from '../../src/scenario/roleSheetText.ts';
import { loadScenario } from '../helpers/scenarioFiles.ts';

const baseline = loadScenario('baseline-2024-01').scenario;
const gaza = loadScenario('gaza-truce-2023-11').scenario;

describe('roleSheetText', () => {
  it('gives the sheet’s sections in order, then the postures and the jobs', () => {
    const text = roleSheetText(baseline, conflictModel, 'hezbollah');
    expect(text.hasSheet).toBe(true);
    expect(text.sections.map((s) => s.id)).toEqual([
      'statements',
      'constraints',
      'debates',
      'options',
      'postures',
      'jobs',
    ]);
    const sheet = baseline.classroom!.roleSheets.find((r) => r.party === 'hezbollah')!;
    const statements = text.sections[0]!.items;
    expect(statements.map((s) => s.text)).toEqual(sheet.statements.map((s) => s.said));
    // A model source is cited by publisher, title and date, not by its id.
    expect(statements[1]!.source).toMatch(/^Reuters .*2024-01-18$/);
  });

  it('names each option’s move by its label in the app, and a pass as no move', () => {
    const options = roleSheetText(gaza, conflictModel, 'hezbollah').sections.find(
      (s) => s.id === 'options',
    )!;
    expect(options.items.map((o) => o.move)).toEqual([
      'no move (the team holds its posture)',
      'Expand fire',
    ]);
    expect(moveLabel(conflictModel, 'israel.launchAirCampaign')).toBe('Launch an air campaign');
  });

  it('keeps the postures and jobs for a party without a sheet', () => {
    const text = roleSheetText(gaza, conflictModel, 'us');
    expect(text.hasSheet).toBe(false);
    expect(text.sections.map((s) => s.id)).toEqual(['postures', 'jobs']);
    expect(text.partyName).toBe('United States');
  });
});
