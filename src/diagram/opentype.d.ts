/**
 * The part of opentype.js 2.0.0 (untyped) that textMeasure.ts uses. Its package points
 * Node at a CommonJS build, so it is imported by its default export.
 */
declare module 'opentype.js' {
  export interface Font {
    readonly unitsPerEm: number;
    charToGlyphIndex(char: string): number;
    getAdvanceWidth(text: string, fontSize: number, options?: { kerning?: boolean }): number;
  }
  const opentype: { parse(buffer: ArrayBuffer): Font };
  export default opentype;
}
