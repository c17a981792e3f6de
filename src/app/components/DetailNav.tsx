/**
 * One click to each detail panel below the stage: the button scrolls the panel into
 * view and moves the focus to it, so a keyboard user lands where a mouse user looks.
 */

/** A detail panel: its DOM id and the button's text. */
export interface DetailPanel {
  readonly id: string;
  readonly label: string;
}

/** The detail panels, in page order. */
export const DETAIL_PANELS: readonly DetailPanel[] = [
  { id: 'panel-diagrams', label: 'Diagrams' },
  { id: 'panel-log', label: 'Log' },
  { id: 'panel-proposals', label: 'Proposals' },
  { id: 'panel-brief', label: 'Brief' },
  { id: 'panel-debrief', label: 'Debrief' },
  { id: 'panel-analysis', label: 'Analysis' },
  { id: 'panel-files', label: 'Files' },
  { id: 'panel-inspector', label: 'Inspector' },
  { id: 'panel-session', label: 'Class session' },
  { id: 'panel-gallery', label: 'Gallery' },
];

/** Scrolls to a detail panel and focuses it (panels carry tabIndex -1). */
export function showPanel(id: string): void {
  const panel = document.getElementById(id);
  if (!panel) return;
  panel.scrollIntoView({ block: 'start' });
  panel.focus({ preventScroll: true });
}

/** The row of panel buttons. */
export function DetailNav({ onShow }: { onShow: (id: string) => void }) {
  return (
    <nav className="detail-nav" aria-label="Detail panels">
      {DETAIL_PANELS.map((p) => (
        <button key={p.id} type="button" onClick={() => onShow(p.id)}>
          {p.label}
        </button>
      ))}
    </nav>
  );
}
