import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS } from '../../src/engine/index.ts';
import { idFromFileName, loadScenario, scenarioFiles } from '../helpers/scenarioFiles.ts';

const ids = scenarioFiles().map((f) => idFromFileName(f.name));
const scenariosDoc = readFileSync('docs/scenarios.md', 'utf8');
const teacherGuide = readFileSync('docs/teacher-guide.md', 'utf8');
const worksheet = readFileSync('docs/worksheet.md', 'utf8');

/** The row of the overview table in docs/scenarios.md for a scenario. */
function tableRow(id: string): string[] {
  const line = scenariosDoc.split('\n').find((l) => l.startsWith(`| [\`${id}\`]`));
  if (!line) throw new Error(`docs/scenarios.md has no table row for ${id}`);
  return line.split('|').map((cell) => cell.trim());
}

describe('docs/scenarios.md', () => {
  it.each(ids)('should have a section for %s', (id) => {
    expect(scenariosDoc).toContain(`\n## ${id}\n`);
  });

  it.each(ids)('should give %s the level, length and step count of its file', (id) => {
    const { scenario } = loadScenario(id);
    const [, , level, length, steps] = tableRow(id);
    expect(level).toBe(scenario.level);
    expect(length).toMatch(new RegExp(`^${scenario.minutes} min`));
    expect(Number(steps)).toBe(scenario.script.length);
  });
});

describe('the classroom kit', () => {
  it('should document every column of the exported CSV log in the teacher guide', () => {
    for (const column of CSV_COLUMNS)
      expect(teacherGuide, column).toMatch(new RegExp(`\`${column}\``));
  });

  it('should give a 45-minute plan, a 90-minute variant and an assessment rubric', () => {
    expect(teacherGuide).toContain('## A 45-minute lesson');
    expect(teacherGuide).toContain('## A 90-minute variant');
    expect(teacherGuide).toMatch(/## Assessment rubric\n[\s\S]*\| Criterion \|/);
  });

  it('should explain the role view link the app understands', () => {
    expect(teacherGuide).toContain('#scenario=<id>&role=<party>');
  });

  it.each(ids)('should give students questions for %s on the worksheet', (id) => {
    expect(worksheet).toContain(`### ${id}`);
  });

  it('should say, in each document, that the model is a teaching simplification', () => {
    for (const doc of [scenariosDoc, teacherGuide, worksheet])
      expect(doc).toMatch(/teaching simplification/);
  });
});
