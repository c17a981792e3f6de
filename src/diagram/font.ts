/**
 * The one font of every diagram, in the app and in exported files: Atkinson Hyperlegible
 * (Braille Institute of America, SIL Open Font License 1.1), made for readers with low
 * vision, so letters that are easily confused (I l 1, O 0) stay distinct on a projector.
 * Boxes are sized from this font's own glyph widths (textMeasure.ts), the app loads it
 * from its CSS, and an exported SVG carries it inside, so a slide looks the same anywhere.
 * Only the Latin subset in two weights is used: 400 for text, 700 for what is marked.
 */

/** The family name text is drawn in. */
export const DIAGRAM_FONT_FAMILY = 'Atkinson Hyperlegible';

/** The `font-family` of every diagram: the embedded family, then a generic one if it fails. */
export const DIAGRAM_FONT = `'${DIAGRAM_FONT_FAMILY}', sans-serif`;

/** The two weights drawn: regular text, and bold for the active state and the arrow taken. */
export type DiagramFontWeight = 400 | 700;
export const DIAGRAM_FONT_WEIGHTS: readonly DiagramFontWeight[] = [400, 700];

/**
 * A face's file in the @fontsource/atkinson-hyperlegible package (5.3.0), as a package
 * path for Node's resolver: woff2 to load and embed; woff (the same glyphs, zlib
 * compressed) to measure, because the font parser reads WOFF but not WOFF2.
 */
export function diagramFontFile(weight: DiagramFontWeight, format: 'woff2' | 'woff'): string {
  return `@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-latin-${weight}-normal.${format}`;
}

/** The licence notice the OFL requires to travel with the font (written into each SVG). */
export const DIAGRAM_FONT_NOTICE = [
  'Font: Atkinson Hyperlegible (Latin subset, regular and bold), embedded below.',
  'Copyright 2020 Braille Institute of America, Inc.',
  'This Font Software is licensed under the SIL Open Font License, Version 1.1,',
  'available with a FAQ at https://openfontlicense.org. The font may be used, embedded',
  'and redistributed freely, but not sold by itself.',
].join('\n');

/** One face of the font, ready to embed: its weight and its WOFF2 bytes in base64. */
export interface EmbeddedFontFace {
  readonly weight: DiagramFontWeight;
  readonly woff2Base64: string;
}

/** The `@font-face` rules that carry the font inside a file, one per weight. */
export function fontFaceCss(faces: readonly EmbeddedFontFace[]): string {
  return faces
    .map(
      (f) =>
        `@font-face{font-family:'${DIAGRAM_FONT_FAMILY}';font-style:normal;` +
        `font-weight:${f.weight};src:url(data:font/woff2;base64,${f.woff2Base64}) format('woff2')}`,
    )
    .join('\n');
}
