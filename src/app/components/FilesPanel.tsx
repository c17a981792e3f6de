/**
 * Export and import: the log in three formats, a log to replay, a teacher's own
 * scenario file (its problems are listed in the alert area), and the open scenario as a
 * file to share.
 */
import { useId, useState, type ChangeEvent } from 'react';

/** The three export formats, with their file extension. */
export const EXPORT_FORMATS = [
  { id: 'json', label: 'JSON', extension: 'json' },
  { id: 'csv', label: 'CSV', extension: 'csv' },
  { id: 'jsonl', label: 'JSON Lines', extension: 'jsonl' },
] as const;

/** An export format id. */
export type ExportFormat = (typeof EXPORT_FORMATS)[number]['id'];

/** Props of the files panel. */
export interface FilesPanelProps {
  readonly scenarioId: string;
  readonly onExport: (format: ExportFormat) => void;
  readonly onImportLog: (name: string, text: string) => void;
  readonly onOpenScenario: (name: string, text: string) => void;
  readonly onShareScenario: () => void;
}

/** Calls back with the chosen file's name and text, then clears the input so the same file can be chosen again. */
function onFile(handler: (name: string, text: string) => void) {
  return async (e: ChangeEvent<HTMLInputElement>) => {
    const input = e.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    const text = await file.text();
    input.value = '';
    handler(file.name, text);
  };
}

/** The panel. */
export function FilesPanel(p: FilesPanelProps) {
  const [open, setOpen] = useState(false);
  const menuId = useId();
  return (
    <section className="panel files" aria-labelledby="files-heading">
      <h2 id="files-heading">Export and import</h2>
      <div className="export">
        <button
          type="button"
          aria-expanded={open}
          aria-controls={menuId}
          onClick={() => setOpen(!open)}
        >
          Export
        </button>
        <ul id={menuId} hidden={!open} className="export-menu">
          {EXPORT_FORMATS.map((f) => (
            <li key={f.id}>
              <button type="button" data-format={f.id} onClick={() => p.onExport(f.id)}>
                {f.label}
              </button>{' '}
              <span className="hint">
                {p.scenarioId}-log.{f.extension}
              </span>
            </li>
          ))}
        </ul>
      </div>
      <p>
        <label htmlFor="import-log">Import log</label>{' '}
        <input
          id="import-log"
          type="file"
          accept=".json,.jsonl,application/json"
          onChange={onFile(p.onImportLog)}
        />
      </p>
      <p>
        <label htmlFor="open-scenario">Open scenario file</label>{' '}
        <input
          id="open-scenario"
          type="file"
          accept=".json,application/json"
          onChange={onFile(p.onOpenScenario)}
        />
      </p>
      <p>
        <button type="button" onClick={p.onShareScenario}>
          Share scenario file
        </button>
      </p>
    </section>
  );
}
