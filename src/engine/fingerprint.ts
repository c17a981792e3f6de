/**
 * Content fingerprints for scenarios and the model. A log carries both, so replay
 * can refuse a log made with another version. Not a security hash: it detects
 * change, not tampering (replay re-runs the inputs for that).
 */

/** JSON with object keys sorted, so equal content always gives equal text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      return Object.fromEntries(
        Object.entries(v as Record<string, unknown>).sort(([a], [b]) =>
          a < b ? -1 : a > b ? 1 : 0,
        ),
      );
    }
    return v;
  });
}

/** cyrb53: a fast 53-bit string hash with good spread. */
function cyrb53(text: string, seed: number): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** A 28-hex-digit fingerprint of any JSON value's content. */
export function fingerprint(value: unknown): string {
  const text = canonicalJson(value);
  return (
    cyrb53(text, 0).toString(16).padStart(14, '0') + cyrb53(text, 1).toString(16).padStart(14, '0')
  );
}

/** The parts of a scenario a run depends on (structurally: the scenario layer's type has them). */
export interface RunDefinition {
  readonly id: string;
  readonly start: unknown;
  readonly played: readonly string[];
  readonly seed: number;
  readonly script: readonly { readonly event: string; readonly proposal?: string | undefined }[];
  readonly proposals?: readonly { readonly id: string; readonly terms: unknown }[] | undefined;
}

/**
 * A scenario's run fingerprint: only what a run depends on (its id, starting world,
 * played parties, seed, the scripted inputs with the proposals they name, and each
 * proposal's terms). Narration, questions, sources, the brief and the classroom block
 * are left out, so a text-only edit keeps old logs and saved sessions replayable,
 * while a changed input, start or term does not.
 */
export function runFingerprint(run: RunDefinition): string {
  return fingerprint({
    kind: 'run',
    id: run.id,
    start: run.start,
    played: run.played,
    seed: run.seed,
    script: run.script.map((s) => [s.event, s.proposal ?? null]),
    proposals: (run.proposals ?? []).map((p) => [p.id, p.terms]),
  });
}
