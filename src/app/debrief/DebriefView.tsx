/**
 * The debrief in the app: what the class did, why, and against what happened, for
 * any line of the session (an imported log is a line too), or two lines side by side.
 * Built by the pure module the CLI uses (src/debrief); printable and exportable.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { conflictModel } from '../../../machines/index.ts';
import {
  buildDebrief,
  debriefHtml,
  debriefMarkdown,
  comparisonHtml,
  comparisonMarkdown,
  compareLines,
  debriefStatements,
  statementsToJsonl,
  type Attempt,
  type Prediction,
} from '../../debrief/index.ts';
import type { Line, MessageRecord } from '../../engine/index.ts';
import type { ValidScenario } from '../../scenario/validate.ts';
import { lineName } from '../components/RunControls.tsx';
import { downloadText } from '../download.ts';
import { recordsOnLine } from '../state/lineRecords.ts';
import { CompareView } from './CompareView.tsx';
import { DebriefSections } from './DebriefSections.tsx';
import './debrief.css';

/** What the debrief needs from the app: the scenario, the session's lines and where the user is. */
export interface DebriefViewProps {
  readonly scenario: ValidScenario;
  readonly lines: readonly Line[];
  /** The line the user is on (the debrief opens on it). */
  readonly line: string;
  /** The step the user is at on that line. */
  readonly cursor: number;
  /** The class's predictions, every line's (each line's debrief takes its own and its parents' up to the fork). */
  readonly predictions?: readonly Prediction[];
  /** The negotiation rounds' messages on the current line, when there are any. */
  readonly messages?: readonly MessageRecord[];
  /** The moves the class tried and the engine refused, every line's. */
  readonly attempts?: readonly Attempt[];
  /** A request to compare two lines (from the Line picker): opens the comparison of `line` with `other`. */
  readonly compare?: CompareRequest | null;
  /** Open from the start (for a "Debrief" tab or button that mounts the view on demand). */
  readonly initiallyOpen?: boolean;
}

/** Compare `line` with `other`; a new `serial` asks again (the same pair may be asked twice). */
export interface CompareRequest {
  readonly serial: number;
  readonly line: string;
  readonly other: string;
}

const SCRIPT_OVER =
  'The script is over. Open the debrief to see what your class did, why, and what happened.';
const ANY_LINE =
  'The debrief of any line: its turning points, each party’s stated conditions, the moves ' +
  'refused, and two lines side by side.';

/** Whether the user stands at the last step of the script, having followed it. */
function atScriptEnd(scenario: ValidScenario, line: Line | undefined, cursor: number): boolean {
  const script = scenario.scenario.script;
  if (!line || script.length === 0 || cursor !== script.length) return false;
  return script.every((s, i) => line.steps[i + 1]?.input === s.event);
}

/** The debrief panel: a button to open it, then the chosen line's debrief or a comparison. */
export function DebriefView({
  scenario,
  lines,
  line,
  cursor,
  predictions,
  messages,
  attempts,
  compare,
  initiallyOpen = false,
}: DebriefViewProps) {
  const [open, setOpen] = useState(initiallyOpen);
  const [chosen, setChosen] = useState<string | null>(null);
  const [other, setOther] = useState('');
  // A request from the Line picker opens the comparison and brings it into view.
  const compareRef = useRef<HTMLDivElement>(null);
  const asked = useRef<number | null>(null);
  const scrollPending = useRef(false);
  useEffect(() => {
    if (!compare || asked.current === compare.serial) return;
    asked.current = compare.serial;
    scrollPending.current = true;
    setOpen(true);
    setChosen(compare.line);
    setOther(compare.other);
  }, [compare]);
  // After the render that shows the comparison (the request's state lands a render later).
  useEffect(() => {
    if (!scrollPending.current || !compareRef.current) return;
    scrollPending.current = false;
    compareRef.current.scrollIntoView({ block: 'start' });
  });
  const [answers, setAnswers] = useState<string[]>([]);
  const shown = lines.find((l) => l.id === (chosen ?? line)) ?? lines[0]!;
  const compared = lines.find((l) => l.id === other && l.id !== shown.id) ?? null;
  const debriefOf = useMemo(() => {
    const cache = new Map<Line, ReturnType<typeof buildDebrief>>();
    return (l: Line) => {
      const known = cache.get(l);
      if (known) return known;
      const last = l.steps.length - 1;
      const own = <R extends { step: number; line?: string | undefined }>(all: readonly R[]) =>
        recordsOnLine(all, lines, l.id, last);
      const played = scenario.scenario.played;
      const built = buildDebrief({
        model: conflictModel,
        scenario,
        steps: l.steps,
        played,
        line: l.id,
        ...(predictions ? { predictions: own(predictions) } : {}),
        ...(attempts ? { attempts: own(attempts) } : {}),
        // Messages come from the current line's rounds only.
        ...(l.id === line && messages?.length ? { messages } : {}),
      });
      cache.set(l, built);
      return built;
    };
  }, [scenario, lines, line, predictions, attempts, messages]);
  const ended = atScriptEnd(
    scenario,
    lines.find((l) => l.id === line),
    cursor,
  );
  const id = scenario.scenario.id;

  const exportAs = (format: 'md' | 'html' | 'xapi') => {
    const d = debriefOf(shown);
    if (compared && format !== 'xapi') {
      const c = compareLines(d, debriefOf(compared));
      const name = `${id}-${shown.id}-vs-${compared.id}.${format}`;
      if (format === 'md') downloadText(name, comparisonMarkdown(c), 'text/markdown');
      else downloadText(name, comparisonHtml(c), 'text/html');
      return;
    }
    const name = `${id}-${shown.id}-debrief.${format === 'xapi' ? 'xapi.jsonl' : format}`;
    if (format === 'md') downloadText(name, debriefMarkdown(d), 'text/markdown');
    else if (format === 'html') downloadText(name, debriefHtml(d), 'text/html');
    else {
      const given = answers.flatMap((answer, prompt) =>
        answer?.trim() ? [{ prompt, answer, by: null }] : [],
      );
      const statements = debriefStatements(d, {
        answers: given,
        timestamp: new Date().toISOString(),
      });
      downloadText(name, statementsToJsonl(statements), 'application/jsonl');
    }
  };

  return (
    <section className="panel debrief-area" aria-labelledby="debrief-heading">
      <h2 id="debrief-heading">Debrief</h2>
      {/* A status, so reaching the end of the script is announced with the offer. */}
      <p className="hint" role="status">
        {ended ? SCRIPT_OVER : ANY_LINE}
      </p>
      <button type="button" aria-expanded={open} onClick={() => setOpen(!open)}>
        {open ? 'Close the debrief' : 'Open the debrief'}
      </button>
      {open && (
        <div className="debrief-view">
          <div className="debrief-toolbar">
            <label htmlFor="debrief-line">Debrief line</label>
            <select
              id="debrief-line"
              value={shown.id}
              onChange={(e) => setChosen(e.currentTarget.value)}
            >
              {lines.map((l) => (
                <option key={l.id} value={l.id}>
                  {lineName(l)}
                </option>
              ))}
            </select>
            <label htmlFor="debrief-compare">Compare with</label>
            <select
              id="debrief-compare"
              value={compared?.id ?? ''}
              onChange={(e) => setOther(e.currentTarget.value)}
            >
              <option value="">No other line</option>
              {lines
                .filter((l) => l.id !== shown.id)
                .map((l) => (
                  <option key={l.id} value={l.id}>
                    {lineName(l)}
                  </option>
                ))}
            </select>
            <button type="button" onClick={() => window.print()}>
              Print the debrief
            </button>
            <button type="button" onClick={() => exportAs('md')}>
              Export as Markdown
            </button>
            <button type="button" onClick={() => exportAs('html')}>
              Export as HTML
            </button>
            <button type="button" onClick={() => exportAs('xapi')}>
              Export as xAPI (JSON Lines)
            </button>
          </div>
          {compared ? (
            <div ref={compareRef}>
              <CompareView a={debriefOf(shown)} b={debriefOf(compared)} />
            </div>
          ) : (
            <DebriefSections
              debrief={debriefOf(shown)}
              answers={answers}
              onAnswer={(prompt, text) =>
                setAnswers((all) => Object.assign([...all], { [prompt]: text }))
              }
            />
          )}
        </div>
      )}
    </section>
  );
}
