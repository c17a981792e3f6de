/**
 * The negotiation round (issue 15): where the scenario places a round, the teacher
 * opens it and stepping waits; teams write messages to each other, each routed by the
 * scenario's channel rules (a pair that does not talk directly goes through a
 * go-between, and the panel says why, in the scenario's sourced words); "End round"
 * lets the teams choose their moves and stepping resume. The panel never decides who
 * may talk to whom: it shows what routeMessage answers.
 */
import { useId, useState } from 'react';
import { conflictModel } from '../../../machines/index.ts';
import type { MessageRecord } from '../../engine/index.ts';
import { isDirect, routeMessage } from '../../scenario/channels.ts';
import type { Scenario } from '../../scenario/schema.ts';
import { type Negotiation, roundOf, roundParties } from '../state/negotiation.ts';

const nameOf = (id: string) => conflictModel.parties.find((p) => p.id === id)?.name ?? id;

/** What the panel needs: the scenario, where the run stands and the round's state. */
export interface NegotiationPanelProps {
  readonly scenario: Scenario;
  /** Whether the run stands where the scenario places its round. */
  readonly due: boolean;
  readonly round: Negotiation;
  /** The team whose view this is (its messages are sent from it by default), or null for the teacher. */
  readonly team?: string | null;
  readonly onOpen: (step: number) => void;
  readonly onEnd: () => void;
  readonly onSend: (message: MessageRecord) => void;
  readonly onAnnounce: (sentence: string) => void;
}

/** The round's panel, or nothing when the scenario places no round here and none is open. */
export function NegotiationPanel(props: NegotiationPanelProps) {
  const { scenario, due, round: state } = props;
  const round = roundOf(scenario);
  if (!round || (!due && state.openAt === null)) return null;
  const held = state.messages.filter((m) => m.step === round.afterStep);
  return (
    <section className="panel negotiation" aria-labelledby="negotiation-heading">
      <h2 id="negotiation-heading">Negotiation round after step {round.afterStep}</h2>
      {state.openAt === null ? (
        <>
          <p className="hint">
            The lesson plan holds a negotiation round here ({round.title}). Opening it pauses
            stepping until you end it.
          </p>
          <button
            type="button"
            onClick={() => {
              props.onOpen(round.afterStep);
              props.onAnnounce('Negotiation round open: stepping waits until the round ends.');
            }}
          >
            Open negotiation round
          </button>
        </>
      ) : (
        <OpenRound {...props} afterStep={round.afterStep} />
      )}
      {held.length > 0 && (
        <>
          <h3>Messages sent</h3>
          <ol className="messages">
            {held.map((m, i) => (
              <li key={i}>
                <strong>
                  {nameOf(m.from)} to {nameOf(m.to)}
                </strong>
                {m.route.length > 2 && (
                  <> (through {m.route.slice(1, -1).map(nameOf).join(', then ')})</>
                )}
                : {m.text}
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

function OpenRound({
  scenario,
  team,
  onEnd,
  onSend,
  onAnnounce,
  afterStep,
}: NegotiationPanelProps & { afterStep: number }) {
  const round = roundOf(scenario)!;
  const parties = roundParties(scenario, round.channels);
  const first = team && parties.includes(team) ? team : parties[0]!;
  const [from, setFrom] = useState(first);
  const [to, setTo] = useState(parties.find((p) => p !== first) ?? first);
  const [text, setText] = useState('');
  const ids = useId();
  const route = routeMessage(round.channels, from, to);
  const played = new Set(scenario.played);
  const send = () => {
    if ('error' in route) return onAnnounce(route.error);
    const words = text.trim();
    if (!words) return onAnnounce('Write the message first.');
    onSend({ step: afterStep, from, to, route: [...route.path], text: words });
    setText('');
    onAnnounce(
      `Message sent from ${nameOf(from)} to ${nameOf(to)}` +
        (isDirect(route)
          ? ', directly.'
          : `, through ${route.path.slice(1, -1).map(nameOf).join(', then ')}.`),
    );
  };
  return (
    <>
      <p className="hint">
        Stepping is paused. Each team writes to another team; a message goes directly only where the
        parties’ stated conditions allow it, otherwise through a go-between.{' '}
        {played.has(round.channels.mediator)
          ? ''
          : `No team plays ${nameOf(round.channels.mediator)}: the teacher carries its messages.`}
      </p>
      <div className="negotiation-form">
        <label htmlFor={`${ids}-from`}>From</label>
        <select
          id={`${ids}-from`}
          value={from}
          onChange={(e) => {
            const sender = e.target.value;
            setFrom(sender);
            // The recipient list leaves the sender out, so a clash moves the recipient on.
            if (sender === to) setTo(parties.find((p) => p !== sender)!);
          }}
        >
          {parties.map((p) => (
            <option key={p} value={p}>
              {nameOf(p)}
            </option>
          ))}
        </select>
        <label htmlFor={`${ids}-to`}>To</label>
        <select id={`${ids}-to`} value={to} onChange={(e) => setTo(e.target.value)}>
          {parties
            .filter((p) => p !== from)
            .map((p) => (
              <option key={p} value={p}>
                {nameOf(p)}
              </option>
            ))}
        </select>
        <label htmlFor={`${ids}-text`}>Message</label>
        <textarea
          id={`${ids}-text`}
          rows={3}
          maxLength={600}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
      </div>
      {/* Announced as it changes, so a screen-reader user hears the route a choice gives. */}
      <div aria-live="polite">
        <RouteNote route={route} played={played} />
      </div>
      <div className="negotiation-buttons">
        <button type="button" onClick={send}>
          Send message
        </button>
        <button
          type="button"
          onClick={() => {
            onEnd();
            onAnnounce('Round ended: teams choose their moves, and Next step plays on.');
          }}
        >
          End round
        </button>
      </div>
    </>
  );
}

/** How the message will travel, and why, in the scenario's words. */
function RouteNote({
  route,
  played,
}: {
  route: ReturnType<typeof routeMessage>;
  played: ReadonlySet<string>;
}) {
  if ('error' in route) return <p className="route-note">{route.error}</p>;
  if (isDirect(route))
    return (
      <p className="route-note">
        Goes directly: {nameOf(route.from)} may talk to {nameOf(route.to)}.
      </p>
    );
  const between = route.path.slice(1, -1);
  return (
    <div className="route-note">
      <p>
        Routed via the intermediary: {route.path.map(nameOf).join(' → ')}
        {between.some((p) => !played.has(p))
          ? ' (the teacher carries it where no team plays the go-between)'
          : ''}
        .
      </p>
      <ul>
        {route.rules.map((r) => (
          <li key={r.between.join('|')}>Why: {r.reason}</li>
        ))}
      </ul>
    </div>
  );
}
