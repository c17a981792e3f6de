/**
 * The app's diagram layout: the coordinates ELK computed at build time
 * (src/build/diagramLayoutPlugin.ts), looked up by party. The hand-written layered layout
 * that used to live here is gone: ELK places boxes, routes arrows around them and places
 * their labels, and it costs the browser nothing because only its numbers are shipped.
 */
import layouts from 'virtual:diagram-layouts';
import type { PartyDefinition } from '../../../machines/types.ts';
import type { PartyDiagramLayout } from '../../diagram/layoutTypes.ts';

/** Thrown when a party has no layout: the build step did not run for this machine. */
export class MissingLayoutError extends Error {}

/** A party's diagram layout, as laid out at build time. */
export function layoutParty(party: PartyDefinition): PartyDiagramLayout {
  const layout = layouts.parties[party.id];
  if (!layout) throw new MissingLayoutError(`No diagram layout for party "${party.id}"`);
  return layout;
}

/** The model version the shipped layouts were made for. */
export const layoutModelVersion: string = layouts.modelVersion;
