import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { configDefaults, defineConfig } from 'vitest/config';
import { cspPlugin } from './src/build/cspPlugin.ts';
import { diagramLayoutPlugin } from './src/build/diagramLayoutPlugin.ts';
import { sessionPlugin } from './src/build/sessionPlugin.ts';

const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));

/** The site's pages: the app and the printable handout. */
const pages: Record<string, string> = {
  main: here('./index.html'),
  handout: here('./handout.html'),
};

export default defineConfig({
  plugins: [react(), cspPlugin(), diagramLayoutPlugin(), sessionPlugin()],
  // Relative asset paths: the built site works from any folder of any static host.
  base: './',
  server: { host: 'localhost' },
  preview: { host: 'localhost' },
  build: {
    outDir: 'dist',
    rollupOptions: {
      input: pages,
      // The engine's modules only define things. Saying so lets the bundler leave out a
      // module the page never uses even though the engine's index re-exports it (log
      // reading and replay load only when a log is imported).
      treeshake: {
        moduleSideEffects: (id: string) => !/[\\/]src[\\/]engine[\\/][^\\/]+\.ts$/.test(id),
      },
    },
  },
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    // Two projects: the unit tests (this block) and the browser tests (tests/e2e), which
    // build and serve the app once and run after the unit tests, one file at a time.
    projects: [
      {
        extends: true,
        test: { name: 'unit', exclude: [...configDefaults.exclude, 'tests/e2e/**'] },
      },
      './tests/e2e/vitest.config.ts',
    ],
  },
});
