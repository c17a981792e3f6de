import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ContentNote } from '../../../src/app/components/ContentNote.tsx';
import { loadScenario } from '../../helpers/scenarioFiles.ts';

const spiral = loadScenario('escalation-spiral').scenario;
const render = (el: ReturnType<typeof createElement>) =>
  renderToStaticMarkup(el)
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

describe('the content note before a step', () => {
  it('should show the scenario’s note for the next step, and nothing for a step without one', () => {
    const noted = spiral.script.findIndex((s) => s.contentNote) + 1;
    expect(noted).toBeGreaterThan(0);
    const html = render(createElement(ContentNote, { scenario: spiral, nextStep: noted }));
    expect(html).toContain('role="note"');
    expect(html).toContain(spiral.script[noted - 1]!.contentNote!);
    const plain = spiral.script.findIndex((s) => !s.contentNote) + 1;
    expect(render(createElement(ContentNote, { scenario: spiral, nextStep: plain }))).toBe('');
    expect(render(createElement(ContentNote, { scenario: spiral, nextStep: null }))).toBe('');
  });
});
