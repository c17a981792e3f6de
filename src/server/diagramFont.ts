/**
 * The diagram font's files, read from the installed @fontsource package (Node only). The
 * Node faces that draw diagrams share this: the build step measures with it, the CLI
 * measures and embeds it. The pure layers get bytes or a measurer, never a file path.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import {
  DIAGRAM_FONT_WEIGHTS,
  diagramFontFile,
  type DiagramFontWeight,
  type EmbeddedFontFace,
} from '../diagram/font.ts';
import { type MeasureText, textMeasureOf } from '../diagram/textMeasure.ts';

const require = createRequire(import.meta.url);

/** The bytes of one face's file, as an ArrayBuffer of its own. */
function readFace(weight: DiagramFontWeight, format: 'woff2' | 'woff'): ArrayBuffer {
  const bytes = readFileSync(require.resolve(diagramFontFile(weight, format)));
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

let measure: MeasureText | null = null;

/** Measures text in the diagram font's bold face (read once per process). */
export function diagramTextMeasure(): MeasureText {
  measure ??= textMeasureOf(readFace(700, 'woff'));
  return measure;
}

/** Both faces, ready to embed in an exported SVG. */
export function diagramFontFaces(): EmbeddedFontFace[] {
  return DIAGRAM_FONT_WEIGHTS.map((weight) => ({
    weight,
    woff2Base64: Buffer.from(readFace(weight, 'woff2')).toString('base64'),
  }));
}
