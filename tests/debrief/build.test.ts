import { describe, expect, it } from 'vitest';
import { conflictModel } from '../../machines/index.ts';
import { buildDebrief, debriefMarkdown, type Prediction } from '../../src/debrief/index.ts';
import { debriefOf, lineOf } from '../helpers/debrief.ts';
import { idFromFileName, loadScenario, scenarioFiles } from '../helpers/scenarioFiles.ts';

const BASELINE = 'baseline-2024-01';
/** The baseline's first step, then Israel's air campaign, then Hezbollah dropping its condition. */
const ABANDON = [
  'us.tableProposal',
  'israel.launchAirCampaign',
  'israel.strikeLeadership',
  'hezbollah.dropGazaCondition',
];

describe('the debrief of each bundled scenario’s script', () => {
  for (const file of scenarioFiles()) {
    const id = idFromFileName(file.name);
    it(`${id}: follows the script to the expected end, with the file’s prompts`, () => {
      const s = loadScenario(id).scenario;
      const d = debriefOf(id);
      expect(d.steps.map((x) => x.event)).toEqual(s.script.map((x) => x.event));
      expect(d.end.outcome).toBe(s.expect.outcome);
      expect(d.steps.every((x) => x.onScript)).toBe(true);
      expect(d.turningPoints.some((t) => t.kinds.includes('leftScript'))).toBe(false);
      expect(d.prompts).toEqual(s.debriefPrompts);
      expect(d.prompts.length).toBeGreaterThan(0);
      const historical = s.script.some((x) => x.kind === 'historical');
      expect(d.history !== null).toBe(historical);
      const md = debriefMarkdown(d);
      for (const prompt of d.prompts) expect(md).toContain(prompt);
      // The model's seed report is cited by its original publisher, never as "the seed".
      expect(md).not.toMatch(/seed text/i);
    });
  }

  it('historical-2023-2024: puts the class beside the record with dates and original sources', () => {
    const d = debriefOf('historical-2023-2024');
    const rows = d.history!;
    expect(rows).toHaveLength(loadScenario('historical-2023-2024').scenario.script.length);
    expect(rows.every((r) => r.same)).toBe(true);
    expect(rows.every((r) => r.happened.date !== null && r.happened.sources.length > 0)).toBe(true);
    expect(rows.flatMap((r) => r.happened.sources.map((s) => s.id))).not.toContain('seed');
    const dropped = d.turningPoints.find((t) => t.kinds.includes('abandoned'));
    const script = loadScenario('historical-2023-2024').scenario.script;
    expect(dropped?.step).toBe(
      script.findIndex((s) => s.event === 'hezbollah.dropGazaCondition') + 1,
    );
  });
});

describe('a crafted line that abandons a stated condition', () => {
  const d = debriefOf(BASELINE, ABANDON);

  it('marks the abandoning step as a turning point and the party’s conditions as not held', () => {
    const point = d.turningPoints.find((t) => t.step === 4);
    expect(point?.kinds).toEqual(['abandoned']);
    const hezbollah = d.conditions.find((c) => c.party === 'hezbollah')!;
    expect(hezbollah.held).toBe(false);
    expect(hezbollah.abandoned).toEqual([
      expect.objectContaining({ condition: 'gazaLinkage', step: 4 }),
    ]);
    expect(hezbollah.stated).toEqual(loadScenario(BASELINE).scenario.roles[0]!.statedConditions);
    expect(d.conditions.filter((c) => c.party !== 'hezbollah').every((c) => c.held)).toBe(true);
  });

  it('finds where the line left the script, the largest rise and the outcome change, and who decided', () => {
    const point = d.turningPoints.find((t) => t.step === 2)!;
    expect(point.kinds).toEqual(['ladder', 'leftScript', 'outcome']);
    expect(point.sentences.join(' ')).toContain('decided by Israel');
    expect(point.sentences.join(' ')).toContain('instead of “Reject the US proposal”');
    expect(d.steps[1]!.onScript).toBe(false);
    expect(d.steps[0]!.onScript).toBe(true);
    expect(d.end.outcomeLabel).toBe('Full-scale war');
  });
});

describe('refused moves', () => {
  it('quotes the stated condition that refused a played party’s move before a step', () => {
    const d = debriefOf(BASELINE);
    const accept = d.steps[1]!.refused.find((r) => r.event === 'hezbollah.acceptProposal');
    expect(accept).toBeDefined();
    expect(accept!.guard).not.toBeNull();
    // A proposal guard quotes, term by term, each stated condition the terms on the table break.
    expect(accept!.guard).toBe('hezbollahConditionsMet');
    expect(accept!.reason).toMatch(
      /^The terms on the table break what Hezbollah stated: hezbollahNoDealWhileGazaFighting \(Tied to a Gaza ceasefire: no\)/,
    );
    expect(accept!.decider).toBe('Hezbollah');
    // Before the proposal is tabled, accepting it is refused by the state, not by a condition.
    expect(d.steps[0]!.refused.some((r) => r.event === 'hezbollah.acceptProposal')).toBe(false);
    expect(d.steps.flatMap((s) => s.refused).every((r) => r.guard !== null)).toBe(true);
  });
});

describe('predictions against results', () => {
  const predictions: Prediction[] = [
    {
      step: 2,
      party: 'hezbollah',
      region: 'diplomacy',
      predicted: 'rejectedProposal',
      actual: 'rejectedProposal',
      correct: true,
      by: 'Hezbollah team',
    },
    {
      step: 1,
      party: 'us',
      region: 'mediation',
      predicted: null,
      actual: 'proposalTabled',
      correct: false,
      by: null,
    },
    {
      step: 2,
      party: 'us',
      region: 'mediation',
      predicted: 'revisingProposal',
      actual: 'revisingProposal',
      correct: true,
      by: null,
    },
  ];

  it('counts right answers overall and per team, in step order, with the labels students saw', () => {
    const p = debriefOf(BASELINE, undefined, { predictions }).predictions!;
    expect(p.correct).toBe(2);
    expect(p.total).toBe(3);
    expect(p.rows.map((r) => r.step)).toEqual([1, 2, 2]);
    expect(p.rows[0]!.predictedLabel).toBe('no change');
    expect(p.rows[0]!.actualLabel).toBe('Proposal tabled');
    expect(p.byTeam).toEqual([
      { by: 'Hezbollah team', correct: 1, total: 1 },
      { by: 'the whole class', correct: 1, total: 2 },
    ]);
    expect(debriefMarkdown(debriefOf(BASELINE, undefined, { predictions }))).toContain(
      '2 of 3 predictions were right',
    );
  });

  it('leaves the section out when the log has no predictions', () => {
    expect(debriefOf(BASELINE).predictions).toBeNull();
    expect(debriefMarkdown(debriefOf(BASELINE))).not.toContain('Predictions against results');
  });
});

describe('a debrief rebuilt on the same steps', () => {
  it('should give the same refusals as one built on fresh steps, and follow the played parties', () => {
    const { scenario, steps } = lineOf(BASELINE);
    const input = {
      model: conflictModel,
      scenario,
      steps,
      played: scenario.scenario.played,
      line: 'main',
    };
    const first = buildDebrief(input);
    // Rebuilt on the same step objects (as the app does at every step): same answers.
    expect(buildDebrief(input)).toEqual(first);
    // Built on new step objects of the same line: the answers kept for the old ones agree.
    expect(buildDebrief({ ...input, steps: lineOf(BASELINE).steps })).toEqual(first);
    expect(first.steps.some((s) => s.refused.length > 0)).toBe(true);
    // With no party played every event is the doctrine's: nothing is refused to a team.
    const none = buildDebrief({ ...input, played: [] });
    expect(none.steps.every((s) => s.refused.length === 0)).toBe(true);
  });
});
