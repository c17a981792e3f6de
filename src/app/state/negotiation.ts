/**
 * The negotiation round in the app's flow: where the scenario's kit places it (a
 * `negotiation` phase after a scripted step), whether it is open, and the messages the
 * teams sent, kept in browser storage beside the session (the shared prefix lets
 * "Clear saved data" remove them). Routing is the scenario's rule (src/scenario/channels.ts).
 */
import { messageRecordSchema } from '../../engine/logSchema.ts';
import type { MessageRecord } from '../../engine/index.ts';
import type { Channels } from '../../scenario/channels.ts';
import type { Scenario } from '../../scenario/schema.ts';
import { followsScript } from './script.ts';
import type { Session } from './session.ts';
import { readItem, STORAGE_PREFIX, type KeyValueStore } from './storage.ts';

/** Whether a round is open (stepping waits for it) and every message sent. */
export interface Negotiation {
  /** The step after which the open round is held, or null when no round is open. */
  readonly openAt: number | null;
  readonly messages: readonly MessageRecord[];
}

/** No round open, no messages. */
export const NO_NEGOTIATION: Negotiation = { openAt: null, messages: [] };

/** What the Next step control says while a round is open. */
export const ROUND_OPEN_WHY =
  'Stepping waits for the negotiation round: send the teams’ messages, then press “End round”.';

/** The round the scenario's kit places in the script: its phase, step and channels, or null. */
export function roundOf(scenario: Scenario): {
  readonly title: string;
  readonly afterStep: number;
  readonly channels: Channels;
} | null {
  const kit = scenario.classroom;
  const phase = kit?.phases.find((p) => p.kind === 'negotiation' && p.afterStep !== undefined);
  if (!kit?.channels || !phase || phase.afterStep === undefined) return null;
  return { title: phase.title, afterStep: phase.afterStep, channels: kit.channels };
}

/** Whether the run stands where the scenario places its round (after that step, on the script). */
export function roundDue(session: Session): boolean {
  const round = roundOf(session.scenario.scenario);
  const cursor = session.history.cursor;
  return round !== null && cursor === round.afterStep && followsScript(session, cursor);
}

/** The parties of the round: the played ones, then the mediator when no team plays it. */
export function roundParties(scenario: Scenario, channels: Channels): string[] {
  return [...new Set([...scenario.played, channels.mediator])];
}

/** Messages of rounds held up to `cursor` (an export or debrief of the steps so far). */
export function messagesUpTo(n: Negotiation, cursor: number): readonly MessageRecord[] {
  return n.messages.filter((m) => m.step <= cursor);
}

/** The storage key of one scenario's negotiation round. */
export function negotiationKey(scenarioId: string): string {
  return `${STORAGE_PREFIX}negotiation:${scenarioId}`;
}

/** A scenario's stored round; anything unreadable counts as none. */
export function loadNegotiation(store: KeyValueStore, scenarioId: string): Negotiation {
  const text = readItem(store, negotiationKey(scenarioId));
  if (!text) return NO_NEGOTIATION;
  try {
    const raw = JSON.parse(text) as { openAt?: unknown; messages?: unknown };
    const messages = messageRecordSchema.array().safeParse(raw.messages);
    const openAt = typeof raw.openAt === 'number' ? raw.openAt : null;
    return { openAt, messages: messages.success ? messages.data : [] };
  } catch {
    return NO_NEGOTIATION;
  }
}

/** Stores a scenario's round; false when storage refused it. */
export function saveNegotiation(store: KeyValueStore, scenarioId: string, n: Negotiation): boolean {
  try {
    // Nothing to keep: no key, so a scenario never negotiated leaves storage as it was.
    if (n.openAt === null && n.messages.length === 0) store.removeItem(negotiationKey(scenarioId));
    else store.setItem(negotiationKey(scenarioId), JSON.stringify(n));
    return true;
  } catch {
    return false;
  }
}
