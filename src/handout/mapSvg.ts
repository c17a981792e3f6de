/**
 * The schematic map as a standalone SVG document, for docs/map.svg: the same drawing
 * the handout prints, rendered from `BorderMap`, so the two can never differ.
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { BorderMap } from './BorderMap.tsx';

/** The map's `<svg>` element as text, with a trailing newline. */
export function borderMapSvg(): string {
  const html = renderToStaticMarkup(createElement(BorderMap));
  const svg = html.slice(html.indexOf('<svg'), html.indexOf('</svg>') + '</svg>'.length);
  return `${svg}\n`;
}
