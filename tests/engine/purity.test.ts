import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

/** Every TypeScript file below a folder. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** Every layer below the faces (the analysis-level folders that exist yet included). */
const pureDirs = [
  'machines',
  'src/engine',
  'src/scenario',
  'src/analysis',
  'src/diagram',
  'src/debrief',
  'src/negotiation',
];
const files = pureDirs.filter((dir) => existsSync(dir)).flatMap(sourceFiles);

/** Every module a file imports: `from '…'`, a side-effect `import '…'` and `import('…')`. */
function importsOf(code: string): string[] {
  return [...code.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)['"]([^'"]+)['"]/g)].map((m) => m[1]!);
}

/** React, Node built-ins, and any face (app, CLI, handout, server, build). */
const FORBIDDEN =
  /^(react|react-dom|@xstate\/react)(\/|$)|\/(app|cli|handout|server|build)\/|^node:/;

describe('machines, engine, scenario and analysis are framework-free and deterministic', () => {
  it('finds side-effect and dynamic imports as well as named ones', () => {
    const code =
      "import '../app/setup.ts';\nimport { a } from './a.ts';\nconst b = import('react');";
    expect(importsOf(code)).toEqual(['../app/setup.ts', './a.ts', 'react']);
    expect(importsOf(code).filter((spec) => FORBIDDEN.test(spec))).toEqual([
      '../app/setup.ts',
      'react',
    ]);
  });

  it('import no React, no Node built-in and nothing from a face', () => {
    expect(files.length).toBeGreaterThan(30);
    expect(files.some((file) => file.startsWith(join('src', 'analysis')))).toBe(true);
    for (const file of files) {
      for (const spec of importsOf(readFileSync(file, 'utf8'))) {
        expect(spec, `${file} imports ${spec}`).not.toMatch(FORBIDDEN);
      }
    }
  });

  it('read no clock, no randomness and no browser global', () => {
    for (const file of files) {
      const code = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      expect(code, file).not.toMatch(
        /Math\.random|Date\.now|new Date\(|performance\.now|\bwindow\.|\bdocument\.|localStorage/,
      );
    }
  });

  it('run a whole scenario with React unavailable', async () => {
    vi.doMock('react', () => {
      throw new Error('the engine must not load React');
    });
    const { conflictModel } = await import('../../machines/index.ts');
    const { createSimulation, initialStep, applyEvent } = await import('../../src/engine/index.ts');
    const { january2024 } = await import('../helpers/world.ts');
    const sim = createSimulation(conflictModel, {
      postures: january2024,
      played: ['us', 'hezbollah'],
      seed: 1,
    });
    expect(applyEvent(sim, initialStep(sim), 'us.tableProposal').index).toBe(1);
    vi.doUnmock('react');
  });
});
