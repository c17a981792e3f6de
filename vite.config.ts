import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { configDefaults, defineConfig } from 'vitest/config';
import { cspPlugin } from './src/build/cspPlugin.ts';
import { sessionPlugin } from './src/build/sessionPlugin.ts';

const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));

/**
 * The app's pages. The printable handout (handout.html) is another engineer's page and
 * may not exist yet, so it joins the build only once the file is there.
 */
const pages: Record<string, string> = { main: here('./index.html') };
if (existsSync(here('./handout.html'))) pages.handout = here('./handout.html');

export default defineConfig({
  plugins: [react(), cspPlugin(), sessionPlugin()],
  // Relative asset paths: the built site works from any folder of any static host.
  base: './',
  server: { host: 'localhost' },
  preview: { host: 'localhost' },
  build: {
    outDir: 'dist',
    rollupOptions: {
      input: pages,
    },
  },
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    // Two projects: the unit tests (this block) and the browser tests (tests/e2e), which
    // build and serve the app once and run after the unit tests, one file at a time.
    projects: [
      { extends: true, test: { name: 'unit', exclude: [...configDefaults.exclude, 'tests/e2e/**'] } },
      './tests/e2e/vitest.config.ts',
    ],
  },
});
