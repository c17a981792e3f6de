import { defineProject } from 'vitest/config';

/**
 * The browser-test project, referenced from `vite.config.ts` `test.projects`.
 * One Chromium per file and a fresh context per test; files run one at a time (two
 * cores, and each file already runs a browser), after the unit tests (groupOrder 1),
 * so a slow browser never starves the unit tests or the other way round.
 */
export default defineProject({
  test: {
    name: 'e2e',
    // Paths are relative to this folder, the project's root.
    include: ['**/*.test.ts'],
    environment: 'node',
    globalSetup: ['./globalSetup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // A screen may take a few frames to settle after a click on a loaded machine.
    expect: { poll: { timeout: 5_000, interval: 50 } },
    fileParallelism: false,
    sequence: { groupOrder: 1 },
  },
});
