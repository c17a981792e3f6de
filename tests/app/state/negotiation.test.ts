/** The negotiation round's place in the app's flow, its storage, and its messages in the export. */
import { describe, expect, it } from 'vitest';
import { memoryStore } from '../../../src/app/browserStore.ts';
import { exportFile } from '../../../src/app/fileActions.ts';
import {
  loadNegotiation,
  messagesUpTo,
  negotiationKey,
  NO_NEGOTIATION,
  roundDue,
  roundOf,
  roundParties,
  saveNegotiation,
} from '../../../src/app/state/negotiation.ts';
import { openSession, updateSession } from '../../../src/app/state/session.ts';
import { loadScenario } from '../../helpers/scenarioFiles.ts';

const baseline = loadScenario('baseline-2024-01');
const gaza = loadScenario('gaza-truce-2023-11');
const message = {
  step: 1,
  from: 'hezbollah',
  to: 'us',
  route: ['hezbollah', 'lebanon', 'us'],
  text: 'No talks before a Gaza ceasefire.',
};

describe('where the round comes', () => {
  it('is due after the step the kit’s negotiation phase names, on the script only', () => {
    expect(roundOf(baseline.scenario)?.afterStep).toBe(1);
    let session = openSession(baseline);
    expect(roundDue(session)).toBe(false);
    session = updateSession(session, { type: 'next' }).session;
    expect(roundDue(session)).toBe(true);
    session = updateSession(session, { type: 'next' }).session;
    expect(roundDue(session)).toBe(false);
    // Off the script (another event sent after step 0), the round does not come.
    const off = updateSession(openSession(baseline), {
      type: 'send',
      event: 'us.strikeHouthis',
    }).session;
    expect(off.history.cursor).toBe(1);
    expect(roundDue(off)).toBe(false);
  });

  it('adds the mediator to the round when no team plays it', () => {
    const round = roundOf(gaza.scenario)!;
    expect(gaza.scenario.played).not.toContain('us');
    expect(roundParties(gaza.scenario, round.channels)).toEqual(['hezbollah', 'israel', 'us']);
  });
});

describe('keeping the round', () => {
  it('stores an open round with its messages and reads it back; an empty one leaves no key', () => {
    const store = memoryStore();
    saveNegotiation(store, 'baseline-2024-01', { openAt: 1, messages: [message] });
    expect(loadNegotiation(store, 'baseline-2024-01')).toEqual({ openAt: 1, messages: [message] });
    saveNegotiation(store, 'baseline-2024-01', NO_NEGOTIATION);
    expect(store.getItem(negotiationKey('baseline-2024-01'))).toBeNull();
  });

  it('reads a corrupt or malformed entry as no round', () => {
    const store = memoryStore();
    store.setItem(negotiationKey('x'), '{not json');
    expect(loadNegotiation(store, 'x')).toEqual(NO_NEGOTIATION);
    store.setItem(negotiationKey('x'), JSON.stringify({ openAt: 'yes', messages: [{ step: 1 }] }));
    expect(loadNegotiation(store, 'x')).toEqual(NO_NEGOTIATION);
  });

  it('exports the messages of rounds held up to the cursor in the JSON log', () => {
    const later = { ...message, step: 2 };
    expect(messagesUpTo({ openAt: null, messages: [message, later] }, 1)).toEqual([message]);
    const session = updateSession(openSession(baseline), { type: 'next' }).session;
    const file = exportFile(session, 'json', [], [message]);
    expect(JSON.parse(file.text).messages).toEqual([message]);
    expect(JSON.parse(exportFile(session, 'json').text)).not.toHaveProperty('messages');
  });
});
