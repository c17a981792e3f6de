/**
 * The "Download diagram" control of one party: SVG, PNG or Mermaid text of the diagram as
 * it stands (active states and the last arrow marked). Failures show as a visible message.
 */
import { useState } from 'react';
import type { PartyDefinition } from '../../../machines/types.ts';
import type { PartyDiagramLayout } from '../../diagram/layoutTypes.ts';
import { partyMermaid } from '../../diagram/mermaid.ts';
import { diagramSvg, type DiagramMarks } from '../../diagram/svg.ts';
import { downloadBlob, downloadDiagramText, svgToPng } from './exportDiagram.ts';

/** Props: the party, its layout and what to mark. */
export interface DownloadDiagramProps {
  readonly party: PartyDefinition;
  readonly layout: PartyDiagramLayout;
  readonly marks: DiagramMarks;
}

/** A disclosure with three download buttons. */
export function DownloadDiagram({ party, layout, marks }: DownloadDiagramProps) {
  const [error, setError] = useState<string | null>(null);
  const base = `${party.id}-diagram`;
  const svg = () => diagramSvg(layout, marks);
  const png = async () => {
    try {
      setError(null);
      downloadBlob(`${base}.png`, await svgToPng(svg(), layout.width, layout.height));
    } catch (e) {
      setError(`The PNG could not be made: ${(e as Error).message}`);
    }
  };
  return (
    <details className="diagram-download">
      <summary>Download diagram</summary>
      <div className="diagram-download-buttons">
        <button type="button" onClick={() => downloadDiagramText(`${base}.svg`, svg(), 'image/svg+xml')}>
          SVG image
        </button>
        <button type="button" onClick={() => void png()}>
          PNG image
        </button>
        <button
          type="button"
          onClick={() =>
            downloadDiagramText(`${base}.mmd`, partyMermaid(party, undefined, marks), 'text/plain')
          }
        >
          Mermaid text
        </button>
      </div>
      {error && (
        <p role="alert" className="diagram-download-error">
          {error}
        </p>
      )}
    </details>
  );
}
