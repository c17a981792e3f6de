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

  it('gives a branch its own predictions and tries, and its parent’s only for the shared steps', () => {
    const other = lineOf('baseline-2024-01', [
      scenario.scenario.script[0]!.event,
      'israel.launchAirCampaign',
    ]).steps;
    const branch: Line = { id: 'branch-1', parent: { line: 'main', step: 1 }, steps: other };
    const record = {
      party: 'us',
      region: 'mediation',
      predicted: null,
      actual: null,
      correct: true,
      by: 'Team A',
    };
    const predictions = [
      { ...record, step: 1, line: 'main' },
      { ...record, step: 2, line: 'main' },
      { ...record, step: 2, line: 'branch-1' },
      { ...record, step: 2, line: 'branch-1', by: 'Team B' },
    ];
    const attempt = { event: 'hezbollah.holdFire', party: 'hezbollah', reason: 'No.', by: null };
    const attempts = [
      { ...attempt, step: 0, line: 'main' },
      { ...attempt, step: 2, line: 'main' },
    ];
    const html = render({
      initiallyOpen: true,
      lines: [main, branch],
      line: 'branch-1',
      cursor: 2,
      predictions,
      attempts,
    });
    expect(html).toContain('3 of 3 predictions were right (Team A: 2 of 2; Team B: 1 of 1)');
    // The try at the start is shared; the one after main's step 2 is not.
    expect(html.match(/<td>0 \(the start\)<\/td>/g)).toHaveLength(1);
    expect(html).not.toContain('<td>2</td><td>Hold fire');
    const onMain = render({ initiallyOpen: true, lines: [main, branch], cursor: 3, attempts });
    expect(onMain).toContain('<td>2</td><td>Hold fire');
  });
});
