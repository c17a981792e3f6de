import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

/** Every TypeScript file below a folder. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

const pureDirs = ['machines', 'src/engine', 'src/scenario'];
const files = pureDirs.flatMap(sourceFiles);

describe('machines, engine and scenario checks are framework-free and deterministic', () => {
  it('import no React, no DOM-only package and nothing from the app or the CLI', () => {
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) {
      const imports = [...readFileSync(file, 'utf8').matchAll(/from\s+['"]([^'"]+)['"]/g)].map((m) => m[1]!);
      for (const spec of imports) {
        expect(spec, `${file} imports ${spec}`).not.toMatch(/^(react|react-dom|@xstate\/react)(\/|$)|\/app\/|\/cli\/|^node:/);
      }
    }
  });

  it('read no clock, no randomness and no browser global', () => {
    for (const file of files) {
      const code = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      expect(code, file).not.toMatch(/Math\.random|Date\.now|new Date\(|performance\.now|\bwindow\.|\bdocument\.|localStorage/);
    }
  });

  it('run a whole scenario with React unavailable', async () => {
    vi.doMock('react', () => {
      throw new Error('the engine must not load React');
    });
    const { conflictModel } = await import('../../machines/index.ts');
    const { createSimulation, initialStep, applyEvent } = await import('../../src/engine/index.ts');
    const { january2024 } = await import('../helpers/world.ts');
    const sim = createSimulation(conflictModel, { postures: january2024, played: ['us', 'hezbollah'], seed: 1 });
    expect(applyEvent(sim, initialStep(sim), 'us.tableProposal').index).toBe(1);
    vi.doUnmock('react');
  });
});
