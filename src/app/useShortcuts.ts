/** The keyboard shortcuts (N, B, P, F, and 1–0 for the detail panels), ignored while typing in a field or with a modifier key. */
import { useEffect, useEffectEvent } from 'react';

const TEXT_INPUTS = new Set(['text', 'search', 'number', 'email', 'url', 'tel', 'password']);

/** Whether a key press is typing into a field (where N, B and P are letters, not commands). */
const typing = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable ||
    target.tagName === 'TEXTAREA' ||
    target.tagName === 'SELECT' ||
    (target instanceof HTMLInputElement && TEXT_INPUTS.has(target.type)));

/** Binds shortcut keys (lower-case) to handlers for the life of the component. */
export function useShortcuts(handlers: Record<string, () => void>): void {
  // An effect event always sees the latest handlers, so the listener is bound once.
  const onKey = useEffectEvent((e: KeyboardEvent) => {
    if (e.ctrlKey || e.metaKey || e.altKey || e.repeat || typing(e.target)) return;
    const handler = handlers[e.key.toLowerCase()];
    if (!handler) return;
    e.preventDefault();
    handler();
  });
  useEffect(() => {
    const listener = (e: KeyboardEvent) => onKey(e);
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, []);
}
