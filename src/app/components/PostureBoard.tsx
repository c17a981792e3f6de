/**
 * The board on the stage: every party's current posture in one compact grid, so a
 * class sees all seven at once on a projector. A party that moved in the last step
 * is marked (`data-moved`) and shows where it came from; its states are buttons that
 * open Why for the move into them.
 */
import { memo } from 'react';
import { conflictModel } from '../../../machines/index.ts';
import {
  postureEntries,
  type ModelIndex,
  type StepResult,
  type TransitionRecord,
} from '../../engine/index.ts';

/** Props of the board. */
export interface PostureBoardProps {
  readonly index: ModelIndex;
  readonly step: StepResult;
  /** Parties shown first (a team's own), in this order; the rest follow in model order. */
  readonly first?: readonly string[];
  /** Selects the move into a state (the step and seq of its transition). */
  readonly onSelectMove: (move: TransitionRecord) => void;
}

/** The party ids in board order: `first`, then the others in model order. */
export function boardOrder(first: readonly string[] = []): string[] {
  const rest = conflictModel.parties.map((p) => p.id).filter((id) => !first.includes(id));
  return [...first, ...rest];
}

/** The region and state pairs of a party, with the move of this step that led there, if any. */
function cells(index: ModelIndex, step: StepResult, party: string) {
  return postureEntries(step.postures[party]!).map(([region, state]) => {
    const move = [...step.transitions]
      .reverse()
      .find((t) => t.actor === party && t.region === region);
    const label = index.state(party, region, state)?.label ?? state;
    const from = move ? (index.state(party, region, move.from)?.label ?? move.from) : null;
    return { region, state, label, from, move };
  });
}

/** The board: one group per party, named after it. */
export const PostureBoard = memo(function PostureBoard({
  index,
  step,
  first,
  onSelectMove,
}: PostureBoardProps) {
  return (
    <section className="panel board" aria-label="Stage">
      <h2 className="board-heading">
        Every party now{step.index > 0 ? `, after step ${step.index}` : ', at the start'}
      </h2>
      <div className="board-grid">
        {boardOrder(first).map((id) => {
          const party = index.party(id);
          const here = cells(index, step, id);
          const moved = here.some((c) => c.move);
          return (
            // biome-ignore lint/a11y/useSemanticElements: a party's card on the board; a fieldset would imply a form.
            <div
              key={id}
              role="group"
              aria-label={party.name}
              className="board-party"
              data-party={id}
              data-moved={moved ? 'true' : undefined}
            >
              <h3>
                {party.name}
                {moved && <span className="moved-tag"> moved</span>}
              </h3>
              <ul>
                {here.map((c) => (
                  <li key={c.region ?? '-'}>
                    {c.region && <span className="board-region">{c.region}: </span>}
                    {c.move ? (
                      <button
                        type="button"
                        className="board-state"
                        aria-current="true"
                        onClick={() => onSelectMove(c.move!)}
                      >
                        {c.label}
                        <span className="board-from"> (was {c.from})</span>
                      </button>
                    ) : (
                      <span className="board-state" aria-current="true">
                        {c.label}
                      </span>
                    )}
                  </li>
                ))}
              </ul>
            </div>
          );
        })}
      </div>
    </section>
  );
});
