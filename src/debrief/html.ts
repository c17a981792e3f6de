import type { Comparison } from './compare.ts';
import {
  REFUSED_HEADER,
  REFUSED_INTRO,
  MESSAGES_HEADER,
  messageRows,
  refusedRows,
  SIMPLIFICATION,
  standingText,
  STEP_HEADER,
  stepRows,
} from './markdown.ts';
import { ladderPlot } from './plot.ts';
import { citation } from './sources.ts';
import { TRIED_HEADER, TRIED_HEADING, TRIED_INTRO, triedTable } from './tried.ts';
import type { Debrief } from './types.ts';

/** Text made safe for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
const e = escapeHtml;

/** "1 step", "3 steps". */
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * Styles of the exported page. For print: each section starts a page where it fits,
 * tables and rows never split across pages, and long words wrap instead of clipping.
 */
const STYLE = `
body { font: 16px/1.45 system-ui, sans-serif; max-width: 60rem; margin: 1rem auto;
  padding: 0 1rem; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
th, td { border: 1px solid #666; padding: .25rem .4rem; text-align: left; vertical-align: top;
  overflow-wrap: anywhere; }
blockquote { border-left: 4px solid #666; margin: 0; padding-left: .75rem; }
svg text { font-size: 11px; }
@media print {
  body { max-width: none; margin: 0; font-size: 11pt; }
  section { break-before: page; }
  section:first-of-type { break-before: auto; }
  tr, li, figure { break-inside: avoid; }
  a { color: inherit; }
}`;

function tableHtml(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const th = header.map((h) => `<th scope="col">${e(h)}</th>`).join('');
  const body = rows.map((r) => `<tr>${r.map((c) => `<td>${e(c)}</td>`).join('')}</tr>`).join('\n');
  return `<table><thead><tr>${th}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

/** An SVG ladder plot of one or two lines on one axis, with a text alternative. */
export function ladderSvg(series: readonly { name: string; ladders: readonly number[] }[]): string {
  const g = ladderPlot(series);
  const desc = series.map((s) => `${s.name}: ${s.ladders.join(', ')}`).join('; ');
  const ticks = [
    ...g.yTicks.map(
      (t) => `<text x="${g.left - 6}" y="${t.y + 4}" text-anchor="end">${t.label}</text>`,
    ),
    ...g.xTicks.map(
      (t) =>
        `<text x="${t.x}" y="${g.top + g.plotHeight + 16}" text-anchor="middle">${t.label}</text>`,
    ),
  ].join('');
  const lines = g.series
    .map(
      (s) =>
        `<polyline points="${s.points}" fill="none" stroke="currentColor" stroke-width="2"` +
        `${s.dash ? ` stroke-dasharray="${s.dash}"` : ''}><title>${e(s.name)}</title></polyline>`,
    )
    .join('');
  const axis =
    `<line x1="${g.left}" y1="${g.top}" x2="${g.left}" ` +
    `y2="${g.top + g.plotHeight}" stroke="#666"/>` +
    `<line x1="${g.left}" y1="${g.top + g.plotHeight}" x2="${g.left + g.plotWidth}" ` +
    `y2="${g.top + g.plotHeight}" stroke="#666"/>`;
  return (
    `<figure><svg viewBox="0 0 ${g.width} ${g.height}" width="100%" role="img" ` +
    `aria-label="Ladder level (0 to 10) at each step. ${e(desc)}">${axis}${ticks}${lines}</svg>` +
    `<figcaption>Ladder level by step. ${series
      .map((s, i) => `${e(s.name)}: ${i === 0 ? 'solid' : 'dashed'} line`)
      .join('; ')}.</figcaption></figure>`
  );
}

/** Wraps sections into a standalone, printable HTML page. */
function page(title: string, body: string): string {
  return (
    `<!doctype html>\n<html lang="en"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<title>${e(title)}</title><style>${STYLE}</style></head>\n` +
    `<body><main>\n${body}\n</main></body></html>\n`
  );
}

const section = (title: string, inner: string) =>
  `<section><h2>${e(title)}</h2>\n${inner}\n</section>`;

/** The debrief sections as HTML fragments (also used for the page). */
function debriefSections(d: Debrief): string[] {
  const sections: string[] = [];
  const turning = d.turningPoints.length
    ? `<ul>${d.turningPoints
        .flatMap((t) => t.sentences.map((s) => `<li>Step ${t.step}: ${e(s)}</li>`))
        .join('')}</ul>`
    : '<p>No step moved the ladder, changed the outcome or abandoned a condition.</p>';
  sections.push(
    section('Turning points', turning + ladderSvg([{ name: d.line, ladders: ladders(d) }])),
  );
  const conditions = d.conditions
    .map(
      (c) =>
        `<h3>${e(c.partyName)}</h3><ul>${c.stated.map((s) => `<li>${e(s)}</li>`).join('')}</ul>` +
        (c.held
          ? `<p>No transition of ${e(c.partyName)} abandoned a stated condition on this line.</p>`
          : c.abandoned
              .map((a) => `<p>Abandoned at step ${a.step} (${e(a.condition)}): ${e(a.reason)}</p>`)
              .join('')),
    )
    .join('\n');
  sections.push(section('Stated conditions, and whether they held', conditions));
  sections.push(section('Step by step', tableHtml(STEP_HEADER, stepRows(d))));
  const refused = refusedRows(d);
  if (refused.length) {
    const intro = `<p>${e(REFUSED_INTRO)}</p>`;
    sections.push(
      section('Moves a stated condition refused', intro + tableHtml(REFUSED_HEADER, refused)),
    );
  }
  if (d.tried) {
    const intro = `<p>${e(TRIED_INTRO)}</p>`;
    const body = d.tried.length
      ? tableHtml(TRIED_HEADER, triedTable(d.tried))
      : '<p>None: no refused move was pressed on this line.</p>';
    sections.push(section(TRIED_HEADING, intro + body));
  }
  if (d.predictions) {
    const p = d.predictions;
    const teams = p.byTeam.map((t) => `${t.by}: ${t.correct} of ${t.total}`).join('; ');
    const rows = p.rows.map((r) => [
      String(r.step),
      `${r.partyName}${r.region ? ` · ${r.region}` : ''}`,
      r.predictedLabel,
      r.actualLabel,
      r.correct ? 'yes' : 'no',
      r.by ?? 'the whole class',
    ]);
    const cols = ['Step', 'Party', 'Predicted', 'Happened', 'Right?', 'By'];
    const summary = `<p>${p.correct} of ${p.total} predictions were right (${e(teams)}).</p>`;
    sections.push(section('Predictions against results', summary + tableHtml(cols, rows)));
  }
  if (d.messages) {
    const rows = messageRows(d);
    sections.push(section('Messages in the negotiation round', tableHtml(MESSAGES_HEADER, rows)));
  }
  if (d.history) {
    const rows = d.history.map((h) => [
      String(h.step),
      h.classLabel ?? '(the line had ended)',
      `${h.happened.label}${h.happened.kind === 'hypothetical' ? ' (hypothetical step)' : ''}`,
      h.happened.date ?? '',
      h.happened.sources.map(citation).join('; '),
    ]);
    const cols = ['Step', 'Your class', 'What happened', 'Date', 'Sources'];
    const next = d.whatHappened ? `<h3>What happened next</h3><p>${e(d.whatHappened)}</p>` : '';
    sections.push(section('What your class did, and what happened', tableHtml(cols, rows) + next));
  }
  if (d.prompts.length) {
    sections.push(
      section('Discussion', `<ol>${d.prompts.map((p) => `<li>${e(p)}</li>`).join('')}</ol>`),
    );
  }
  return sections;
}

const ladders = (d: Debrief) => [d.start.ladder, ...d.steps.map((s) => s.ladder)];

/** The debrief of one line as a standalone, printable HTML page. */
export function debriefHtml(d: Debrief): string {
  const intro =
    `<h1>Debrief: ${e(d.scenario.title)}</h1>` +
    `<p>Line <strong>${e(d.line)}</strong>, ${plural(d.steps.length, 'step')}: ` +
    `from ${e(standingText(d.start))} to ${e(standingText(d.end))}.</p>` +
    `<blockquote><p>${e(SIMPLIFICATION)}</p></blockquote>`;
  return page(`Debrief: ${d.scenario.title}`, [intro, ...debriefSections(d)].join('\n'));
}

/** Two lines side by side as a standalone, printable HTML page. */
export function comparisonHtml(c: Comparison): string {
  const rows = c.rows.map((r) => [
    `${r.step}${r.differs ? ' (differs)' : ''}`,
    r.a ? (r.a.label ?? '(start)') : '(ended)',
    r.b ? (r.b.label ?? '(start)') : '(ended)',
    r.a ? String(r.a.ladder) : '',
    r.b ? String(r.b.ladder) : '',
    `${r.a?.outcomeLabel ?? '–'} / ${r.b?.outcomeLabel ?? '–'}`,
  ]);
  const postureRows = c.rows.flatMap((r) =>
    r.posturesDiffer.map((party) => {
      const pa = r.a!.postures.find((p) => p.party === party)!;
      const pb = r.b!.postures.find((p) => p.party === party)!;
      return [String(r.step), pa.partyName, pa.label, pb.label];
    }),
  );
  const body = [
    `<h1>Two lines compared: ${e(c.scenario.title)}</h1>`,
    `<ul><li>Line <strong>${e(c.a.line)}</strong> ends at ${e(standingText(c.a.end))}.</li>` +
      `<li>Line <strong>${e(c.b.line)}</strong> ends at ${e(standingText(c.b.end))}.</li></ul>`,
    `<p><strong>First difference:</strong> ${e(c.firstDifference?.sentence ?? 'none.')}</p>`,
    ladderSvg([
      { name: c.a.line, ladders: c.a.ladders },
      { name: c.b.line, ladders: c.b.ladders },
    ]),
    tableHtml(
      ['Step', c.a.line, c.b.line, `Ladder ${c.a.line}`, `Ladder ${c.b.line}`, 'Outcomes'],
      rows,
    ),
    section(
      'Postures that differ',
      postureRows.length
        ? tableHtml(['Step', 'Party', c.a.line, c.b.line], postureRows)
        : '<p>Every party’s posture is the same on both lines at every step they share.</p>',
    ),
    `<blockquote><p>${e(SIMPLIFICATION)}</p></blockquote>`,
  ];
  return page(`Two lines compared: ${c.scenario.title}`, body.join('\n'));
}
