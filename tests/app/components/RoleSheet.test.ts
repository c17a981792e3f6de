import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { conflictModel } from '../../../machines/index.ts';
import { RoleSheet } from '../../../src/app/components/RoleSheet.tsx';
import { indexModel } from '../../../src/engine/index.ts';
import { buildHandout } from '../../../src/handout/handoutModel.ts';
import { KitRoleSheetView } from '../../../src/handout/KitSections.tsx';
import { loadScenario } from '../../helpers/scenarioFiles.ts';

const baseline = loadScenario('baseline-2024-01').scenario;

/** The markup with entities decoded, so text written with quotes compares plainly. */
const render = (el: ReturnType<typeof createElement>) =>
  renderToStaticMarkup(el)
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

describe('the team view’s role sheet', () => {
  it('should show the kit’s statements, constraints and options for the party', () => {
    const html = render(createElement(RoleSheet, { scenario: baseline, party: 'lebanon' }));
    const sheet = baseline.classroom!.roleSheets.find((r) => r.party === 'lebanon')!;
    expect(html).toContain('Role sheet: Lebanese state');
    for (const s of sheet.statements) expect(html).toContain(s.said);
    for (const c of sheet.constraints) expect(html).toContain(c);
    for (const o of sheet.options) expect(html).toContain(o.costs);
    expect(html).toContain('Source-checker');
  });

  it('should list the postures of the party’s machine', () => {
    const html = render(createElement(RoleSheet, { scenario: baseline, party: 'hezbollah' }));
    const index = indexModel(conflictModel);
    for (const region of index.regions('hezbollah')!) {
      for (const state of index.states('hezbollah', region))
        expect(html).toContain(index.state('hezbollah', region, state)!.label);
    }
  });

  it('should say so when the scenario has no sheet for the party', () => {
    const html = render(createElement(RoleSheet, { scenario: baseline, party: 'gaza' }));
    expect(html).toContain('no role sheet');
  });
});

describe('one wording for the team view and the handout', () => {
  it('should show the same options, costs and moves as the printed sheet', () => {
    const app = render(createElement(RoleSheet, { scenario: baseline, party: 'israel' }));
    const handout = buildHandout(baseline, conflictModel);
    const sheet = handout.kit!.roleSheets.find((r) => r.party === 'israel')!;
    const printed = render(createElement(KitRoleSheetView, { sheet }));
    const options = sheet.sections.find((s) => s.id === 'options')!;
    for (const o of options.items) {
      for (const html of [app, printed]) {
        expect(html).toContain(o.text);
        expect(html).toContain(o.costs!);
        expect(html).toContain(o.move!);
      }
    }
    expect(app).toContain('Escalate to targeted strikes');
  });
});
