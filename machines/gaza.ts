import { go } from './world.ts';
import { machineOptions, partySetup } from './setupParty.ts';

/**
 * The Gaza war track. No team plays it: the teacher or the script moves it with
 * world events, and the other parties read it through their guards.
 */
export const gazaMachine = partySetup.createMachine({
  id: 'gaza',
  description: 'The state of the war in Gaza, which Hezbollah tied its fire to.',
  options: machineOptions,
  initial: 'war',
  states: {
    war: {
      description: 'The war in Gaza goes on.',
      meta: { label: 'War', rung: 0 },
      on: {
        'world.gazaTruce': go('truce', 'A temporary truce pauses the fighting in Gaza.', [
          'truce-2023-11',
        ]),
        'world.gazaCeasefire': go('ceasefire', 'A full ceasefire takes effect in Gaza.', ['model']),
      },
    },
    truce: {
      description: 'A temporary pause in the fighting (as from 24 November to 1 December 2023).',
      meta: { label: 'Temporary truce', rung: 0 },
      on: {
        'world.gazaTruceCollapses': go('war', 'The truce ends and fighting in Gaza resumes.', [
          'truce-ends-2023-12-01',
        ]),
        'world.gazaCeasefire': go('ceasefire', 'The truce turns into a full ceasefire.', ['model']),
      },
    },
    ceasefire: {
      description: 'A full ceasefire is in effect in Gaza.',
      meta: { label: 'Full ceasefire', rung: 0 },
      on: {
        'world.gazaCeasefireCollapses': go(
          'war',
          'The ceasefire breaks down and the war resumes.',
          ['model'],
        ),
        'world.gazaWarEnds': go('ended', 'The ceasefire holds and the war is declared over.', [
          'model',
        ]),
      },
    },
    ended: {
      description: 'The Gaza war has ended.',
      meta: { label: 'War ended', rung: 0 },
    },
  },
});
