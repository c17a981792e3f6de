import type { DebriefStep, TurningKind, TurningPoint } from './types.ts';

/**
 * The steps a debrief should stop at: where the ladder moved most, where a stated
 * condition was abandoned, where the line left the script, and where the outcome
 * changed. A step can be a turning point for several reasons; each gets a sentence.
 */
export function findTurningPoints(
  steps: readonly DebriefStep[],
  scriptLength: number,
): TurningPoint[] {
  // The largest rise and the largest fall each count: a line can climb to war and come down.
  const rise = Math.max(0, ...steps.map((s) => s.ladder - s.ladderBefore));
  const fall = Math.min(0, ...steps.map((s) => s.ladder - s.ladderBefore));
  const leftAt = scriptLength > 0 ? steps.find((s) => !s.onScript)?.step : undefined;
  const points: TurningPoint[] = [];
  for (const s of steps) {
    const kinds: TurningKind[] = [];
    const sentences: string[] = [];
    const by = s.decidedBy === 'world' ? 'a world event' : `decided by ${s.deciderName}`;
    const moved = s.ladder - s.ladderBefore;
    if ((rise > 0 && moved === rise) || (fall < 0 && moved === fall)) {
      kinds.push('ladder');
      const way = moved > 0 ? 'rose' : 'fell';
      sentences.push(
        `The ladder ${way} from ${s.ladderBefore} to ${s.ladder} (${s.ladderName}) after ` +
          `“${s.label}” (${by}): the largest ${moved > 0 ? 'rise' : 'fall'} on this line.`,
      );
    }
    for (const m of s.moves.filter((x) => x.abandons)) {
      kinds.push('abandoned');
      sentences.push(`${m.partyName} abandoned a stated condition (${m.abandons}): ${m.reason}`);
    }
    if (s.step === leftAt) {
      kinds.push('leftScript');
      const instead = s.scripted ? ` instead of “${s.scripted.label}”` : '';
      sentences.push(
        s.scripted
          ? `The line left the script: “${s.label}” (${by})${instead}.`
          : `The script had ended; the line went on with “${s.label}” (${by}).`,
      );
    }
    if (s.outcome !== s.outcomeBefore) {
      kinds.push('outcome');
      sentences.push(`The outcome became “${s.outcomeLabel}” after “${s.label}” (${by}).`);
    }
    if (kinds.length) points.push({ step: s.step, kinds: [...new Set(kinds)], sentences });
  }
  return points;
}
