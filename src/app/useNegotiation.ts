/**
 * The negotiation round's state for the open scenario: loaded from storage when the
 * scenario opens, saved on every change, so an open round and its messages survive a
 * reload. Routing is the scenario's rule; this hook only records what was sent.
 */
import { useCallback, useEffect, useState } from 'react';
import type { MessageRecord } from '../engine/index.ts';
import { loadNegotiation, type Negotiation, saveNegotiation } from './state/negotiation.ts';
import { store } from './useLab.ts';

/** The round of scenario `scenarioId`, with its actions. */
export function useNegotiation(scenarioId: string) {
  const [state, setState] = useState(() => ({
    id: scenarioId,
    round: loadNegotiation(store, scenarioId),
  }));
  // Another scenario opened: read its round (during render, as React recommends for derived resets).
  const current =
    state.id === scenarioId ? state : { id: scenarioId, round: loadNegotiation(store, scenarioId) };
  if (current !== state) setState(current);
  useEffect(() => {
    saveNegotiation(store, current.id, current.round);
  }, [current]);
  const update = useCallback(
    (change: (n: Negotiation) => Negotiation) =>
      setState((s) => ({ id: s.id, round: change(s.round) })),
    [],
  );
  return {
    round: current.round,
    /** Opens the round held after `step`: stepping waits until it ends. */
    open: useCallback((step: number) => update((n) => ({ ...n, openAt: step })), [update]),
    /** Ends the open round: stepping resumes, the messages stay. */
    end: useCallback(() => update((n) => ({ ...n, openAt: null })), [update]),
    /** Records one routed message. */
    send: useCallback(
      (m: MessageRecord) => update((n) => ({ ...n, messages: [...n.messages, m] })),
      [update],
    ),
  };
}
