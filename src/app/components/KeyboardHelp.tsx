/** The keyboard shortcuts, and the help panel that lists them. */
import { DETAIL_PANELS } from './DetailNav.tsx';

/** Shortcut keys and what they do; the app's key handler reads the same table. */
export const SHORTCUTS = [
  { key: 'N', action: 'next', text: 'Next step (the script’s next event)' },
  { key: 'B', action: 'back', text: 'Back one step' },
  { key: 'P', action: 'play', text: 'Play or pause the script' },
  { key: 'F', action: 'presenter', text: 'Presenter mode on or off (larger type, fewer panels)' },
] as const;

/** The help panel, shown when "Keyboard shortcuts" is pressed. */
export function KeyboardHelp({ open }: { open: boolean }) {
  if (!open) return null;
  return (
    <section className="panel help" id="keyboard-help" aria-labelledby="help-heading">
      <h2 id="help-heading">Keyboard shortcuts</h2>
      <dl>
        {SHORTCUTS.map((s) => (
          <div key={s.key}>
            <dt>
              <kbd>{s.key}</kbd>
            </dt>
            <dd>{s.text}</dd>
          </div>
        ))}
        {DETAIL_PANELS.map((p) => (
          <div key={p.id}>
            <dt>
              <kbd>{p.key}</kbd>
            </dt>
            <dd>Open or close the {p.label} panel beside the stage</dd>
          </div>
        ))}
        <div>
          <dt>
            <kbd>Esc</kbd>
          </dt>
          <dd>Close the open panel and go back to where you were</dd>
        </div>
      </dl>
      <p>
        Shortcuts work when the focus is not in a text field or a list. Tab and Shift+Tab move
        between controls; Enter or Space presses a button; arrow keys move the Step and Speed
        sliders.
      </p>
    </section>
  );
}
