/**
 * The "Download diagram" control of one party: SVG, PNG or Mermaid text of the diagram as
 * it stands (active states and the last arrow marked). The exporters load on first use,
 * so they add nothing to the page's initial JavaScript. SVG and PNG carry the diagram font
 * inside (the PNG is drawn from the SVG). Failures show as a visible message.
 */
import { useState } from 'react';
import type { PartyDefinition } from '../../../machines/types.ts';
import type { PartyDiagramLayout } from '../../diagram/layoutTypes.ts';
import type { DiagramMarks } from '../../diagram/svg.ts';

/** Props: the party, its layout and what to mark. */
export interface DownloadDiagramProps {
  readonly party: PartyDefinition;
  readonly layout: PartyDiagramLayout;
  readonly marks: DiagramMarks;
}

type Format = 'svg' | 'png' | 'mermaid';

async function save(format: Format, { party, layout, marks }: DownloadDiagramProps): Promise<void> {
  const base = `${party.id}-diagram`;
  const [{ diagramSvg }, { partyMermaid }, files, { diagramFontFaces }] = await Promise.all([
    import('../../diagram/svg.ts'),
    import('../../diagram/mermaid.ts'),
    import('./exportDiagram.ts'),
    import('./exportFont.ts'),
  ]);
  if (format === 'mermaid') {
    files.downloadDiagramText(`${base}.mmd`, partyMermaid(party, undefined, marks), 'text/plain');
    return;
  }
  const svg = diagramSvg(layout, await diagramFontFaces(), marks);
  if (format === 'svg') files.downloadDiagramText(`${base}.svg`, svg, 'image/svg+xml');
  else files.downloadBlob(`${base}.png`, await files.svgToPng(svg, layout.width, layout.height));
}

const FORMATS: readonly [Format, string][] = [
  ['svg', 'SVG image'],
  ['png', 'PNG image'],
  ['mermaid', 'Mermaid text'],
];

/** A disclosure with one download button per format. */
export function DownloadDiagram(props: DownloadDiagramProps) {
  const [error, setError] = useState<string | null>(null);
  const run = (format: Format, label: string) => {
    setError(null);
    save(format, props).catch((e: unknown) =>
      setError(`The ${label} could not be made: ${(e as Error).message}`),
    );
  };
  return (
    <details className="diagram-download">
      <summary>Download diagram</summary>
      {/* biome-ignore lint/a11y/useSemanticElements: a row of buttons; a fieldset would add a legend the row does not need. */}
      <div
        className="diagram-download-buttons"
        role="group"
        aria-label={`Download ${props.party.name} diagram`}
      >
        {FORMATS.map(([format, label]) => (
          <button key={format} type="button" onClick={() => run(format, label)}>
            {label}
          </button>
        ))}
      </div>
      {error && (
        <p role="alert" className="diagram-download-error">
          {error}
        </p>
      )}
    </details>
  );
}
