import type { Comparison } from './compare.ts';
import { citation } from './sources.ts';
import { TRIED_HEADER, TRIED_HEADING, TRIED_INTRO, triedTable } from './tried.ts';
import type { Debrief, DebriefStep, Standing } from './types.ts';

/** A Markdown table cell: pipes escaped, line breaks flattened. */
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');

/** A Markdown table from a header and rows. */
function table(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  return [
    `| ${header.map(cell).join(' | ')} |`,
    `|${header.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
  ];
}

/** "ladder 3 (Calibrated tit-for-tat), Contained exchange of fire". */
export const standingText = (s: Standing) =>
  `ladder ${s.ladder} (${s.ladderName}), ${s.outcomeLabel}`;

/** The sentence every debrief opens with: the model is a teaching simplification. */
export const SIMPLIFICATION =
  'A teaching simplification: the parties’ rules come from public, dated statements and ' +
  'reports. The model leaves out far more than it holds; it shows how stated conditions ' +
  'interact, not what anyone will do.';

/** A step's moves in one line: "Hezbollah · diplomacy: Open to talks → Rejected". */
export function movesText(step: DebriefStep): string {
  return step.moves
    .map((m) => {
      const who = m.region ? `${m.partyName} · ${m.region}` : m.partyName;
      return `${who}: ${m.fromLabel} → ${m.toLabel}`;
    })
    .join('; ');
}

/** The step-by-step table's columns, the same in every rendering of a debrief. */
export const STEP_HEADER = ['Step', 'Event', 'Decided by', 'Moves', 'Ladder', 'Outcome'];

/** The step-by-step table's rows, one a step, in the columns of {@link STEP_HEADER}. */
export function stepRows(d: Debrief): string[][] {
  return d.steps.map((s) => [
    String(s.step),
    s.label,
    s.deciderName,
    movesText(s),
    `${s.ladder} (${s.ladderName})`,
    s.outcomeLabel,
  ]);
}

function conditionsSection(d: Debrief): string[] {
  const lines = ['## Stated conditions, and whether they held', ''];
  for (const c of d.conditions) {
    lines.push(`### ${c.partyName}`, '');
    for (const s of c.stated) lines.push(`- ${s}`);
    if (c.stated.length) lines.push('');
    if (c.held)
      lines.push(`No transition of ${c.partyName} abandoned a stated condition on this line.`);
    for (const a of c.abandoned)
      lines.push(`Abandoned at step ${a.step} (${a.condition}): ${a.reason}`);
    lines.push('');
  }
  return lines;
}

/** Step numbers as short text: "1–3, 5". */
export function stepRanges(steps: readonly number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < steps.length; i++) {
    let j = i;
    while (j + 1 < steps.length && steps[j + 1] === steps[j]! + 1) j++;
    parts.push(j > i ? `${steps[i]}–${steps[j]}` : String(steps[i]));
    i = j;
  }
  return parts.join(', ');
}

/**
 * Refused moves grouped by move and reason, with the steps before which each was
 * refused: a condition that held all along is one row, not one row per step.
 */
export function refusedRows(d: Debrief): string[][] {
  const groups = new Map<
    string,
    { label: string; decider: string; reason: string; steps: number[] }
  >();
  for (const s of d.steps) {
    for (const r of s.refused) {
      const key = `${r.event}\u0000${r.reason}`;
      const group = groups.get(key) ?? {
        label: r.label,
        decider: r.decider,
        reason: r.reason,
        steps: [],
      };
      group.steps.push(s.step);
      groups.set(key, group);
    }
  }
  return [...groups.values()].map((g) => [g.label, g.decider, stepRanges(g.steps), g.reason]);
}

/** The header of the refused-moves table. */
export const REFUSED_HEADER = ['Move', 'Party', 'Refused before step', 'Why it was refused'];

/** The sentence above the refused-moves table. */
export const REFUSED_INTRO =
  'Moves of the played parties that a stated condition refused, and before which steps.';

function refusedSection(d: Debrief): string[] {
  const rows = refusedRows(d);
  if (!rows.length) return [];
  return [
    '## Moves a stated condition refused',
    '',
    REFUSED_INTRO,
    '',
    ...table(REFUSED_HEADER, rows),
    '',
  ];
}

function triedSection(d: Debrief): string[] {
  if (!d.tried) return [];
  const rows = triedTable(d.tried);
  return [
    `## ${TRIED_HEADING}`,
    '',
    TRIED_INTRO,
    '',
    ...(rows.length
      ? table(TRIED_HEADER, rows)
      : ['None: no refused move was pressed on this line.']),
    '',
  ];
}

function predictionsSection(d: Debrief): string[] {
  const p = d.predictions;
  if (!p) return [];
  const teams = p.byTeam.map((t) => `${t.by}: ${t.correct} of ${t.total}`).join('; ');
  return [
    '## Predictions against results',
    '',
    `${p.correct} of ${p.total} predictions were right (${teams}).`,
    '',
    ...table(
      ['Step', 'Party', 'Predicted', 'Happened', 'Right?', 'By'],
      p.rows.map((r) => [
        String(r.step),
        `${r.partyName}${r.region ? ` · ${r.region}` : ''}`,
        r.predictedLabel,
        r.actualLabel,
        r.correct ? 'yes' : 'no',
        r.by ?? 'the whole class',
      ]),
    ),
    '',
  ];
}

/** The route of a message in words: "Hezbollah → Lebanese state → United States". */
export const routeText = (names: readonly string[]) => names.join(' → ');

/** The heading row of the negotiation round's message table. */
export const MESSAGES_HEADER = ['After step', 'From', 'To', 'Route', 'Message'];

/** The negotiation round's messages as table rows (none when the line had no round). */
export function messageRows(d: Debrief): string[][] {
  return (d.messages ?? []).map((m) => [
    String(m.step),
    m.fromName,
    m.toName,
    routeText(m.routeNames),
    m.text,
  ]);
}

function messagesSection(d: Debrief): string[] {
  if (!d.messages) return [];
  return [
    '## Messages in the negotiation round',
    '',
    ...table(MESSAGES_HEADER, messageRows(d)),
    '',
  ];
}

function historySection(d: Debrief): string[] {
  if (!d.history) return [];
  const rows = d.history.map((h) => [
    String(h.step),
    h.classLabel ?? '(the line had ended)',
    `${h.happened.label}${h.happened.kind === 'hypothetical' ? ' (hypothetical step)' : ''}`,
    h.happened.date ?? '',
    h.happened.sources.map(citation).join('; '),
  ]);
  return [
    '## What your class did, and what happened',
    '',
    ...table(['Step', 'Your class', 'What happened', 'Date', 'Sources'], rows),
    '',
    ...(d.whatHappened ? ['### What happened next', '', d.whatHappened, ''] : []),
  ];
}

/** The debrief of one line as Markdown. */
export function debriefMarkdown(d: Debrief): string {
  const lines = [
    `# Debrief: ${d.scenario.title}`,
    '',
    `Line **${d.line}**, ${d.steps.length} step${d.steps.length === 1 ? '' : 's'}: from ` +
      `${standingText(d.start)} to ${standingText(d.end)}.`,
    '',
    `> ${SIMPLIFICATION}`,
    '',
    '## Turning points',
    '',
    ...(d.turningPoints.length
      ? d.turningPoints.flatMap((t) => t.sentences.map((s) => `- Step ${t.step}: ${s}`))
      : ['No step moved the ladder, changed the outcome or abandoned a condition.']),
    '',
    ...conditionsSection(d),
    '## Step by step',
    '',
    ...table(STEP_HEADER, stepRows(d)),
    '',
    ...refusedSection(d),
    ...triedSection(d),
    ...predictionsSection(d),
    ...messagesSection(d),
    ...historySection(d),
    ...(d.prompts.length
      ? ['## Discussion', '', ...d.prompts.map((p, i) => `${i + 1}. ${p}`), '']
      : []),
  ];
  return lines.join('\n');
}

/** Two lines side by side as Markdown. */
export function comparisonMarkdown(c: Comparison): string {
  const side = (s: Comparison['rows'][number]['a']) => (s ? (s.label ?? '(start)') : '(ended)');
  const postureRows = c.rows.flatMap((r) =>
    r.posturesDiffer.map((party) => {
      const pa = r.a!.postures.find((p) => p.party === party)!;
      const pb = r.b!.postures.find((p) => p.party === party)!;
      return [String(r.step), pa.partyName, pa.label, pb.label];
    }),
  );
  return [
    `# Two lines compared: ${c.scenario.title}`,
    '',
    `- Line **${c.a.line}** ends at ${standingText(c.a.end)}.`,
    `- Line **${c.b.line}** ends at ${standingText(c.b.end)}.`,
    '',
    c.firstDifference
      ? `**First difference:** ${c.firstDifference.sentence}`
      : 'The two lines do not differ.',
    '',
    ...table(
      ['Step', c.a.line, c.b.line, `Ladder ${c.a.line}`, `Ladder ${c.b.line}`, 'Outcomes'],
      c.rows.map((r) => [
        `${r.step}${r.differs ? ' (differs)' : ''}`,
        side(r.a),
        side(r.b),
        r.a ? String(r.a.ladder) : '',
        r.b ? String(r.b.ladder) : '',
        `${r.a?.outcomeLabel ?? '–'} / ${r.b?.outcomeLabel ?? '–'}`,
      ]),
    ),
    '',
    '## Postures that differ',
    '',
    ...(postureRows.length
      ? table(['Step', 'Party', c.a.line, c.b.line], postureRows)
      : ['Every party’s posture is the same on both lines at every step they share.']),
    '',
    `> ${SIMPLIFICATION}`,
    '',
  ].join('\n');
}
