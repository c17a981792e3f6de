import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
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

  it('ships the diagram font as two Latin WOFF2 files, fetched by CSS, not in any script', () => {
    const built = files(outDir);
    const fonts = built.filter((f) => /\.(woff2?|ttf|otf|eot)$/.test(f)).map((f) => basename(f));
    expect(fonts.map((f) => f.replace(/-[\w-]{8}\.woff2$/, '.woff2')).sort()).toEqual([
      'atkinson-hyperlegible-latin-400-normal.woff2',
      'atkinson-hyperlegible-latin-700-normal.woff2',
    ]);
    // The stylesheet names them; no script inlines font bytes or the font parser (build only).
    const css = built.filter((f) => f.endsWith('.css')).map((f) => readFileSync(f, 'utf8'));
    for (const font of fonts)
      expect(
        css.some((c) => c.includes(font)),
        font,
      ).toBe(true);
    for (const file of built.filter((f) => /\.(js|html)$/.test(f))) {
      const text = readFileSync(file, 'utf8');
      expect(text.includes('charToGlyphIndex'), `${file} has the font parser`).toBe(false);
      expect(
        /data:font\/woff2;base64,[A-Za-z0-9+/]{100}/.test(text),
        `${file} inlines a font`,
      ).toBe(false);
    }
    // The page preloads no script that names the fonts: the exporter fetches them on use.
    const html = readFileSync(join(outDir, 'index.html'), 'utf8');
    const preloaded = [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.js)"/g)].map((m) =>
      readFileSync(join(outDir, m[1]!), 'utf8'),
    );
    expect(preloaded.length).toBeGreaterThan(0);
    for (const script of preloaded)
      for (const font of fonts) expect(script.includes(font)).toBe(false);
  });
});
