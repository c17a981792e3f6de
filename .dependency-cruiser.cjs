/**
 * The architecture on one page, checked by `npm run lint` (dependency-cruiser).
 *
 * Layers, lowest first. Each may import only from the layers below it:
 *
 *   machines/                    the party statecharts and the model's vocabulary
 *   src/engine/                  steps, availability, history, logs, replay (pure)
 *   src/scenario/                the scenario format, its checks, the bundled library
 *   src/analysis/ src/diagram/   analysis level: odds, paths, diagrams, debrief,
 *   src/debrief/ src/negotiation/  negotiation, the class-session protocol (pure: no DOM,
 *   src/classroom/               no clock, no randomness)
 *   src/server/                  the class-session server (Node): used by the Node faces
 *   src/app/ src/cli/ src/handout/ src/build/
 *                                faces: each talks to people or tools; faces never
 *                                import each other (they share code through a lower layer)
 *
 *   src/theme/                   the CSS tokens the app and the handout share (no code)
 *
 * tests/ may import anything except bench/; bench/ may use tests/ helpers.
 * docs/architecture.md says where each kind of change goes.
 */
const PURE = '^(machines|src/(engine|scenario|analysis|diagram|debrief|negotiation|classroom))/';
const ANALYSIS = '^src/(analysis|diagram|debrief|negotiation|classroom)/';
const FACES = '^src/(app|cli|handout|server|build)/';

module.exports = {
  forbidden: [
    {
      name: 'machines-are-the-base',
      comment: 'The model imports nothing from src/: every layer reads it, it reads none.',
      severity: 'error',
      from: { path: '^machines/' },
      to: { path: '^(src|tests|bench)/' },
    },
    {
      name: 'engine-below-scenario',
      comment: 'The engine knows machines only; scenario files, analysis and faces build on it.',
      severity: 'error',
      from: { path: '^src/engine/' },
      to: {
        path: `^src/(scenario|analysis|diagram|debrief|negotiation|classroom|app|cli|handout|server|build)/`,
      },
    },
    {
      name: 'theme-is-style-only',
      comment: 'The shared look is CSS; only the faces use it.',
      severity: 'error',
      from: { path: PURE },
      to: { path: '^src/theme/' },
    },
    {
      name: 'scenario-below-analysis',
      comment: 'Scenario checks use the engine; analysis and faces use scenarios.',
      severity: 'error',
      from: { path: '^src/scenario/' },
      to: { path: `${ANALYSIS}|${FACES}` },
    },
    {
      name: 'analysis-below-faces',
      comment: 'Analysis is computed the same way for the app, the CLI and the class session.',
      severity: 'error',
      from: { path: ANALYSIS },
      to: { path: FACES },
    },
    {
      name: 'faces-apart',
      comment: 'A face never imports another face: shared code moves down a layer.',
      severity: 'error',
      from: { path: '^src/(app|cli|handout|server|build)/' },
      to: { path: FACES, pathNot: '^src/($1|server)/' },
    },
    {
      name: 'server-for-node-faces',
      comment:
        'The session server runs in Node: the CLI (serve) and the dev-server plugin start it; ' +
        'the pages talk to it over its socket, never by import, and it imports no face.',
      severity: 'error',
      from: { path: '^src/(app|handout)/' },
      to: { path: '^src/server/' },
    },
    {
      name: 'server-imports-no-face',
      comment: 'The session server is below the faces that start it.',
      severity: 'error',
      from: { path: '^src/server/' },
      to: { path: '^src/(app|cli|handout|build)/' },
    },
    {
      name: 'no-framework-below-faces',
      comment: 'Machines, engine, scenario and analysis run without React, a DOM or a bundler.',
      severity: 'error',
      from: { path: PURE },
      to: { path: '(^|/)node_modules/(react|react-dom|@xstate/react|vite|playwright-core)/' },
    },
    {
      name: 'no-node-below-faces',
      comment: 'Pure layers run in a browser and a worker too: no Node built-ins there.',
      severity: 'error',
      from: { path: PURE },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'source-never-imports-tests',
      comment: 'Shipped code stands alone; tests and bench scripts import it, not the other way.',
      severity: 'error',
      from: { path: '^(machines|src)/' },
      to: { path: '^tests/' },
    },
    {
      name: 'only-bench-imports-bench',
      comment:
        'Bench scripts measure; tests assert. A test that needs a helper finds it in tests/helpers.',
      severity: 'error',
      from: { pathNot: '^bench/' },
      to: { path: '^bench/' },
    },
    {
      name: 'no-cycles',
      comment:
        'A cycle makes two modules one: split the shared part out, down a layer. ' +
        'A cycle closed only by a type import or a lazy import() loads no module twice, so it is allowed.',
      severity: 'error',
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only', 'dynamic-import'] } },
    },
    {
      name: 'resolvable',
      comment: 'Every import names a file or a package that exists.',
      severity: 'error',
      from: {},
      // Virtual modules (virtual:…) are made by a Vite plugin at build time.
      to: { couldNotResolve: true, pathNot: '^virtual:' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(dist|node_modules)/' },
    // Type-only imports count: a type from a higher layer couples the code just the same.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      extensions: ['.ts', '.tsx', '.js', '.json'],
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'types', 'default'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
  },
};
