import { describe, expect, it } from 'vitest';
import { conflictModel } from '../../machines/index.ts';
import { applyEvents } from '../../src/engine/index.ts';
import { buildLibrary } from '../../src/scenario/library.ts';
import { parseScenario, type ValidScenario } from '../../src/scenario/validate.ts';
import { idFromFileName, scenarioFiles } from '../helpers/scenarioFiles.ts';
import { scenarioStart } from '../helpers/world.ts';

/** The scenarios the docs and the teacher's guide describe; the library may hold more, never fewer. */
const REQUIRED_IDS = [
  'baseline-2024-01',
  'gaza-truce-2023-11',
  'border-deal-pathway',
  'escalation-spiral',
  'historical-2023-2024',
  'sandbox',
];

const files = scenarioFiles();
const valid: ValidScenario[] = files.map((file) => {
  const check = parseScenario(conflictModel, file.name, file.text);
  if (!check.ok)
    throw new Error(
      `${file.name} does not validate:\n${check.problems.map((p) => `${p.pointer}: ${p.message}`).join('\n')}`,
    );
  return check.value;
});

describe('the scenario library', () => {
  it('should hold every scenario the classroom kit needs', () => {
    expect(files.map((f) => idFromFileName(f.name))).toEqual(expect.arrayContaining(REQUIRED_IDS));
  });

  it.each(files.map((f) => [f.name, f] as const))(
    '%s should validate with no problem',
    (_name, file) => {
      const check = parseScenario(conflictModel, file.name, file.text);
      expect(check.ok ? [] : check.problems).toEqual([]);
    },
  );

  it('should give each scenario an id equal to its file name, so ids are unique', () => {
    for (const v of valid) expect(v.scenario.id, v.file).toBe(idFromFileName(v.file));
    const ids = valid.map((v) => v.scenario.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('should load every file into the library the app and the CLI use', () => {
    const library = buildLibrary(conflictModel, files);
    expect(library.problems).toEqual([]);
    expect(library.scenarios.map((s) => s.scenario.id).sort()).toEqual(
      valid.map((v) => v.scenario.id).sort(),
    );
  });
});

describe.each(valid.map((v) => [v.scenario.id, v] as const))('scenario %s', (_id, v) => {
  const { scenario } = v;

  it('should reach its expected outcome, ladder and postures when the engine plays its script', () => {
    const { sim, start } = scenarioStart(v);
    const steps = applyEvents(
      sim,
      start,
      scenario.script.map((s) => s.event),
    );
    const end = steps[steps.length - 1]!;
    expect(end.outcome).toBe(scenario.expect.outcome);
    if (scenario.expect.ladder !== undefined) expect(end.ladder).toBe(scenario.expect.ladder);
    for (const [party, posture] of Object.entries(scenario.expect.postures ?? {})) {
      if (typeof posture === 'string') expect(end.postures[party], party).toBe(posture);
      else expect(end.postures[party], party).toMatchObject(posture);
    }
  });

  it('should say in its brief that the model is a teaching simplification', () => {
    expect(scenario.brief.whatIsIt).toMatch(/simplification/i);
  });

  it('should give one role to each played party, and none to a party nobody plays', () => {
    expect(scenario.roles.map((r) => r.party).sort()).toEqual([...scenario.played].sort());
  });

  it('should attribute what each role wants to the party or its officials', () => {
    for (const role of scenario.roles)
      expect(role.wants, role.party).toMatch(/^As [A-Z][^,]* (stated|have stated|said)/);
  });

  it('should label every step, and give every historical step a date and a dated source that resolves', () => {
    const dated = new Map(
      [...conflictModel.sources, ...scenario.sources].map((s) => [s.id, s.date]),
    );
    for (const [i, step] of scenario.script.entries()) {
      expect(['historical', 'hypothetical'], `step ${i + 1}`).toContain(step.kind);
      for (const id of step.sources ?? [])
        expect(dated.has(id), `step ${i + 1} cites ${id}`).toBe(true);
      if (step.kind !== 'historical') continue;
      expect(step.date, `step ${i + 1} date`).toMatch(/^\d{4}-\d{2}(-\d{2})?$/);
      expect(step.sources?.length, `step ${i + 1} sources`).toBeGreaterThan(0);
      for (const id of step.sources!) expect(dated.get(id), `source ${id}`).toMatch(/^\d{4}-\d{2}/);
    }
  });

  it('should give every scenario source a dated, web-addressed origin', () => {
    for (const source of scenario.sources) {
      expect(source.date, source.id).toMatch(/^\d{4}-\d{2}/);
      expect(source.url, source.id).toMatch(/^https?:\/\//);
    }
  });

  it('should keep historical steps in date order', () => {
    const dates = scenario.script.filter((s) => s.kind === 'historical').map((s) => s.date!);
    expect(dates).toEqual([...dates].sort());
  });

  it('should ask a question at every step, so each step is a discussion point', () => {
    for (const [i, step] of scenario.script.entries())
      expect(step.question, `step ${i + 1}`).toBeTruthy();
  });
});
