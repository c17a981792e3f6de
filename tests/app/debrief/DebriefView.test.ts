import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { DebriefView } from '../../../src/app/debrief/DebriefView.tsx';
import type { Line } from '../../../src/engine/index.ts';
import { lineOf } from '../../helpers/debrief.ts';

const { scenario, steps } = lineOf('baseline-2024-01');
const main: Line = { id: 'main', parent: null, steps };

/** The view's markup, as the server renders it (no browser needed). */
const render = (props: Partial<Parameters<typeof DebriefView>[0]> = {}) =>
  renderToStaticMarkup(
    createElement(DebriefView, { scenario, lines: [main], line: 'main', cursor: 3, ...props }),
  );

describe('DebriefView', () => {
  it('offers the debrief at the end of the script, and says so only there', () => {
    expect(render()).toContain('The script is over');
    expect(render({ cursor: 2 })).not.toContain('The script is over');
    expect(render()).toContain('Open the debrief');
    expect(render()).not.toContain('Turning points');
  });

  it('shows the pure module’s sections when open, with a labelled answer box per prompt', () => {
    const html = render({ initiallyOpen: true });
    for (const heading of [
      'Turning points',
      'Stated conditions, and whether they held',
      'Step by step',
      'Discussion',
    ]) {
      expect(html).toContain(`>${heading}</h3>`);
    }
    const prompts = scenario.scenario.debriefPrompts!;
    expect(html.match(/<textarea /g)).toHaveLength(prompts.length);
    expect(html).toContain('for="debrief-answer-0"');
  });

  it('shows the predictions it is given for the current line', () => {
    const predictions = [
      {
        step: 1,
        party: 'us',
        region: 'mediation',
        predicted: 'proposalTabled',
        actual: 'proposalTabled',
        correct: true,
        by: 'Team A',
      },
    ];
    expect(render({ initiallyOpen: true, predictions })).toContain(
      '1 of 1 predictions were right (Team A: 1 of 1)',
    );
  });

  it('lists the negotiation round’s messages it is given, with their route, and no section without them', () => {
    const messages = [
      {
        step: 1,
        from: 'hezbollah',
        to: 'us',
        route: ['hezbollah', 'lebanon', 'us'],
        text: 'No talks before a Gaza ceasefire.',
      },
    ];
    const html = render({ initiallyOpen: true, messages });
    expect(html).toContain('>Messages in the negotiation round</h3>');
    expect(html).toContain('Hezbollah → Lebanese state → United States');
    expect(html).toContain('No talks before a Gaza ceasefire.');
    expect(render({ initiallyOpen: true })).not.toContain('Messages in the negotiation round');
  });
});
