/**
 * Who may talk to whom in a negotiation round. The rule is data (a scenario's
 * `classroom.channels`: pairs that do not talk directly, each with a go-between, a
 * reason and a source); this module only follows it, so the app, the checks and the
 * tests route a message the same way and the UI never hard-codes who talks to whom.
 */

/** A pair that does not talk directly, and who carries their messages. */
export interface IndirectChannel {
  readonly between: readonly [string, string];
  readonly via: string;
  readonly reason: string;
  readonly source: string;
}

/** The round's channel rules. */
export interface Channels {
  readonly mediator: string;
  readonly indirect: readonly IndirectChannel[];
}

/** How a message travels: every party it passes, in order, and the rules that made it indirect. */
export interface Route {
  readonly from: string;
  readonly to: string;
  /** From the sender to the recipient, go-betweens in order (two entries when direct). */
  readonly path: readonly string[];
  /** The rules that sent it through go-betweens, outermost first; empty when direct. */
  readonly rules: readonly IndirectChannel[];
}

/** The reason a message cannot be routed (a rule that loops back on itself). */
export interface RouteError {
  readonly error: string;
}

/** The rule for a pair, in either order, or undefined when they may talk directly. */
export function indirectRule(
  channels: Channels,
  a: string,
  b: string,
): IndirectChannel | undefined {
  return channels.indirect.find(
    (r) => (r.between[0] === a && r.between[1] === b) || (r.between[0] === b && r.between[1] === a),
  );
}

/**
 * The route of a message from `from` to `to`: direct unless a rule names a go-between,
 * in which case it goes to the go-between and on from there (each leg routed the same
 * way, so a go-between that needs a go-between of its own is followed). A rule chain
 * that comes back to a party already on the way is an error, not an endless route.
 */
export function routeMessage(channels: Channels, from: string, to: string): Route | RouteError {
  const legs = (a: string, b: string, seen: ReadonlySet<string>): Route | RouteError => {
    if (a === b) return { from: a, to: b, path: [a], rules: [] };
    const rule = indirectRule(channels, a, b);
    if (!rule) return { from: a, to: b, path: [a, b], rules: [] };
    if (seen.has(rule.via) || rule.via === a || rule.via === b)
      return {
        error: `The channel rules loop: ${a} to ${b} goes through ${rule.via}, which is already on the way.`,
      };
    const inner = new Set([...seen, a, b]);
    const first = legs(a, rule.via, inner);
    if ('error' in first) return first;
    const second = legs(rule.via, b, inner);
    if ('error' in second) return second;
    return {
      from: a,
      to: b,
      path: [...first.path, ...second.path.slice(1)],
      rules: [rule, ...first.rules, ...second.rules],
    };
  };
  if (from === to) return { error: 'A message needs a recipient other than its sender.' };
  return legs(from, to, new Set());
}

/** Whether a route is direct (sender straight to recipient). */
export function isDirect(route: Route): boolean {
  return route.path.length === 2;
}
