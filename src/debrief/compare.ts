import type { Debrief, PostureLabel, Standing } from './types.ts';

/** One line's side of a compared step (null fields at the start, step 0). */
export interface CompareSide {
  readonly event: string | null;
  readonly label: string | null;
  readonly deciderName: string | null;
  readonly ladder: number;
  readonly outcomeLabel: string;
  readonly postures: readonly PostureLabel[];
}

/** One step of both lines: a side is null once its line has ended. */
export interface CompareRow {
  readonly step: number;
  readonly a: CompareSide | null;
  readonly b: CompareSide | null;
  /** Whether the two lines' events differ here (or one has ended). */
  readonly differs: boolean;
  /** Parties whose postures differ after this step (both sides present). */
  readonly posturesDiffer: readonly string[];
}

/** Where two lines first part, and who decided each side's event. */
export interface FirstDifference {
  readonly step: number;
  readonly sentence: string;
}

/** Two lines side by side, aligned by step. */
export interface Comparison {
  readonly scenario: { readonly id: string; readonly title: string };
  readonly a: { readonly line: string; readonly end: Standing; readonly ladders: number[] };
  readonly b: { readonly line: string; readonly end: Standing; readonly ladders: number[] };
  readonly rows: readonly CompareRow[];
  /** Null when one line is the other's start (or they are the same). */
  readonly firstDifference: FirstDifference | null;
}

/** The side of a line at a step (0 is the start), or null past its end. */
function sideAt(d: Debrief, step: number): CompareSide | null {
  if (step === 0) {
    const { ladder, outcomeLabel } = d.start;
    return {
      event: null,
      label: null,
      deciderName: null,
      ladder,
      outcomeLabel,
      postures: d.startPostures,
    };
  }
  const s = d.steps[step - 1];
  if (!s) return null;
  return {
    event: s.event,
    label: s.label,
    deciderName: s.decidedBy === 'world' ? 'a world event' : s.deciderName,
    ladder: s.ladder,
    outcomeLabel: s.outcomeLabel,
    postures: s.postures,
  };
}

/** One side of the first difference: "“Launch an air campaign” (decided by Israel)". */
function sideSentence(line: string, side: CompareSide | null): string {
  if (!side?.event) return `line ${line} had ended`;
  const by =
    side.deciderName === 'a world event' ? 'a world event' : `decided by ${side.deciderName}`;
  return `line ${line} had “${side.label}” (${by})`;
}

/** Compares two lines of the same scenario, step by step. */
export function compareLines(a: Debrief, b: Debrief): Comparison {
  if (a.scenario.id !== b.scenario.id) {
    throw new Error(
      `Cannot compare lines of two scenarios ("${a.scenario.id}", "${b.scenario.id}").`,
    );
  }
  const length = Math.max(a.steps.length, b.steps.length);
  const rows: CompareRow[] = [];
  for (let step = 0; step <= length; step++) {
    const sa = sideAt(a, step);
    const sb = sideAt(b, step);
    const differs = step > 0 && (sa?.event ?? null) !== (sb?.event ?? null);
    const posturesDiffer =
      sa && sb
        ? sa.postures.filter((p, i) => p.label !== sb.postures[i]?.label).map((p) => p.party)
        : [];
    rows.push({ step, a: sa, b: sb, differs, posturesDiffer });
  }
  const first = rows.find((r) => r.differs && r.a && r.b);
  const firstDifference = first
    ? {
        step: first.step,
        sentence:
          `The lines part at step ${first.step}: ${sideSentence(a.line, first.a)}, ` +
          `${sideSentence(b.line, first.b)}.`,
      }
    : null;
  const ladders = (d: Debrief) => [d.start.ladder, ...d.steps.map((s) => s.ladder)];
  return {
    scenario: a.scenario,
    a: { line: a.line, end: a.end, ladders: ladders(a) },
    b: { line: b.line, end: b.end, ladders: ladders(b) },
    rows,
    firstDifference,
  };
}
