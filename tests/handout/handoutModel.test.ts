import { describe, expect, it } from 'vitest';
import { conflictModel } from '../../machines/index.ts';
import { buildHandout, FREE_ROWS, REFLECTION_QUESTIONS } from '../../src/handout/handoutModel.ts';
import { appHref, handoutHref, readHandoutRequest } from '../../src/handout/url.ts';
import { idFromFileName, loadScenario, scenarioFiles } from '../helpers/scenarioFiles.ts';

const ids = scenarioFiles().map((f) => idFromFileName(f.name));

describe('buildHandout', () => {
  it.each(ids)(
    "%s: should carry every step's question, in order, and one worksheet row per step",
    (id) => {
      const { scenario } = loadScenario(id);
      const handout = buildHandout(scenario, conflictModel);
      expect(handout.steps.map((s) => s.question)).toEqual(
        scenario.script.map((s) => s.question ?? null),
      );
      expect(handout.steps.map((s) => s.number)).toEqual(scenario.script.map((_, i) => i + 1));
      expect(handout.worksheetRows.length).toBe(scenario.script.length || FREE_ROWS);
      expect(handout.reflection).toEqual(REFLECTION_QUESTIONS);
    },
  );

  it.each(ids)('%s: should hold the brief in the Info-tab order and every role, named', (id) => {
    const { scenario } = loadScenario(id);
    const handout = buildHandout(scenario, conflictModel);
    expect(handout.brief[0]).toMatchObject({
      id: 'what-is-it',
      paragraphs: [scenario.brief.whatIsIt],
    });
    expect(handout.brief.map((b) => b.id)).toEqual(
      [
        'what-is-it',
        'how-it-works',
        'how-to-use-it',
        'things-to-notice',
        'things-to-try',
        'extending-the-model',
      ].filter((section) => handout.brief.some((b) => b.id === section)),
    );
    expect(handout.roles.map((r) => r.party)).toEqual(scenario.roles.map((r) => r.party));
    for (const role of handout.roles)
      expect(role.partyName).toBe(conflictModel.parties.find((p) => p.id === role.party)!.name);
  });

  it("should label world events and party moves with the catalog's labels", () => {
    const handout = buildHandout(loadScenario('gaza-truce-2023-11').scenario, conflictModel);
    expect(handout.steps[0]).toMatchObject({
      label: 'Gaza truce begins',
      controlledBy: 'World event',
      kind: 'historical',
      date: '2023-11-24',
    });
    const pathway = buildHandout(loadScenario('border-deal-pathway').scenario, conflictModel);
    expect(pathway.steps[2]).toMatchObject({
      label: 'Open border negotiation',
      controlledBy: 'Lebanese state',
      kind: 'hypothetical',
      date: null,
    });
  });

  it("should list the scenario's sources and the model sources its steps cite, each once", () => {
    const { scenario } = loadScenario('gaza-truce-2023-11');
    const handout = buildHandout(scenario, conflictModel);
    const listed = handout.sources.map((s) => s.id);
    expect(listed).toEqual(
      expect.arrayContaining([
        ...scenario.sources.map((s) => s.id),
        'truce-2023-11',
        'truce-ends-2023-12-01',
      ]),
    );
    expect(new Set(listed).size).toBe(listed.length);
  });

  it('should drop a source address that is not a web address', () => {
    const { scenario } = loadScenario('sandbox');
    const tampered = {
      ...scenario,
      sources: [{ ...scenario.sources[0]!, url: 'javascript:alert(1)' }],
    };
    expect(buildHandout(tampered, conflictModel).sources[0]!.url).toBeNull();
  });

  it("should keep only one team's sheet when asked for a played role, and all sheets otherwise", () => {
    const { scenario } = loadScenario('gaza-truce-2023-11');
    expect(
      buildHandout(scenario, conflictModel, { role: 'israel' }).roles.map((r) => r.party),
    ).toEqual(['israel']);
    expect(buildHandout(scenario, conflictModel, { role: 'us' }).roles).toHaveLength(
      scenario.roles.length,
    );
  });

  it("should keep narration and the expected end for the teacher's copy only", () => {
    const { scenario } = loadScenario('escalation-spiral');
    const student = buildHandout(scenario, conflictModel);
    expect(student.steps.every((s) => s.narration === null)).toBe(true);
    expect(student.teacherNotes).toBeNull();
    const teacher = buildHandout(scenario, conflictModel, { teacher: true });
    expect(teacher.steps.map((s) => s.narration)).toEqual(scenario.script.map((s) => s.narration));
    expect(teacher.teacherNotes).toEqual({
      outcome: expect.stringMatching(/^Full-scale war: /),
      ladder: '9 (Ground operation)',
      startLadder: '3 (Calibrated tit-for-tat)',
    });
  });

  it('should name the kind of exercise from its steps', () => {
    expect(
      buildHandout(loadScenario('historical-2023-2024').scenario, conflictModel).kindLabel,
    ).toBe('Historical');
    expect(buildHandout(loadScenario('escalation-spiral').scenario, conflictModel).kindLabel).toBe(
      'Hypothetical',
    );
    expect(buildHandout(loadScenario('sandbox').scenario, conflictModel).kindLabel).toBe(
      'Free exploration',
    );
  });

  it('should keep the debrief apart from the brief, for use after the exercise', () => {
    const { scenario } = loadScenario('historical-2023-2024');
    const handout = buildHandout(scenario, conflictModel);
    expect(handout.whatHappened).toBe(scenario.brief.whatHappened);
    expect(handout.brief.some((b) => b.paragraphs.includes(scenario.brief.whatHappened!))).toBe(
      false,
    );
  });
});

describe('handout addresses', () => {
  it('should read the scenario and role from the query string, treating empty values as absent', () => {
    expect(readHandoutRequest('?scenario=sandbox&role=israel')).toEqual({
      scenario: 'sandbox',
      role: 'israel',
      teacher: false,
    });
    expect(readHandoutRequest('?scenario=&role=')).toEqual({
      scenario: null,
      role: null,
      teacher: false,
    });
    expect(readHandoutRequest('')).toEqual({ scenario: null, role: null, teacher: false });
    expect(readHandoutRequest('?scenario=sandbox&view=teacher').teacher).toBe(true);
    expect(readHandoutRequest('?scenario=sandbox&view=student').teacher).toBe(false);
  });

  it("should round-trip a handout link, and link to the app's fragment format", () => {
    const href = handoutHref('gaza-truce-2023-11', { role: 'israel' });
    expect(href).toBe('handout.html?scenario=gaza-truce-2023-11&role=israel');
    expect(readHandoutRequest(href.slice(href.indexOf('?')))).toEqual({
      scenario: 'gaza-truce-2023-11',
      role: 'israel',
      teacher: false,
    });
    expect(handoutHref('sandbox', { teacher: true })).toBe(
      'handout.html?scenario=sandbox&view=teacher',
    );
    expect(appHref('sandbox', 'us')).toBe('index.html#scenario=sandbox&role=us');
  });
});
