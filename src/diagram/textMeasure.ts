/**
 * Text widths from the diagram font's own glyphs (opentype.js reads the font file), so
 * ELK sizes every box and label for the letters actually drawn. Pure: the caller hands
 * over the font's bytes (the build step and the CLI read them from the installed package).
 */
import opentype from 'opentype.js';

/** The advance width, in px, of one line of text drawn in the bold face at `size` px. */
export type MeasureText = (text: string, size: number) => number;

/**
 * A measurer for the bold face (boxes are sized for bold, so an active state still fits).
 * A character the font has no glyph for would be drawn in another font, at another width:
 * the measurer refuses it, naming the text, rather than size a box wrongly.
 */
export function textMeasureOf(boldWoff: ArrayBuffer): MeasureText {
  const font = opentype.parse(boldWoff);
  return (text, size) => {
    for (const char of text)
      if (/\S/.test(char) && font.charToGlyphIndex(char) === 0)
        throw new Error(`The diagram font has no glyph for "${char}" in "${text}"`);
    return font.getAdvanceWidth(text, size, { kerning: true });
  };
}
