/**
 * Run controls: the scripted next step, back, forward, reset, play / pause with a
 * speed, a timeline slider, the line picker and "Compare lines" (the debrief's two-line
 * comparison, the current line preselected). Impossible moves stay focusable
 * (aria-disabled) and announce why when pressed.
 */
import type { Line } from '../../engine/index.ts';

/** Where the run stands: what the controls show. */
export interface RunView {
  readonly lines: readonly Line[];
  readonly line: string;
  readonly cursor: number;
  readonly hasNext: boolean;
  /** Why Next step cannot act, when it is held for a reason other than the script's end. */
  readonly nextWhy?: string;
  readonly playing: boolean;
  readonly speed: number;
}

/** What the controls do. */
export interface RunActions {
  readonly onNext: () => void;
  readonly onBack: () => void;
  readonly onForward: () => void;
  readonly onReset: () => void;
  readonly onPlay: () => void;
  readonly onSpeed: (speed: number) => void;
  readonly onJump: (step: number) => void;
  readonly onLine: (line: string) => void;
  /** Opens the debrief's comparison of the current line with another. */
  readonly onCompare: () => void;
  readonly onRefused: (sentence: string) => void;
}

/** Props of the run controls: the view and the actions, grouped. */
export interface RunControlsProps {
  readonly view: RunView;
  readonly actions: RunActions;
}

/** How a line is named in the picker. */
export function lineName(line: Line): string {
  const steps = line.steps.length - 1;
  const from = line.parent ? `, from ${line.parent.line} after step ${line.parent.step}` : '';
  return `${line.id} (${steps} step${steps === 1 ? '' : 's'}${from})`;
}

interface ControlProps {
  readonly label: string;
  readonly enabled: boolean;
  /** Announced when the control is pressed while it cannot act. */
  readonly why: string;
  readonly onPress: () => void;
  readonly onRefused: (sentence: string) => void;
  readonly shortcut?: string;
}

function Control({ label, enabled, why, onPress, onRefused, shortcut }: ControlProps) {
  return (
    <button
      type="button"
      aria-disabled={enabled ? undefined : 'true'}
      aria-keyshortcuts={shortcut}
      onClick={() => (enabled ? onPress() : onRefused(why))}
    >
      {label}
    </button>
  );
}

/** The run controls, in one toolbar-like group. */
export function RunControls({ view, actions }: RunControlsProps) {
  const p = { ...view, ...actions };
  const line = p.lines.find((l) => l.id === p.line)!;
  const last = line.steps.length - 1;
  return (
    <section className="panel run" aria-labelledby="run-heading">
      <h2 id="run-heading">Run</h2>
      <div className="run-buttons">
        <Control
          label="Next step"
          shortcut="N"
          enabled={p.hasNext}
          why={
            p.nextWhy ??
            'There is no scripted next step from here: the line has left the script, or the script is over.'
          }
          onPress={p.onNext}
          onRefused={p.onRefused}
        />
        <Control
          label="Back"
          shortcut="B"
          enabled={p.cursor > 0}
          why="Already at the start."
          onPress={p.onBack}
          onRefused={p.onRefused}
        />
        <Control
          label="Forward"
          enabled={p.cursor < last}
          why="Already at the end of this line."
          onPress={p.onForward}
          onRefused={p.onRefused}
        />
        <Control
          label="Reset"
          enabled={p.cursor > 0}
          why="Already at the start."
          onPress={p.onReset}
          onRefused={p.onRefused}
        />
        <button type="button" aria-keyshortcuts="P" onClick={p.onPlay}>
          {p.playing ? 'Pause' : 'Play'}
        </button>
        <label className="speed">
          Speed
          <input
            type="range"
            min={1}
            max={5}
            step={1}
            value={p.speed}
            aria-valuetext={`${p.speed} step${p.speed === 1 ? '' : 's'} every 2 seconds`}
            onChange={(e) => p.onSpeed(Number(e.target.value))}
          />
        </label>
      </div>
      <div className="timeline">
        <label htmlFor="timeline-step">Step</label>
        <input
          id="timeline-step"
          type="range"
          min={0}
          max={last}
          step={1}
          value={p.cursor}
          aria-valuetext={`Step ${p.cursor} of ${last} on this line`}
          onChange={(e) => p.onJump(Number(e.target.value))}
        />
        <output htmlFor="timeline-step" aria-hidden="true">
          {p.cursor} of {last} played
        </output>
        <label htmlFor="line-select">Line</label>
        <select id="line-select" value={p.line} onChange={(e) => p.onLine(e.target.value)}>
          {p.lines.map((l) => (
            <option key={l.id} value={l.id}>
              {lineName(l)}
            </option>
          ))}
        </select>
        <Control
          label="Compare lines"
          enabled={p.lines.length > 1}
          why="There is only one line. Step back and choose another event to start a second line, then compare the two."
          onPress={p.onCompare}
          onRefused={p.onRefused}
        />
      </div>
    </section>
  );
}
