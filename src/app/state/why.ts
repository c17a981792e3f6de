/** What the Why panel shows for a selection: a logged transition, or a diagram arrow. */
import { currentStep, describeMove, stepsToCursor } from '../../engine/index.ts';
import type { WhyContent } from '../components/WhyPanel.tsx';
import { partyGraphs } from '../diagram/graph.ts';
import type { Selection } from './lab.ts';
import type { Session } from './session.ts';

/** The content for a selection; with none, the current step's first transition. */
export function whyContent(session: Session, selection: Selection | null): WhyContent | null {
  const index = session.sim.index;
  if (selection?.kind === 'edge') {
    const placed = partyGraphs(index.party(selection.party)).find(
      (r) => r.region === selection.region,
    );
    const edge = placed?.edges.find((e) => e.from === selection.from && e.to === selection.to);
    if (edge) {
      const title = describeMove(index, {
        actor: selection.party,
        region: selection.region,
        from: edge.from,
        to: edge.to,
      });
      const events = edge.events.map((e) => ({
        ...e,
        label: index.event(e.event)?.label ?? e.event,
      }));
      return { kind: 'edge', title, events };
    }
  }
  const steps = stepsToCursor(session.history);
  const record =
    selection?.kind === 'record'
      ? steps[selection.step]?.transitions.find((t) => t.seq === selection.seq)
      : currentStep(session.history).transitions[0];
  return record
    ? { kind: 'record', title: `Step ${record.step}: ${describeMove(index, record)}`, record }
    : null;
}
