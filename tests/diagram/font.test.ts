import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import {
  DIAGRAM_FONT,
  DIAGRAM_FONT_FAMILY,
  DIAGRAM_FONT_NOTICE,
  diagramFontFile,
  fontFaceCss,
} from '../../src/diagram/font.ts';

const require = createRequire(import.meta.url);

describe('the diagram font', () => {
  it('is named first in the font-family every diagram uses', () => {
    expect(DIAGRAM_FONT.startsWith(`'${DIAGRAM_FONT_FAMILY}',`)).toBe(true);
  });

  it("carries the package's own copyright line and licence in its notice", () => {
    const licence = readFileSync(
      require.resolve('@fontsource/atkinson-hyperlegible/LICENSE'),
      'utf8',
    );
    expect(licence).toContain('SIL Open Font License, Version 1.1');
    const copyright = /Copyright 2020 Braille Institute of America, Inc\./.exec(licence)?.[0];
    expect(copyright).toBeDefined();
    expect(DIAGRAM_FONT_NOTICE).toContain(copyright!);
    expect(DIAGRAM_FONT_NOTICE).toContain('SIL Open Font License, Version 1.1');
    // The notice goes into an XML comment, where "--" is not allowed.
    expect(DIAGRAM_FONT_NOTICE).not.toContain('--');
  });

  it('names files that exist in the installed package, Latin only', () => {
    for (const weight of [400, 700] as const)
      for (const format of ['woff2', 'woff'] as const) {
        const path = diagramFontFile(weight, format);
        expect(path).toMatch(/-latin-\d00-normal\.woff2?$/);
        expect(() => require.resolve(path)).not.toThrow();
      }
  });

  it('writes one @font-face per face, in the diagram family, as a WOFF2 data URL', () => {
    const css = fontFaceCss([
      { weight: 400, woff2Base64: 'AAAA' },
      { weight: 700, woff2Base64: 'BBBB' },
    ]);
    expect(css.split('\n')).toEqual([
      `@font-face{font-family:'${DIAGRAM_FONT_FAMILY}';font-style:normal;font-weight:400;src:url(data:font/woff2;base64,AAAA) format('woff2')}`,
      `@font-face{font-family:'${DIAGRAM_FONT_FAMILY}';font-style:normal;font-weight:700;src:url(data:font/woff2;base64,BBBB) format('woff2')}`,
    ]);
  });
});
