/** Two lines side by side, aligned by step: the first difference, both ladders, both outcomes. */
import { compareLines, type Debrief } from '../../debrief/index.ts';
import { LadderChart } from './LadderChart.tsx';

/** Props: the debriefs of the two lines to compare (same scenario). */
export interface CompareViewProps {
  readonly a: Debrief;
  readonly b: Debrief;
}

/** The comparison of two lines, from the same pure module as the CLI's `--compare`. */
export function CompareView({ a, b }: CompareViewProps) {
  const c = compareLines(a, b);
  const side = (s: (typeof c.rows)[number]['a']) => (s ? (s.label ?? '(start)') : '(ended)');
  return (
    <section aria-labelledby="compare-heading">
      <h3 id="compare-heading">
        Line {c.a.line} and line {c.b.line}, side by side
      </h3>
      <ul>
        <li>
          Line <strong>{c.a.line}</strong> ends at ladder {c.a.end.ladder} ({c.a.end.ladderName}),{' '}
          {c.a.end.outcomeLabel}.
        </li>
        <li>
          Line <strong>{c.b.line}</strong> ends at ladder {c.b.end.ladder} ({c.b.end.ladderName}),{' '}
          {c.b.end.outcomeLabel}.
        </li>
      </ul>
      <p className="debrief-first-difference">
        <strong>First difference:</strong>{' '}
        {c.firstDifference?.sentence ?? 'none: the two lines play the same events.'}
      </p>
      <LadderChart
        series={[
          { name: c.a.line, ladders: c.a.ladders },
          { name: c.b.line, ladders: c.b.ladders },
        ]}
      />
      <div className="debrief-table">
        <table>
          <caption className="visually-hidden">The two lines by step</caption>
          <thead>
            <tr>
              <th scope="col">Step</th>
              <th scope="col">Line {c.a.line}</th>
              <th scope="col">Line {c.b.line}</th>
              <th scope="col">Ladder</th>
              <th scope="col">Outcomes</th>
              <th scope="col">Postures that differ</th>
            </tr>
          </thead>
          <tbody>
            {c.rows.map((r) => (
              <tr key={r.step} className={r.differs ? 'differs' : undefined}>
                <th scope="row">
                  {r.step}
                  {r.differs ? ' (differs)' : ''}
                </th>
                <td>
                  {side(r.a)}
                  {r.a?.deciderName ? ` (${r.a.deciderName})` : ''}
                </td>
                <td>
                  {side(r.b)}
                  {r.b?.deciderName ? ` (${r.b.deciderName})` : ''}
                </td>
                <td>
                  {r.a ? r.a.ladder : '–'} / {r.b ? r.b.ladder : '–'}
                </td>
                <td>
                  {r.a?.outcomeLabel ?? '–'} / {r.b?.outcomeLabel ?? '–'}
                </td>
                <td>
                  {r.posturesDiffer.length === 0
                    ? 'none'
                    : r.posturesDiffer.map((party) => {
                        const pa = r.a!.postures.find((p) => p.party === party)!;
                        const pb = r.b!.postures.find((p) => p.party === party)!;
                        return (
                          <div key={party}>
                            {pa.partyName}: {pa.label} / {pb.label}
                          </div>
                        );
                      })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <details className="no-print">
        <summary>Every party’s posture at each step</summary>
        {c.rows.map((r) => (
          <div key={r.step}>
            <h4>Step {r.step}</h4>
            <ul>
              {(r.a ?? r.b)!.postures.map((p, i) => (
                <li key={p.party}>
                  {p.partyName}: {r.a?.postures[i]?.label ?? '(ended)'} /{' '}
                  {r.b?.postures[i]?.label ?? '(ended)'}
                </li>
              ))}
            </ul>
          </div>
        ))}
      </details>
    </section>
  );
}
