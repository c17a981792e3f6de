import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { conflictModel } from '../../machines/index.ts';

const doc = readFileSync('docs/model.md', 'utf8');

describe('docs/model.md keeps up with the machines', () => {
  it('explains every guard, with the description the app quotes', () => {
    for (const [name, guard] of Object.entries(conflictModel.guards)) {
      expect(doc, name).toContain(`\`${name}\``);
      expect(doc, name).toContain(guard.description.replace(/\.$/, ''));
    }
  });

  it('names every party, every model source and says the model is a simplification', () => {
    for (const party of conflictModel.parties) expect(doc).toContain(`(\`${party.id}\`)`);
    for (const source of conflictModel.sources) expect(doc).toContain(`\`${source.id}\``);
    expect(doc).toMatch(/teaching simplification/);
  });
});
