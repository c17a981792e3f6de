/**
 * Negotiation with content: proposals as terms, and the parties' stated conditions
 * judged term by term. Pure and framework-free (analysis level): it reads the world
 * the engine produced and never decides an event itself.
 */
export * from './assess.ts';
export * from './describe.ts';
export * from './draft.ts';
export * from './tabling.ts';
