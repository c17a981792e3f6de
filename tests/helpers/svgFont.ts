/**
 * What an exported SVG says about its font, read from the file's text: the family on the
 * root element, the embedded `@font-face` rules (family, weight, data URL), any other
 * family named anywhere, and whether the OFL notice travels with it.
 */
export interface SvgFontFacts {
  /** The first family of the root `<svg>` element's font-family, unquoted. */
  readonly rootFamily: string | null;
  readonly faces: readonly {
    readonly family: string;
    readonly weight: number;
    readonly mime: string;
    readonly bytes: Buffer;
  }[];
  /** Families set on any element other than the root (attribute or inline style). */
  readonly otherFamilies: readonly string[];
  readonly licenceNotice: boolean;
}

const unquote = (family: string) => family.trim().replace(/^['"]|['"]$/g, '');

/** Reads the font facts of one exported SVG. */
export function svgFontFacts(svg: string): SvgFontFacts {
  const root = /^<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const rootFamily = /font-family="([^"]*)"/.exec(root)?.[1]?.split(',')[0];
  const faces = [...svg.matchAll(/@font-face\{([^}]*)\}/g)].map((m) => {
    const rule = m[1]!;
    const url = /src:url\(data:([^;]+);base64,([A-Za-z0-9+/=]+)\)/.exec(rule);
    return {
      family: unquote(/font-family:([^;]+);/.exec(rule)?.[1] ?? ''),
      weight: Number(/font-weight:(\d+)/.exec(rule)?.[1]),
      mime: url?.[1] ?? '',
      bytes: Buffer.from(url?.[2] ?? '', 'base64'),
    };
  });
  const rest = svg.slice(root.length);
  const otherFamilies = [
    ...[...rest.matchAll(/font-family="([^"]*)"/g)].map((m) => m[1]!),
    ...[...rest.matchAll(/style="[^"]*font-family:([^;"]*)/g)].map((m) => m[1]!),
  ];
  return {
    rootFamily: rootFamily ? unquote(rootFamily.replace(/&quot;|&#39;/g, "'")) : null,
    faces,
    otherFamilies,
    licenceNotice: /<!--[\s\S]*SIL Open Font License, Version 1\.1[\s\S]*-->/.test(svg),
  };
}
