/**
 * The build step of issue 10: lays out every party machine with ELK (elkjs, in Node) and
 * serves the coordinates to the app as the virtual module `virtual:diagram-layouts`, a
 * plain JSON object. It runs wherever Vite runs: `npm run build`, `npm start` and the
 * tests (vitest uses this config), so the output is always generated, never committed.
 * elkjs stays in Node; the browser bundle gets only numbers (a test checks built assets).
 */
import type { Plugin, ResolvedConfig } from 'vite';
import { conflictModel } from '../../machines/index.ts';
import type { DiagramLayouts } from '../diagram/layoutTypes.ts';
import { layoutParties } from '../diagram/layoutParties.ts';

/** The id the app imports. */
export const DIAGRAM_LAYOUTS_ID = 'virtual:diagram-layouts';
const RESOLVED_ID = `\0${DIAGRAM_LAYOUTS_ID}`;

/** The layouts and how long ELK took, computed once per Vite process. */
export function computeLayouts(): { layouts: DiagramLayouts; ms: number } {
  const started = performance.now();
  const layouts = layoutParties(conflictModel);
  return { layouts, ms: performance.now() - started };
}

/** The Vite plugin: `import layouts from 'virtual:diagram-layouts'`. */
export function diagramLayoutPlugin(): Plugin {
  let config: ResolvedConfig | null = null;
  let source: string | null = null;
  return {
    name: 'escalation-lab:diagram-layouts',
    configResolved(resolved) {
      config = resolved;
    },
    // The machines were bundled into the config when Vite started; when one changes, a
    // restart lays them out again from the new source.
    configureServer(server) {
      server.watcher.on('change', (file) => {
        if (/[\\/]machines[\\/][^\\/]+\.ts$/.test(file)) void server.restart();
      });
    },
    resolveId(id) {
      return id === DIAGRAM_LAYOUTS_ID ? RESOLVED_ID : null;
    },
    load(id) {
      if (id !== RESOLVED_ID) return null;
      if (source === null) {
        const { layouts, ms } = computeLayouts();
        const parties = Object.keys(layouts.parties).length;
        config?.logger.info(`diagram layouts: ${parties} parties laid out by ELK in ${Math.round(ms)} ms`);
        source = `export default ${JSON.stringify(layouts)};\n`;
      }
      return source;
    },
  };
}
