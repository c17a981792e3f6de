/**
 * The kit's printed parts agree with their documents and with the model: the
 * worksheet in docs/ has the handout's columns and questions, the guide's rubric is the
 * handout's, the care protocol and glossary are the same text, and the answer key and
 * postures come from the engine and the machines.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { conflictModel } from '../../machines/index.ts';
import { indexModel } from '../../src/engine/index.ts';
import { CARE_PROTOCOL, PARTY_NOTES } from '../../src/handout/care.ts';
import { GLOSSARY } from '../../src/handout/glossary.ts';
import { buildHandout } from '../../src/handout/handoutModel.ts';
import { borderMapSvg } from '../../src/handout/mapSvg.ts';
import { RUBRIC } from '../../src/scenario/rubric.ts';
import { REFLECTION, WORKSHEET_COLUMNS } from '../../src/handout/worksheet.ts';
import { idFromFileName, loadScenario, scenarioFiles } from '../helpers/scenarioFiles.ts';

const ids = scenarioFiles().map((f) => idFromFileName(f.name));
const worksheetDoc = readFileSync('docs/worksheet.md', 'utf8');
const guide = readFileSync('docs/teacher-guide.md', 'utf8');
const careDoc = readFileSync('docs/care.md', 'utf8');
const glossaryDoc = readFileSync('docs/glossary.md', 'utf8');

/** The cells of the first Markdown table row that starts with `| Step |`. */
function docColumns(doc: string): string[] {
  const line = doc.split('\n').find((l) => l.startsWith('| Step |'));
  if (!line) throw new Error('no predictions table');
  return line
    .split('|')
    .slice(1, -1)
    .map((c) => c.trim());
}

describe('one worksheet, in the handout and in docs/worksheet.md', () => {
  it('should have the same columns in the same order', () => {
    const handout = buildHandout(loadScenario('baseline-2024-01').scenario, conflictModel);
    expect(handout.columns).toEqual(WORKSHEET_COLUMNS);
    expect(docColumns(worksheetDoc)).toEqual([...WORKSHEET_COLUMNS]);
  });

  it('should end with the same reflection questions, in order', () => {
    const section = worksheetDoc.slice(worksheetDoc.indexOf('## 5. Reflection'));
    const asked = section
      .split('\n')
      .filter((l) => /^\d+\. /.test(l))
      .map((l) => l.replace(/^\d+\. /, ''));
    expect(asked).toEqual(REFLECTION.map((q) => q.text));
  });

  it.each(ids)('%s: should ask the same scenario questions as the handout, in order', (id) => {
    const handout = buildHandout(loadScenario(id).scenario, conflictModel);
    const start = worksheetDoc.indexOf(`### ${id}\n`);
    expect(start).toBeGreaterThan(0);
    const end = worksheetDoc.indexOf('\n#', start + 4);
    const asked = worksheetDoc
      .slice(start, end)
      .split('\n')
      .filter((l) => /^\d+\. /.test(l))
      .map((l) => l.replace(/^\d+\. /, ''));
    expect(asked).toEqual(handout.kit!.questions.map((q) => q.text));
  });
});

describe('the rubric, the care protocol and the glossary in the docs', () => {
  it('should print every rubric row of the handout in the teacher guide, with its id', () => {
    const section = guide.slice(guide.indexOf('## Assessment rubric'));
    for (const row of RUBRIC) {
      expect(section).toContain(`| **${row.criterion}** (\`${row.id}\`) |`);
      for (const level of row.levels) expect(section).toContain(level);
    }
  });

  it('should carry every point of the care protocol and every party note in docs/care.md', () => {
    for (const part of CARE_PROTOCOL)
      for (const point of part.points) expect(careDoc).toContain(point);
    for (const note of PARTY_NOTES) expect(careDoc).toContain(note.note);
  });

  it('should carry every glossary entry in docs/glossary.md, each with a source', () => {
    for (const entry of GLOSSARY) {
      expect(glossaryDoc).toContain(`**${entry.term}.** ${entry.text} (${entry.source})`);
      expect(entry.source).toMatch(/\d{4}/);
    }
    for (const term of [
      'Blue Line',
      'Litani River',
      'Shebaa Farms',
      'Ghajar',
      'Resolution 1701',
      'Amos Hochstein',
      'Nabih Berri',
    ]) {
      expect(GLOSSARY.map((g) => g.term)).toContain(term);
    }
  });

  it('should keep docs/map.svg the same drawing the handout prints, labelled schematic', () => {
    expect(readFileSync('docs/map.svg', 'utf8')).toBe(borderMapSvg());
    for (const label of [
      'Blue Line',
      'Litani River',
      'Shebaa Farms',
      'Ghajar',
      'SCHEMATIC, NOT TO SCALE',
    ])
      expect(borderMapSvg()).toContain(label);
  });

  it('should link the debrief view’s document from the four-phase debrief', () => {
    const section = guide.slice(
      guide.indexOf('## Debrief in four phases'),
      guide.indexOf('## Debrief with the transition log'),
    );
    expect(section).toContain('(debrief.md)');
    for (const phase of [
      'Feelings and de-roling',
      'What happened',
      'Why',
      'What next time, and transfer',
    ])
      expect(section).toContain(phase);
  });
});

describe('the kit on a handout', () => {
  it('should list, on each role sheet, the postures read from the party’s machine', () => {
    const index = indexModel(conflictModel);
    const handout = buildHandout(loadScenario('baseline-2024-01').scenario, conflictModel);
    for (const sheet of handout.kit!.roleSheets) {
      const regions = index.regions(sheet.party) ?? [null];
      expect(sheet.postures.map((g) => g.region)).toEqual(regions);
      for (const group of sheet.postures)
        expect(group.postures.map((p) => p.state)).toEqual(index.states(sheet.party, group.region));
      expect(sheet.jobs.map((j) => j.job)).toEqual([
        'Lead',
        'Negotiator',
        'Source-checker',
        'Recorder',
      ]);
    }
  });

  it('should keep answers for the teacher’s copy and give one team only its own sheet', () => {
    const scenario = loadScenario('baseline-2024-01').scenario;
    const student = buildHandout(scenario, conflictModel, { role: 'lebanon' });
    expect(student.kit!.roleSheets.map((r) => r.party)).toEqual(['lebanon']);
    expect(student.kit!.stepAnswers).toBeNull();
    expect(student.kit!.questions.every((q) => q.answer === null && q.path === null)).toBe(true);
    const teacher = buildHandout(scenario, conflictModel, { teacher: true });
    expect(teacher.kit!.stepAnswers).toHaveLength(scenario.script.length);
    expect(teacher.kit!.questions.every((q) => q.answer !== null)).toBe(true);
  });

  it('should answer the step questions with what the engine does at each step', () => {
    const teacher = buildHandout(loadScenario('gaza-truce-2023-11').scenario, conflictModel, {
      teacher: true,
    });
    const [truce, collapse] = teacher.kit!.stepAnswers!;
    expect(
      truce!.moves.some(
        (m) => m.startsWith('Hezbollah · military') && m.includes('[reaction, gazaLinkageHolds]'),
      ),
    ).toBe(true);
    expect(collapse!.moves.some((m) => m.startsWith('Hezbollah · military'))).toBe(true);
    expect(truce!.enabledBefore).toContain('Gaza truce begins (world)');
  });

  it('should give the path explore computes for a shortest-path task, from the start or the end', () => {
    const sandbox = buildHandout(loadScenario('sandbox').scenario, conflictModel, {
      teacher: true,
    });
    const toDeal = sandbox.kit!.questions.find((q) => q.id === 'path-to-deal')!;
    expect(toDeal.path!.length).toBeGreaterThan(2);
    expect(toDeal.path!.at(-1)).toMatch(/decided by Lebanese state$/);
    const spiral = buildHandout(loadScenario('escalation-spiral').scenario, conflictModel, {
      teacher: true,
    });
    const fromEnd = spiral.kit!.questions.find((q) => q.id === 'path-to-ceasefire')!;
    expect(fromEnd.path!.length).toBeGreaterThan(0);
    expect(fromEnd.path![0]).not.toMatch(/^Already/);
  });

  it('should print a content note before a casualty-reporting step on the student copy too', () => {
    const scenario = loadScenario('escalation-spiral').scenario;
    const student = buildHandout(scenario, conflictModel);
    const noted = student.steps.filter((s) => s.contentNote).map((s) => s.number);
    expect(noted).toEqual(scenario.script.flatMap((s, i) => (s.contentNote ? [i + 1] : [])));
    expect(noted.length).toBeGreaterThan(0);
  });

  it('should cite each role-sheet statement with its source’s publisher and date', () => {
    const handout = buildHandout(loadScenario('baseline-2024-01').scenario, conflictModel);
    const listed = new Set(handout.sources.map((s) => s.id));
    for (const sheet of handout.kit!.roleSheets) {
      for (const st of sheet.statements) {
        expect(st.citation).toMatch(/\d{4}-\d{2}/);
        expect(listed, `${st.source} in the source list`).toContain(st.source);
      }
    }
  });
});
