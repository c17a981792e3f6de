import type { ModelIndex } from './modelIndex.ts';
import type { TransitionLog } from './log.ts';

/** One transition as a readable line: "Hezbollah · diplomacy: Open to talks → Reviewing proposal". */
export function describeMove(
  index: ModelIndex,
  t: { actor: string; region: string | null; from: string; to: string },
): string {
  const party = index.party(t.actor);
  const label = (state: string) => index.state(t.actor, t.region, state)?.label ?? state;
  return `${party.name}${t.region ? ` · ${t.region}` : ''}: ${label(t.from)} → ${label(t.to)}`;
}

/**
 * A log as plain text for reading aloud or printing: each step, who moved and
 * why, the sources, and the ladder and outcome after it. Deterministic, like the log.
 */
export function narrateLog(
  index: ModelIndex,
  log: TransitionLog,
  narration: readonly (string | undefined)[] = [],
): string {
  const model = index.model;
  const rung = (level: number) =>
    model.ladder.find((r) => r.level === level)?.name ?? String(level);
  const outcome = (id: string) => model.outcomes.find((o) => o.id === id)?.label ?? id;
  const lines = [
    `${log.scenario.title} (${log.scenario.id})`,
    `Start: ladder ${log.start.ladder} (${rung(log.start.ladder)}); ${outcome(log.start.outcome)}.`,
  ];
  log.inputs.forEach((input, i) => {
    const step = i + 1;
    const spec = index.event(input);
    lines.push(
      '',
      `Step ${step}: ${spec?.label ?? input}${spec ? ` (${spec.controlledBy === 'world' ? 'world event' : index.party(spec.controlledBy).name})` : ''}`,
    );
    if (narration[i]) lines.push(`  ${narration[i]}`);
    const moves = log.transitions.filter((t) => t.step === step);
    for (const t of moves) {
      lines.push(`  - ${describeMove(index, t)} [${t.cause}]`);
      lines.push(`    ${t.description}${t.basis.length ? ` (basis: ${t.basis.join(', ')})` : ''}`);
      if (t.cause !== 'input') lines.push(`    Why: ${t.reason}`);
      if (t.abandons) lines.push(`    Condition abandoned: ${t.abandons}.`);
    }
    const last = moves[moves.length - 1];
    if (last)
      lines.push(`  Ladder ${last.ladder} (${rung(last.ladder)}); ${outcome(last.outcome)}.`);
  });
  lines.push(
    '',
    `End: ladder ${log.final.ladder} (${rung(log.final.ladder)}); ${outcome(log.final.outcome)}.`,
  );
  return lines.join('\n') + '\n';
}
