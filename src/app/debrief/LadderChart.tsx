import { ladderPlot } from '../../debrief/index.ts';

/** One or two lines' ladder levels on one axis; the second line dashed, so no colour is needed. */
export function LadderChart({
  series,
}: {
  series: readonly { name: string; ladders: readonly number[] }[];
}) {
  const g = ladderPlot(series);
  const desc = series.map((s) => `${s.name}: ${s.ladders.join(', ')}`).join('; ');
  const bottom = g.top + g.plotHeight;
  return (
    <figure className="ladder-chart">
      <svg
        viewBox={`0 0 ${g.width} ${g.height}`}
        width="100%"
        role="img"
        aria-label={`Ladder level (0 to 10) at each step. ${desc}`}
      >
        <line x1={g.left} y1={g.top} x2={g.left} y2={bottom} stroke="#666" />
        <line x1={g.left} y1={bottom} x2={g.left + g.plotWidth} y2={bottom} stroke="#666" />
        {g.yTicks.map((t) => (
          <text key={`y${t.label}`} x={g.left - 6} y={t.y + 4} textAnchor="end">
            {t.label}
          </text>
        ))}
        {g.xTicks.map((t) => (
          <text key={`x${t.label}`} x={t.x} y={bottom + 16} textAnchor="middle">
            {t.label}
          </text>
        ))}
        {g.series.map((s) => (
          <polyline
            key={s.name}
            points={s.points}
            fill="none"
            stroke="currentColor"
            strokeWidth={2}
            strokeDasharray={s.dash || undefined}
          />
        ))}
      </svg>
      <figcaption className="hint">
        Ladder level by step.{' '}
        {series.map((s, i) => `${s.name}: ${i === 0 ? 'solid' : 'dashed'} line`).join('; ')}.
      </figcaption>
    </figure>
  );
}
