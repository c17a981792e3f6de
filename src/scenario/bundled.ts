/**
 * The scenarios bundled with the app and the handout, checked by the same library code
 * as the CLI, so a handout never shows a scenario the app would refuse.
 * Vite inlines each file's text, so the built site needs no server and no network.
 */
import { conflictModel } from '../../machines/index.ts';
import { buildLibrary, type Library } from './library.ts';

// The generated JSON Schema sits beside the scenarios but is not one.
const files = import.meta.glob(
  ['../../scenarios/*.json', '!../../scenarios/scenario.schema.json'],
  {
    query: '?raw',
    import: 'default',
    eager: true,
  },
) as Record<string, string>;

/** Every bundled scenario that validated, and the problems of any that did not. */
export const bundledLibrary: Library = buildLibrary(
  conflictModel,
  Object.entries(files).map(([path, text]) => ({ name: path.replace(/^(\.\.\/)+/, ''), text })),
);
