import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { conflictModel } from '../../machines/index.ts';
import { UserFacingError } from '../engine/errors.ts';
import { MAX_INPUT_BYTES } from '../engine/formats.ts';
import { buildLibrary, type Library } from '../scenario/library.ts';
import { formatProblem, type Problem } from '../engine/problems.ts';
import { parseScenario, type ValidScenario } from '../scenario/validate.ts';

/** The bundled scenarios folder, found from this file so the CLI works from any directory. */
export const SCENARIOS_DIR = fileURLToPath(new URL('../../scenarios/', import.meta.url));

/** Input that failed checks: every problem, one line each. */
export class ProblemsError extends UserFacingError {
  constructor(readonly problems: readonly Problem[]) {
    super(problems.map(formatProblem).join('\n'));
  }
}

/** A file's text, or one clear error (missing, a folder, too large, unreadable). */
export function readText(path: string, limit = MAX_INPUT_BYTES): string {
  if (!existsSync(path)) throw new UserFacingError(`${path}: no such file`);
  const stat = statSync(path);
  if (stat.isDirectory()) throw new UserFacingError(`${path}: is a folder, not a file`);
  if (stat.size > limit)
    throw new UserFacingError(
      `${path}: file too large (${(stat.size / 1024 / 1024).toFixed(1)} MB; at most ${limit / 1024 / 1024} MB)`,
    );
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new UserFacingError(
      `${path}: cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
    );
  }
}

/** Writes output to a file, or one clear error. */
export function writeText(path: string, text: string): void {
  try {
    writeFileSync(path, text);
  } catch (error) {
    throw new UserFacingError(
      `${path}: cannot be written (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
    );
  }
}

/** The scenario files bundled with Escalation Lab (every *.json but the schema). */
export function bundledFiles(): { name: string; path: string }[] {
  return readdirSync(SCENARIOS_DIR)
    .filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'))
    .sort()
    .map((f) => ({ name: join('scenarios', f), path: join(SCENARIOS_DIR, f) }));
}

/** The bundled library, checked. */
export function loadLibrary(): Library {
  return buildLibrary(
    conflictModel,
    bundledFiles().map((f) => ({ name: f.name, text: readText(f.path) })),
  );
}

/** Whether an argument names a file rather than a bundled scenario id. */
function looksLikePath(arg: string): boolean {
  return arg.endsWith('.json') || arg.includes('/') || arg.includes('\\') || existsSync(arg);
}

/** Checks one scenario file; its problems become one ProblemsError. */
function checkFile(name: string, path: string): ValidScenario {
  const check = parseScenario(conflictModel, name, readText(path));
  if (!check.ok) throw new ProblemsError(check.problems);
  return check.value;
}

/** A scenario from a file path or a bundled id (file name first, then the ids inside the files). */
export function resolveScenario(arg: string): ValidScenario {
  if (looksLikePath(arg)) return checkFile(arg, arg);
  const file = bundledFiles().find((f) => basename(f.path, '.json') === arg);
  if (file) return checkFile(file.name, file.path);
  const library = loadLibrary();
  const found = library.scenarios.find((s) => s.scenario.id === arg);
  if (found) return found;
  const ids = library.scenarios.map((s) => s.scenario.id).join(', ');
  throw new UserFacingError(
    `no scenario "${arg}" (bundled: ${ids}); give a file path to use your own`,
  );
}
