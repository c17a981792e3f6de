/**
 * The scenarios bundled with the app, checked by the same library code as the CLI.
 * Vite inlines each file's text, so the built site needs no server and no network.
 */
// Before any schema runs: no eval under the site's Content-Security-Policy.
import { conflictModel } from '../../machines/index.ts';
import { buildLibrary, type Library } from '../scenario/library.ts';

const files = import.meta.glob(['../../scenarios/*.json', '!../../scenarios/scenario.schema.json'], {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

/** Every bundled scenario that validated, and the problems of any that did not. */
export const bundledLibrary: Library = buildLibrary(
  conflictModel,
  Object.entries(files)
    .filter(([path]) => !path.endsWith('scenario.schema.json'))
    .map(([path, text]) => ({ name: path.replace(/^(\.\.\/)+/, ''), text })),
);
