/**
 * Mermaid's own stateDiagram-v2 parser (the jison grammar inside the `mermaid` package),
 * run in Node. `mermaid.parse()` needs a DOM (its database sanitises text with DOMPurify),
 * so this loads the state-diagram chunk and runs its parser with a database whose methods
 * are mermaid's, except `setRootDoc`, which here only keeps the parsed document.
 */
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** A statement of mermaid's parsed state-diagram document. */
export interface MermaidStatement {
  readonly stmt: string;
  readonly id?: string;
  readonly type?: string;
  readonly description?: string;
  readonly doc?: readonly MermaidStatement[];
  readonly state1?: MermaidStatement;
  readonly state2?: MermaidStatement;
}

interface StateDiagram {
  readonly parser: { yy: unknown; parse(text: string): unknown };
  readonly db: object;
}

async function loadStateDiagram(): Promise<StateDiagram> {
  const require = createRequire(import.meta.url);
  const root = dirname(require.resolve('mermaid/package.json'));
  const dir = join(root, 'dist', 'chunks', 'mermaid.core');
  const file = readdirSync(dir).find((f) => /^stateDiagram-v2-.*\.mjs$/.test(f));
  if (!file) throw new Error(`mermaid's state-diagram chunk not found in ${dir}`);
  return ((await import(pathToFileURL(join(dir, file)).href)) as { diagram: StateDiagram }).diagram;
}

/** Parses stateDiagram-v2 text with mermaid's parser; throws mermaid's parse error on bad text. */
export async function parseStateDiagram(text: string): Promise<MermaidStatement[]> {
  const { parser, db } = await loadStateDiagram();
  let document: MermaidStatement[] = [];
  // jison copies only the database's own properties: bind every method onto a plain object.
  const yy: Record<string, unknown> = {};
  for (let o: object | null = db; o && o !== Object.prototype; o = Object.getPrototypeOf(o)) {
    for (const key of Object.getOwnPropertyNames(o)) {
      const value = (db as Record<string, unknown>)[key];
      if (typeof value === 'function' && !(key in yy)) yy[key] = (value as () => unknown).bind(db);
    }
  }
  yy.setRootDoc = (doc: MermaidStatement[]) => (document = doc);
  parser.yy = yy;
  parser.parse(text);
  return document;
}

/** Every statement of a document, depth first. */
export function allStatements(doc: readonly MermaidStatement[]): MermaidStatement[] {
  return doc.flatMap((s) => [s, ...allStatements(s.doc ?? [])]);
}
