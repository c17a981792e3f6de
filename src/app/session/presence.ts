/**
 * Who is here in a class session, read from the line document's awareness: every
 * device on the line says what it is (the teacher's browser `role: 'teacher'`, a team's
 * `role: 'team'` with its party). Pure, so the student page and the tests agree.
 */

/** Who is online now. */
export interface Presence {
  readonly teacher: boolean;
  /** The parties whose team has at least one device online, sorted. */
  readonly parties: readonly string[];
}

/** Presence from awareness states (the provider's `awareness.getStates()`); none reads as empty. */
export function presenceOf(
  awareness: { getStates(): Map<number, Record<string, unknown>> } | null | undefined,
): Presence {
  let teacher = false;
  const parties = new Set<string>();
  for (const state of awareness?.getStates().values() ?? []) {
    if (state.role === 'teacher') teacher = true;
    if (state.role === 'team' && typeof state.party === 'string') parties.add(state.party);
  }
  return { teacher, parties: [...parties].sort() };
}

/**
 * One short sentence for a screen reader when teams come or go between two readings,
 * or null when nothing changed: only arrivals and departures, never every heartbeat.
 * `names` maps a party to its team's name (the teams the teacher admitted).
 */
export function presenceChange(
  before: Presence,
  after: Presence,
  names: Readonly<Record<string, string>>,
): string | null {
  const named = (parties: readonly string[]) =>
    parties.filter((p) => names[p] !== undefined).map((p) => names[p]!);
  const came = named(after.parties.filter((p) => !before.parties.includes(p)));
  const went = named(before.parties.filter((p) => !after.parties.includes(p)));
  const parts = [
    ...(came.length > 0 ? [`${came.join(', ')} joined.`] : []),
    ...(went.length > 0 ? [`${went.join(', ')} left.`] : []),
  ];
  return parts.length > 0 ? parts.join(' ') : null;
}
