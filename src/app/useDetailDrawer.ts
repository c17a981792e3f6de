/**
 * Which detail panel is open in the drawer, and which have been opened at all (a
 * panel's code loads when it is first opened, and it stays mounted after, so a class
 * session keeps its connection). Opening moves the focus into the panel; Escape or
 * "Close" closes it and returns the focus to where it came from.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { navButtonId } from './components/DetailNav.tsx';
import { useDrawerTop } from './useDrawerTop.ts';

/** The drawer's state and its actions. */
export interface DetailDrawer {
  /** The id of the panel open in the drawer, or null. */
  readonly open: string | null;
  /** Whether a panel has been opened since the page loaded. */
  readonly opened: (id: string) => boolean;
  /** Opens a panel (or closes it when it is already open, as its button toggles). */
  readonly show: (id: string) => void;
  /** Closes the drawer; with `returnFocus`, the focus goes back to what opened it. */
  readonly close: (returnFocus?: boolean) => void;
}

/**
 * The drawer for the page's detail panels; the panels `mounted` names (asked once, at
 * the first render) count as opened from the start (in the page, not in the drawer),
 * such as a class session to rejoin on a reload.
 */
export function useDetailDrawer(mounted: () => readonly string[] = () => []): DetailDrawer {
  const [open, setOpen] = useState<string | null>(null);
  const [opened, setOpened] = useState<ReadonlySet<string>>(() => new Set(mounted()));
  const opener = useRef<{ element: HTMLElement | null; panel: string } | null>(null);
  const current = useRef(open);
  current.current = open;

  const close = useCallback((returnFocus = true) => {
    const from = opener.current;
    opener.current = null;
    setOpen(null);
    if (!returnFocus || !from) return;
    // The element that opened the panel may be gone (the narration changed): then its button.
    const target = from.element?.isConnected
      ? from.element
      : document.getElementById(navButtonId(from.panel));
    target?.focus();
  }, []);

  const show = useCallback(
    (id: string) => {
      if (current.current === id) return close();
      const active = document.activeElement;
      // Switching panels keeps the first opener, so Escape still goes back to the stage.
      if (!opener.current)
        opener.current = { element: active instanceof HTMLElement ? active : null, panel: id };
      else opener.current = { ...opener.current, panel: id };
      setOpen(id);
      setOpened((before) => (before.has(id) ? before : new Set(before).add(id)));
    },
    [close],
  );

  // Focus into the panel once it is in the drawer (its wrapper exists even while its code loads).
  useEffect(() => {
    if (open) document.getElementById(open)?.focus({ preventScroll: true });
  }, [open]);

  // Escape closes the drawer from anywhere on the page, unless something inside used it.
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      e.preventDefault();
      close();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open, close]);

  useDrawerTop(open !== null);

  const isOpened = useCallback((id: string) => opened.has(id), [opened]);
  return { open, opened: isOpened, show, close };
}
