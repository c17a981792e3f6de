/**
 * The scenarios the handout can print: the same files the app bundles, checked by
 * the same library code, so a handout never shows a scenario the app would refuse.
 */
import { conflictModel } from '../../machines/index.ts';
import { buildLibrary, type Library } from '../scenario/library.ts';

// Vite inlines each file's text at build time; the generated JSON Schema is not a scenario.
const files = import.meta.glob(['../../scenarios/*.json', '!../../scenarios/scenario.schema.json'], {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

/** Every bundled scenario that validated, and the problems of any that did not. */
export const handoutLibrary: Library = buildLibrary(
  conflictModel,
  Object.entries(files)
    .filter(([path]) => !path.endsWith('scenario.schema.json'))
    .map(([path, text]) => ({ name: path.replace(/^(\.\.\/)+/, ''), text })),
);
