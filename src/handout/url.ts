/**
 * The handout's address: `handout.html?scenario=<id>` (and optionally `&role=<party>`
 * for one team's copy). Pure functions, so the page and the tests agree on them.
 */

/** What the page was asked to show. */
export interface HandoutRequest {
  readonly scenario: string | null;
  readonly role: string | null;
}

/** Reads `?scenario=…&role=…` from a query string; empty values count as absent. */
export function readHandoutRequest(search: string): HandoutRequest {
  const params = new URLSearchParams(search);
  const value = (name: string) => {
    const v = params.get(name)?.trim();
    return v ? v : null;
  };
  return { scenario: value('scenario'), role: value('role') };
}

/** The relative link to a scenario's handout (relative, so the built site works from any folder). */
export function handoutHref(scenarioId: string, role?: string): string {
  const params = new URLSearchParams({ scenario: scenarioId });
  if (role) params.set('role', role);
  return `handout.html?${params.toString()}`;
}

/** The relative link back to the list of handouts. */
export const HANDOUT_INDEX_HREF = 'handout.html';

/** The relative link that opens a scenario in the simulator, optionally in one team's role view. */
export function appHref(scenarioId: string, role?: string): string {
  const params = new URLSearchParams({ scenario: scenarioId });
  if (role) params.set('role', role);
  return `index.html#${params.toString()}`;
}
