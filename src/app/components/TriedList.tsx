/**
 * The moves the class tried that the engine refused, on this line up to the cursor,
 * each with the engine's reason: the log's record of what was wanted but not allowed.
 */
import type { AttemptRecord, ModelIndex } from '../../engine/index.ts';

/** Who decides an event, by name ("the world" for the teacher's events). */
export function deciderName(index: ModelIndex, party: string): string {
  return index.model.parties.find((p) => p.id === party)?.name ?? 'the world';
}

/** The refused tries as a list under the log. */
export function TriedList({
  index,
  attempts,
}: {
  index: ModelIndex;
  attempts: readonly AttemptRecord[];
}) {
  return (
    <div className="tried-log">
      <h3>Tried and refused</h3>
      {attempts.length === 0 && (
        <p className="hint">
          No refused move tried yet on this line. Pressing a greyed-out event records the try.
        </p>
      )}
      <ul>
        {attempts.map((a) => (
          <li key={`${a.line ?? ''}-${a.step}-${a.event}-${a.by ?? ''}`}>
            {a.step === 0 ? 'At the start' : `After step ${a.step}`}: “
            {index.event(a.event)?.label ?? a.event}” ({deciderName(index, a.party)}) was refused
            {a.by ? ` (tried by the ${a.by})` : ''}: {a.reason}
          </li>
        ))}
      </ul>
    </div>
  );
}
