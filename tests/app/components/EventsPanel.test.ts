import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { countLine, EventsPanel } from '../../../src/app/components/EventsPanel.tsx';
import { TEACHER_ROLE } from '../../../src/app/state/lab.ts';
import { availableEvents, initialStep } from '../../../src/engine/index.ts';
import { simulationFor } from '../../../src/scenario/simulation.ts';
import { loadScenario } from '../../helpers/scenarioFiles.ts';

const sim = simulationFor(loadScenario('baseline-2024-01').scenario);
const step = initialStep(sim);
const events = availableEvents(sim, step);
const noop = () => {};

describe('the events panel’s count', () => {
  it('should count every event in the teacher’s view', () => {
    const enabled = events.filter((e) => e.enabled).length;
    expect(countLine(events, TEACHER_ROLE)).toBe(
      `${enabled} of ${events.length} events ${enabled === 1 ? 'is' : 'are'} possible now.`,
    );
  });

  it('should count only the team’s own moves in a team’s view', () => {
    for (const party of sim.model.parties) {
      const own = events.filter((e) => e.controlledBy === party.id);
      if (own.length === 0) continue;
      const enabled = own.filter((e) => e.enabled).length;
      const line = countLine(events, party.id);
      expect(line).toMatch(
        new RegExp(`^${enabled} of your ${own.length} moves? (is|are) possible now\\.$`),
      );
      // The figures are the team's, never the whole model's.
      if (own.length !== events.length) expect(line).not.toContain(`of ${events.length} `);
    }
  });

  it('should show the team’s count in the rendered team view', () => {
    const party = sim.model.parties.find((p) => events.some((e) => e.controlledBy === p.id))!;
    const html = renderToStaticMarkup(
      createElement(EventsPanel, { sim, step, role: party.id, onSend: noop, onRefused: noop }),
    );
    expect(html).toContain(countLine(events, party.id));
    expect(html).not.toContain('events are possible now');
  });
});
