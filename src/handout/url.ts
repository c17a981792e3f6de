/**
 * The handout's address: `handout.html?scenario=<id>`, optionally with `&role=<party>`
 * for one team's copy or `&view=teacher` for the teacher's copy. Pure functions, so
 * the page and the tests agree on them.
 */

/** What the page was asked to show. */
export interface HandoutRequest {
  readonly scenario: string | null;
  readonly role: string | null;
  /** True for `view=teacher`: narration and the expected end are shown. */
  readonly teacher: boolean;
}

/** Reads `?scenario=…&role=…` from a query string; empty values count as absent. */
export function readHandoutRequest(search: string): HandoutRequest {
  const params = new URLSearchParams(search);
  const value = (name: string) => {
    const v = params.get(name)?.trim();
    return v ? v : null;
  };
  return { scenario: value('scenario'), role: value('role'), teacher: value('view') === 'teacher' };
}

/** The relative link to a scenario's handout (relative, so the built site works from any folder). */
export function handoutHref(
  scenarioId: string,
  copy: { role?: string; teacher?: boolean } = {},
): string {
  const params = new URLSearchParams({ scenario: scenarioId });
  if (copy.role) params.set('role', copy.role);
  if (copy.teacher) params.set('view', 'teacher');
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
