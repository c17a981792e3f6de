import { describe, expect, it } from 'vitest';
import { diagramFontFaces, diagramTextMeasure } from '../../src/server/diagramFont.ts';

describe('the diagram font files, read in Node', () => {
  it('gives both faces as whole WOFF2 files, each a small Latin subset', () => {
    const faces = diagramFontFaces();
    expect(faces.map((f) => f.weight)).toEqual([400, 700]);
    for (const f of faces) {
      const bytes = Buffer.from(f.woff2Base64, 'base64');
      expect(bytes.subarray(0, 4).toString('latin1')).toBe('wOF2');
      // The Latin subset of one weight only (about 17 kB), not every subset of the family.
      expect(bytes.length).toBeLessThan(20_000);
    }
  });

  it('measures with the bold face, read once per process', () => {
    expect(diagramTextMeasure()).toBe(diagramTextMeasure());
    expect(diagramTextMeasure()('Open war', 14)).toBeGreaterThan(40);
  });
});
