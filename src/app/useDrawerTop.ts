/**
 * Where the open drawer starts: just below the site header while the header is on
 * screen, so the header's controls (Scenario, View as, Presenter mode…) stay usable
 * beside an open panel; at the top of the window once the header has scrolled away.
 * Written to the `--drawer-top` custom property the drawer's CSS reads.
 */
import { useLayoutEffect } from 'react';

/** The custom property (on the root element) that holds the drawer's top edge. */
export const DRAWER_TOP_PROPERTY = '--drawer-top';

/** Keeps `--drawer-top` at the header's bottom edge while `open`. */
export function useDrawerTop(open: boolean): void {
  useLayoutEffect(() => {
    if (!open) return;
    const header = document.querySelector('header.site-header');
    const root = document.documentElement;
    const place = () => {
      const bottom = header ? header.getBoundingClientRect().bottom : 0;
      root.style.setProperty(DRAWER_TOP_PROPERTY, `${Math.max(0, Math.round(bottom))}px`);
    };
    place();
    // The header's height changes when it wraps (a narrow window, presenter mode's larger type).
    const resized = new ResizeObserver(place);
    if (header) resized.observe(header);
    window.addEventListener('scroll', place, { passive: true });
    window.addEventListener('resize', place);
    return () => {
      resized.disconnect();
      window.removeEventListener('scroll', place);
      window.removeEventListener('resize', place);
    };
  }, [open]);
}
