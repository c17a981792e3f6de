/**
 * One click or key to each detail panel: the button opens the panel in the drawer
 * beside (or, on a small screen, over) the stage, and the focus moves into it.
 */

/** A detail panel: its DOM id, the button's text and its shortcut key. */
export interface DetailPanel {
  readonly id: string;
  readonly label: string;
  readonly key: string;
}

/** The detail panels, in page order; keys 1–9 and 0 open them in this order. */
export const DETAIL_PANELS: readonly DetailPanel[] = [
  { id: 'panel-diagrams', label: 'Diagrams', key: '1' },
  { id: 'panel-log', label: 'Log', key: '2' },
  { id: 'panel-proposals', label: 'Proposals', key: '3' },
  { id: 'panel-brief', label: 'Brief', key: '4' },
  { id: 'panel-debrief', label: 'Debrief', key: '5' },
  { id: 'panel-analysis', label: 'Analysis', key: '6' },
  { id: 'panel-files', label: 'Files', key: '7' },
  { id: 'panel-inspector', label: 'Inspector', key: '8' },
  { id: 'panel-session', label: 'Class session', key: '9' },
  { id: 'panel-gallery', label: 'Gallery', key: '0' },
];

/** The panel with a DOM id. */
export function detailPanel(id: string): DetailPanel {
  const panel = DETAIL_PANELS.find((p) => p.id === id);
  if (!panel) throw new Error(`no detail panel ${id}`);
  return panel;
}

/** The DOM id of a panel's button, where the focus returns when the panel closes. */
export const navButtonId = (id: string) => `open-${id}`;

/** The row of panel buttons; the open panel's button is pressed. */
export function DetailNav({
  open,
  onShow,
}: {
  readonly open: string | null;
  readonly onShow: (id: string) => void;
}) {
  return (
    <nav className="detail-nav" aria-label="Detail panels">
      {DETAIL_PANELS.map((p) => (
        <button
          key={p.id}
          id={navButtonId(p.id)}
          type="button"
          aria-expanded={open === p.id}
          aria-controls={p.id}
          aria-keyshortcuts={p.key}
          onClick={() => onShow(p.id)}
        >
          {p.label}
        </button>
      ))}
    </nav>
  );
}
