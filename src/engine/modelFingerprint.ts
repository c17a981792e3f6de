import type { ConflictModel } from '../../machines/types.ts';
import { fingerprint } from './fingerprint.ts';

const cache = new WeakMap<ConflictModel, string>();

/**
 * A fingerprint of the model's behaviour: every machine's configuration (states,
 * transitions, guards by name, descriptions), the event catalog, the guards'
 * descriptions and the doctrine. Logs carry it so a changed model is noticed.
 */
export function modelFingerprint(model: ConflictModel): string {
  const known = cache.get(model);
  if (known) return known;
  const value = fingerprint({
    id: model.id,
    version: model.version,
    parties: model.parties.map((p) => ({
      id: p.id,
      doctrine: p.doctrine,
      config: p.machine.config,
    })),
    events: model.events,
    guards: Object.entries(model.guards).map(([name, g]) => [name, g.description, g.basis]),
  });
  cache.set(model, value);
  return value;
}
