import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { conflictModel } from '../../machines/index.ts';
import { HandoutApp } from '../../src/handout/HandoutApp.tsx';
import { buildHandout } from '../../src/handout/handoutModel.ts';
import { HandoutPage } from '../../src/handout/HandoutPage.tsx';
import { buildLibrary } from '../../src/scenario/library.ts';
import { loadScenario, scenarioFiles } from '../helpers/scenarioFiles.ts';

const library = buildLibrary(conflictModel, scenarioFiles());

function renderApp(search: { scenario: string | null; role?: string | null; teacher?: boolean }) {
  const request = {
    scenario: search.scenario,
    role: search.role ?? null,
    teacher: search.teacher ?? false,
  };
  return renderToStaticMarkup(createElement(HandoutApp, { library, request }));
}

describe('the handout page', () => {
  it('should list every scenario with a link to its handout when no scenario is asked for', () => {
    const html = renderApp({ scenario: null });
    for (const { scenario } of library.scenarios)
      expect(html).toContain(`href="handout.html?scenario=${scenario.id}"`);
    expect(html).toContain('<main id="main"');
    expect(html).toContain('<nav aria-label="Handouts">');
  });

  it('should render a scenario with its landmarks, headings, questions, worksheet and print button', () => {
    const html = renderApp({ scenario: 'escalation-spiral' });
    const { scenario } = loadScenario('escalation-spiral');
    expect(html.match(/<h1[ >]/g)).toHaveLength(1);
    for (const heading of [
      'About this scenario',
      'Roles',
      'Steps and questions',
      'Worksheet',
      'Sources',
      'Debrief: what happened',
    ]) {
      expect(html).toContain(`>${heading}</h2>`);
    }
    expect(html).toContain('<button type="button">Print this handout</button>');
    expect(html).toContain('<th scope="col">Your prediction (before the step)</th>');
    const predictions = html.slice(
      html.indexOf('<table class="predictions">'),
      html.indexOf('</table>', html.indexOf('<table class="predictions">')),
    );
    expect(predictions.match(/<tr>/g)).toHaveLength(scenario.script.length + 1);
    expect(html).toContain('teaching simplification');
  });

  it('should say so, in an alert, when the scenario id is unknown, and still offer the list', () => {
    const html = renderApp({ scenario: 'no-such-scenario' });
    expect(html).toContain('role="alert"');
    expect(html).toContain('no-such-scenario');
    expect(html).toContain('Printable handouts');
  });

  it('should render scenario text as text, never as HTML', () => {
    const { scenario } = loadScenario('sandbox');
    const hostile = {
      ...scenario,
      title: '<img src=x onerror=alert(1)>',
      brief: { ...scenario.brief, whatIsIt: '<script>alert(1)</script> a teaching simplification' },
    };
    const html = renderToStaticMarkup(
      createElement(HandoutPage, { handout: buildHandout(hostile, conflictModel) }),
    );
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it("should show narration and teacher's notes only in the teacher's copy", () => {
    const { scenario } = loadScenario('gaza-truce-2023-11');
    const narration = scenario.script[0]!.narration;
    expect(renderApp({ scenario: scenario.id })).not.toContain(narration);
    const teacher = renderApp({ scenario: scenario.id, teacher: true });
    expect(teacher).toContain(narration);
    expect(teacher).toContain('>Teacher’s notes</h2>');
  });

  it('should print one team sheet when a role is named', () => {
    const html = renderApp({ scenario: 'gaza-truce-2023-11', role: 'israel' });
    expect(html).toContain('Team: Israel');
    expect(html).not.toContain('Team: Hezbollah');
    expect(html).toContain('>Your role</h2>');
  });
});
