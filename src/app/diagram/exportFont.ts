/**
 * The diagram font's two faces for an exported SVG, in the browser: fetched from the
 * same WOFF2 files the page's CSS loads (so usually from the cache) and base64-encoded.
 * Loaded with the exporters on first use only, so the page's initial JavaScript holds
 * no font and no font URL beyond the stylesheet's.
 */
import bold from '@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-latin-700-normal.woff2?url';
import regular from '@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-latin-400-normal.woff2?url';
import type { DiagramFontWeight, EmbeddedFontFace } from '../../diagram/font.ts';

const FILES: readonly [DiagramFontWeight, string][] = [
  [400, regular],
  [700, bold],
];

/** Bytes as base64, in chunks (a spread of a whole font would overflow the call stack). */
function base64(bytes: Uint8Array): string {
  let binary = '';
  for (let at = 0; at < bytes.length; at += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
  return btoa(binary);
}

/** Both faces of the diagram font, ready to embed. */
export async function diagramFontFaces(): Promise<EmbeddedFontFace[]> {
  return Promise.all(
    FILES.map(async ([weight, url]) => {
      const answer = await fetch(url);
      if (!answer.ok) throw new Error(`the diagram font could not be loaded (${answer.status})`);
      return { weight, woff2Base64: base64(new Uint8Array(await answer.arrayBuffer())) };
    }),
  );
}
