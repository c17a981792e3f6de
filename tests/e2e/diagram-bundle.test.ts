import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';

/** Strings only ELK's code contains (its Java package names survive compilation to JS). */
const ELK_MARKERS = ['org.eclipse.elk', 'elkjs', 'ElkLayered'];

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)],
  );
}

describe('the built site', () => {
  const outDir = inject('appOutDir');

  it('ships no part of the layout engine: no built file contains ELK code', () => {
    const built = files(outDir).filter((f) => /\.(js|mjs|html)$/.test(f));
    expect(built.length).toBeGreaterThan(0);
    for (const file of built) {
      const text = readFileSync(file, 'utf8');
      for (const marker of ELK_MARKERS)
        expect(text.includes(marker), `${file} contains ${marker}`).toBe(false);
    }
  });

  it('ships the coordinates as a JSON data block in the app page, for every party', () => {
    const html = readFileSync(join(outDir, 'index.html'), 'utf8');
    const block = /<script type="application\/json" id="diagram-layouts">([^<]*)<\/script>/.exec(
      html,
    );
    expect(block, 'the data block').not.toBeNull();
    const layouts = JSON.parse(block![1]!) as { parties: Record<string, { states: unknown[] }> };
    expect(Object.keys(layouts.parties).length).toBeGreaterThan(0);
    for (const party of Object.values(layouts.parties))
      expect(party.states.length).toBeGreaterThan(0);
  });
});
