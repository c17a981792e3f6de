import { describe, expect, it } from 'vitest';
import { debriefHtml, debriefMarkdown, escapeHtml, ladderPlot } from '../../src/debrief/index.ts';
import { stepRanges } from '../../src/debrief/markdown.ts';
import { debriefOf } from '../helpers/debrief.ts';

describe('rendering a debrief', () => {
  const d = debriefOf('baseline-2024-01', undefined, { line: 'class <A> & "B"' });

  it('escapes every text in HTML', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe(
      '&#60;a href=&#34;x&#34;&#62;&#39;&#38;&#39;&#60;/a&#62;',
    );
    const html = debriefHtml(d);
    expect(html).toContain('class &#60;A&#62; &#38; &#34;B&#34;');
    expect(html).not.toContain('class <A>');
  });

  it('makes a standalone page with print styles and one section per part', () => {
    const html = debriefHtml(d);
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('@media print');
    expect(html).toContain('break-before: page');
    const headings = [...html.matchAll(/<h2>([^<]+)<\/h2>/g)].map((m) => m[1]);
    expect(headings).toEqual([
      'Turning points',
      'Stated conditions, and whether they held',
      'Step by step',
      'Moves a stated condition refused',
      'What your class did, and what happened',
      'Discussion',
    ]);
  });

  it('writes Markdown tables whose cells cannot break the table', () => {
    const md = debriefMarkdown({ ...d, line: 'a|b' });
    expect(md).toContain('Line **a|b**');
    const rows = md.split('\n').filter((l) => l.startsWith('| 1 |'));
    expect(rows.length).toBeGreaterThan(0);
    expect(md).toContain('| 1 | Table a proposal | United States |');
  });

  it('shows steps as ranges and plots levels 0–10 upward', () => {
    expect(stepRanges([1, 2, 3, 5, 7, 8])).toBe('1–3, 5, 7–8');
    const g = ladderPlot([{ name: 'a', ladders: [0, 10] }]);
    const [p0, p1] = g.series[0]!.points.split(' ').map((p) => p.split(',').map(Number));
    expect(p0![1]).toBeGreaterThan(p1![1]!);
    expect(p1![0]).toBeCloseTo(g.left + g.plotWidth);
  });
});
