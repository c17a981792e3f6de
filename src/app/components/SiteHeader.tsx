/**
 * The header: title, the scenario and role pickers, presenter mode, keyboard help and
 * "Clear saved data". Kept to one row on a projector so the stage gets the screen.
 */
import { conflictModel } from '../../../machines/index.ts';
import type { ScenarioSummary } from '../../scenario/catalog.ts';
import { TEACHER_ROLE } from '../state/lab.ts';

const playable = conflictModel.parties.filter((p) => p.kind === 'party');

/** Props of the header. */
export interface SiteHeaderProps {
  readonly scenarios: readonly ScenarioSummary[];
  readonly scenarioId: string;
  readonly role: string;
  readonly presenter: boolean;
  readonly helpOpen: boolean;
  readonly onScenario: (id: string) => void;
  readonly onRole: (role: string) => void;
  readonly onPresenter: () => void;
  readonly onHelp: () => void;
  readonly onClear: () => void;
}

/** The header row. */
export function SiteHeader(p: SiteHeaderProps) {
  return (
    <header className="site-header">
      <div className="brand">
        <h1>Escalation Lab</h1>
      </div>
      <div className="header-controls">
        {/* Labels point at their selects (not wrap them), so each name is just "Scenario" or "View as". */}
        <label htmlFor="scenario-picker">Scenario</label>
        <select
          id="scenario-picker"
          value={p.scenarioId}
          onChange={(e) => p.onScenario(e.target.value)}
        >
          {p.scenarios.map((x) => (
            <option key={x.id} value={x.id}>
              {x.title}
            </option>
          ))}
        </select>
        <label htmlFor="role-picker">View as</label>
        <select id="role-picker" value={p.role} onChange={(e) => p.onRole(e.target.value)}>
          <option value={TEACHER_ROLE}>Teacher (all events)</option>
          {playable.map((party) => (
            <option key={party.id} value={party.id}>
              {party.name} team
            </option>
          ))}
        </select>
        <button
          type="button"
          aria-pressed={p.presenter}
          aria-keyshortcuts="F"
          onClick={p.onPresenter}
        >
          Presenter mode
        </button>
        <button
          type="button"
          aria-expanded={p.helpOpen}
          aria-controls="keyboard-help"
          onClick={p.onHelp}
        >
          Keyboard shortcuts
        </button>
        <button type="button" onClick={p.onClear}>
          Clear saved data
        </button>
      </div>
    </header>
  );
}
