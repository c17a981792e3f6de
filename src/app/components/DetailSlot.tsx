/**
 * The place of one detail panel. Closed, it sits in the page below the stage; open, it
 * becomes the drawer beside the stage (over it on a tablet or phone): a non-modal
 * dialog named after the panel, with a Close button, that Escape also closes.
 */
import type { ReactNode } from 'react';
import { detailPanel } from './DetailNav.tsx';

/** Props of {@link DetailSlot}. */
export interface DetailSlotProps {
  readonly id: string;
  /** Whether this panel is the one open in the drawer. */
  readonly open: boolean;
  readonly onClose: () => void;
  readonly children: ReactNode;
}

/** One detail panel's wrapper: in the page, or the drawer when open. */
export function DetailSlot({ id, open, onClose, children }: DetailSlotProps) {
  const { label } = detailPanel(id);
  // One element either way, so the panel inside keeps its state (and a class session its
  // connection) when the drawer opens or closes.
  return (
    // biome-ignore lint/a11y/useAriaPropsSupportedByRole: the label is set only together with role="dialog" (while open).
    <div
      className={open ? 'detail-slot drawer' : 'detail-slot'}
      id={id}
      tabIndex={-1}
      role={open ? 'dialog' : undefined}
      aria-label={open ? label : undefined}
    >
      {open && (
        <div className="drawer-bar">
          <button type="button" onClick={onClose}>
            Close<span className="visually-hidden"> {label}</span>
          </button>
          <span className="hint">Esc closes</span>
        </div>
      )}
      {children}
    </div>
  );
}
