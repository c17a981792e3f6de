/**
 * The machine → graph stage now lives in the analysis layer (src/diagram/graph.ts), shared
 * by the app, the build-time layout and the CLI; this re-export keeps old imports working.
 */
export * from '../../diagram/graph.ts';
