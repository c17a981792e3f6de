/**
 * The build step of issue 10: lays out every party machine with ELK (elkjs, in Node) and
 * hands the coordinates to the app as plain JSON. It runs wherever Vite runs: `npm run
 * build`, `npm start` and the tests (vitest uses this config), so the output is always
 * generated, never committed. elkjs stays in Node; the browser gets numbers only.
 *
 * How the numbers travel: the app imports `virtual:diagram-layouts`. In the browser that
 * module is a few lines that read a JSON data block (`<script type="application/json">`)
 * this plugin writes into index.html, so the coordinates cost no JavaScript and load with
 * the page, synchronously (a data block is never executed, so the CSP does not apply).
 * Where there is no page (vitest's Node side, server rendering) the module inlines them.
 */
import type { Plugin, ResolvedConfig } from 'vite';
import { conflictModel } from '../../machines/index.ts';
import type { DiagramLayouts } from '../diagram/layoutTypes.ts';
import { layoutParties } from '../diagram/layoutParties.ts';
import { diagramTextMeasure } from '../server/diagramFont.ts';

/** The id the app imports. */
export const DIAGRAM_LAYOUTS_ID = 'virtual:diagram-layouts';
/** The id of the data block in index.html. */
export const DIAGRAM_LAYOUTS_ELEMENT = 'diagram-layouts';
const RESOLVED_ID = `\0${DIAGRAM_LAYOUTS_ID}`;

/** The layouts (boxes sized with the diagram font's glyphs) and how long it took. */
export function computeLayouts(): { layouts: DiagramLayouts; ms: number } {
  const started = performance.now();
  const layouts = layoutParties(conflictModel, diagramTextMeasure());
  return { layouts, ms: performance.now() - started };
}

/** JSON that is safe inside a `<script>` element (no `</script>`, no `<!--`). */
export function jsonForHtml(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/**
 * The browser's module: read the data block once, then take it out of the page, so the
 * live DOM holds no inline `<script>` element at all (the security tests look for any).
 */
const BROWSER_MODULE = `
const element = document.getElementById(${JSON.stringify(DIAGRAM_LAYOUTS_ELEMENT)});
if (!element) throw new Error('This page has no diagram layouts: build it with the project config');
const layouts = JSON.parse(element.textContent);
element.remove();
export default layouts;
`;

/** The Vite plugin: `import layouts from 'virtual:diagram-layouts'`. */
export function diagramLayoutPlugin(): Plugin {
  let config: ResolvedConfig | null = null;
  let json: string | null = null;
  const layoutJson = () => {
    if (json === null) {
      const { layouts, ms } = computeLayouts();
      const parties = Object.keys(layouts.parties).length;
      config?.logger.info(
        `diagram layouts: ${parties} parties laid out by ELK in ${Math.round(ms)} ms`,
      );
      json = jsonForHtml(layouts);
    }
    return json;
  };
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
    load(id, options) {
      if (id !== RESOLVED_ID) return null;
      return options?.ssr ? `export default ${layoutJson()};\n` : BROWSER_MODULE;
    },
    transformIndexHtml: {
      order: 'pre',
      handler(html, context) {
        // Only the app's page draws diagrams; the handout does not need the numbers.
        if (!/(^|[\\/])index\.html$/.test(context.filename)) return html;
        return {
          html,
          tags: [
            {
              tag: 'script',
              attrs: { type: 'application/json', id: DIAGRAM_LAYOUTS_ELEMENT },
              children: layoutJson(),
              injectTo: 'head',
            },
          ],
        };
      },
    },
  };
}
