import { describe, expect, it } from 'vitest';
import { compareLines, comparisonHtml, comparisonMarkdown } from '../../src/debrief/index.ts';
import { debriefOf } from '../helpers/debrief.ts';

const BASELINE = 'baseline-2024-01';
const main = debriefOf(BASELINE, undefined, { line: 'main' });
const branch = debriefOf(BASELINE, ['us.tableProposal', 'israel.launchAirCampaign'], {
  line: 'branch-1',
});

describe('two lines side by side', () => {
  const c = compareLines(main, branch);

  it('aligns the lines by step from the start, a side ending where its line does', () => {
    expect(c.rows.map((r) => r.step)).toEqual([0, 1, 2, 3]);
    expect(c.rows[3]!.b).toBeNull();
    expect(c.rows.map((r) => r.differs)).toEqual([false, false, true, true]);
    expect(c.a.ladders).toEqual([3, 3, 3, 3]);
    expect(c.b.ladders).toEqual([3, 3, 8]);
  });

  it('names the first differing step and who decided each side', () => {
    expect(c.firstDifference?.step).toBe(2);
    expect(c.firstDifference?.sentence).toContain(
      '“Reject the US proposal” (decided by Hezbollah)',
    );
    expect(c.firstDifference?.sentence).toContain('“Launch an air campaign” (decided by Israel)');
  });

  it('lists the parties whose postures differ, and both outcomes', () => {
    expect(c.rows[1]!.posturesDiffer).toEqual([]);
    expect(c.rows[2]!.posturesDiffer).toContain('israel');
    expect(c.a.end.outcomeLabel).toBe('Contained exchange of fire');
    expect(c.b.end.outcomeLabel).toBe('Full-scale war');
    const md = comparisonMarkdown(c);
    expect(md).toContain('**First difference:** The lines part at step 2');
    expect(md).toContain('| 2 | Israel |');
    const html = comparisonHtml(c);
    expect(html.match(/<polyline /g)).toHaveLength(2);
    expect(html).toContain('stroke-dasharray');
  });

  it('finds no difference between a line and itself', () => {
    expect(compareLines(main, main).firstDifference).toBeNull();
  });

  it('refuses lines of two scenarios', () => {
    expect(() => compareLines(main, debriefOf('escalation-spiral'))).toThrow(/two scenarios/);
  });
});
