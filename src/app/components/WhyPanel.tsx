/**
 * The Why panel: for a selected transition (a log row, or an arrow of a diagram),
 * its description, guard (name and description), cause, reason and basis sources.
 */
import type { Ref } from 'react';
import { conflictModel } from '../../../machines/index.ts';
import type { SourceRef } from '../../../machines/types.ts';
import type { TransitionRecord } from '../../engine/index.ts';
import type { ValidScenario } from '../../scenario/validate.ts';
import type { EdgeEvent } from '../diagram/graph.ts';
import { findSource } from './sources.ts';
import { SourceList } from './SourceList.tsx';

/** What the panel shows: a transition that happened, or the definitions on a diagram arrow. */
export type WhyContent =
  | { readonly kind: 'record'; readonly title: string; readonly record: TransitionRecord }
  | {
      readonly kind: 'edge';
      readonly title: string;
      readonly events: readonly (EdgeEvent & { readonly label: string })[];
    };

function Guard({ name }: { name: string | null }) {
  if (!name) return <>none (always possible from this state)</>;
  const spec = conflictModel.guards[name];
  return (
    <>
      <code>{name}</code>: {spec?.description ?? 'unknown guard'}
    </>
  );
}

const sourcesOf = (scenario: ValidScenario, ids: readonly string[]): SourceRef[] =>
  ids.map(
    (id) => findSource(scenario, id) ?? { id, publisher: 'Unknown source', title: id, date: '' },
  );

/** Props of the Why panel; `panelRef` lets the page move the focus to it. */
export interface WhyPanelProps {
  readonly scenario: ValidScenario;
  readonly content: WhyContent | null;
  readonly panelRef?: Ref<HTMLElement>;
}

/** The panel; empty content shows how to select something. */
export function WhyPanel({ scenario, content, panelRef }: WhyPanelProps) {
  return (
    <section className="panel why" aria-labelledby="why-heading" tabIndex={-1} ref={panelRef}>
      <h2 id="why-heading">Why</h2>
      {!content && (
        <p className="hint">
          Select a moved state on the board, a transition in the log, or an arrow in a diagram, to
          see why it happens and its sources.
        </p>
      )}
      {content?.kind === 'record' && (
        <div data-why="record">
          <h3>{content.title}</h3>
          <dl>
            <dt>What it means</dt>
            <dd>{content.record.description || 'No description.'}</dd>
            <dt>Cause</dt>
            <dd>{content.record.cause}</dd>
            <dt>Reason</dt>
            <dd>{content.record.reason}</dd>
            <dt>Guard</dt>
            <dd>
              <Guard name={content.record.guard} />
            </dd>
            {content.record.abandons && (
              <>
                <dt>Condition abandoned</dt>
                <dd>{content.record.abandons}</dd>
              </>
            )}
            <dt>Basis</dt>
            <dd>
              <SourceList sources={sourcesOf(scenario, content.record.basis)} />
            </dd>
          </dl>
        </div>
      )}
      {content?.kind === 'edge' && (
        <div data-why="edge">
          <h3>{content.title}</h3>
          {content.events.map((e) => (
            <dl key={e.event}>
              <dt>Event</dt>
              <dd>{e.label}</dd>
              <dt>What it means</dt>
              <dd>{e.description || 'No description.'}</dd>
              <dt>Guard</dt>
              <dd>
                <Guard name={e.guard} />
              </dd>
              <dt>Basis</dt>
              <dd>
                <SourceList sources={sourcesOf(scenario, e.basis)} />
              </dd>
            </dl>
          ))}
        </div>
      )}
    </section>
  );
}
