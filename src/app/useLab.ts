/**
 * The React side of the app state: the pure reducer, started from the link and the
 * saved session, with the effects that keep the URL, the storage and the page title
 * in step with it.
 */
import { useEffect, useMemo, useReducer, useRef, useState, type Dispatch } from 'react';
import { currentLine, inputsOf } from '../engine/index.ts';
import type { ValidScenario } from '../scenario/validate.ts';
import { browserStore, memoryStore } from './browserStore.ts';
import { openScenarioFile } from './fileActions.ts';
import { bundledSummaries, loadBundledScenario } from '../scenario/catalog.ts';
import type { StartScenarios } from './startScenario.ts';
import { boot, sessionFor, isRole } from './state/boot.ts';
import {
  initialLab,
  labReducer,
  TEACHER_ROLE,
  type LabAction,
  type LabState,
} from './state/lab.ts';
import {
  readItem,
  saveSession,
  STORAGE_PREFIX,
  STORAGE_REFUSED,
  type KeyValueStore,
} from './state/storage.ts';
import { formatHash, parseHash } from './state/url.ts';
import { loadPredictions, savePredictions } from './state/predictionStore.ts';
import { loadAttempts, saveAttempts } from './state/attemptStore.ts';
import { saveScheduler } from './saveScheduler.ts';

/** Where a teacher's opened scenario file is kept, so a reload (or a link to it) still finds it. */
export const OPENED_SCENARIO_KEY = `${STORAGE_PREFIX}opened-scenario`;

/** The storage the app uses, chosen once. */
export const store: KeyValueStore = browserStore();

/** The loaded scenarios plus the teacher's opened one (it replaces a bundled one with the same id). */
function startingScenarios(loaded: readonly ValidScenario[]): ValidScenario[] {
  const list = [...loaded];
  const saved = readItem(store, OPENED_SCENARIO_KEY);
  if (!saved) return list;
  try {
    const { name, text } = JSON.parse(saved) as { name: string; text: string };
    const opened = openScenarioFile(String(name), String(text));
    if (opened.ok)
      return [
        ...list.filter((s) => s.scenario.id !== opened.scenario.scenario.id),
        opened.scenario,
      ];
  } catch {
    // A corrupt entry is ignored; the bundled scenarios still open.
  }
  return list;
}

function init(loaded: StartScenarios): LabState {
  const scenarios = startingScenarios(loaded.scenarios);
  const start = safeBoot(scenarios);
  const problem = [loaded.problem, start.problem].filter(Boolean).join(' ') || null;
  // Every scenario's saved predictions, loaded or not: they are read by id, without the file.
  const ids = new Set([
    ...bundledSummaries.map((s) => s.id),
    ...scenarios.map((s) => s.scenario.id),
  ]);
  const predictions = Object.fromEntries([...ids].map((id) => [id, loadPredictions(store, id)]));
  const attempts = Object.fromEntries([...ids].map((id) => [id, loadAttempts(store, id)]));
  return initialLab(scenarios, start.session, start.role, problem, predictions, attempts);
}

/** Boots from the link and the store; should anything still throw, opens the default with a message. */
function safeBoot(scenarios: ValidScenario[]) {
  try {
    return boot(scenarios, location.hash, store);
  } catch (error) {
    console.error('Escalation Lab could not open the link or the saved session:', error);
    return {
      ...boot(scenarios, '', memoryStore()),
      problem: 'The link or the saved session could not be opened, so the default scenario opened.',
    };
  }
}

/** The URL fragment for a state. */
export function hashOf(state: LabState): string {
  const { session, role } = state;
  return formatHash({
    scenario: session.scenario.scenario.id,
    steps: inputsOf(currentLine(session.history)),
    at: session.history.cursor,
    ...(role !== TEACHER_ROLE ? { role } : {}),
  });
}

/**
 * A scenario by id: one already loaded, else the bundled file fetched and checked (and
 * added to the state); null when there is none or it did not validate.
 */
export async function findScenario(
  loaded: readonly ValidScenario[],
  id: string,
  dispatch: Dispatch<LabAction>,
): Promise<ValidScenario | null> {
  const known = loaded.find((s) => s.scenario.id === id);
  if (known) return known;
  const result = await loadBundledScenario(id).catch(() => null);
  if (!result?.ok) return null;
  dispatch({ type: 'addScenario', scenario: result.scenario });
  return result.scenario;
}

/** What the page can do about the pending write of the URL and the saved session. */
export interface LabSaves {
  /** Drops a pending write (after "Clear saved data", so a step made just before does not save again). */
  readonly cancel: () => void;
}

/** The app state and its dispatcher, with URL, storage and title kept in step. */
export function useLab(start: StartScenarios): [LabState, Dispatch<LabAction>, LabSaves] {
  const [state, dispatch] = useReducer(labReducer, start, init);
  const written = useRef('');

  // Saving and the URL are written after the screen updates (a 300-step link makes
  // replaceState and JSON noticeably slow), coalesced until the next paint, and flushed
  // when the page hides.
  const refusedShown = useRef(false);
  const persist = useRef(() => {});
  persist.current = () => {
    const hash = hashOf(state);
    if (hash !== location.hash) history.replaceState(null, '', hash);
    written.current = hash;
    const saved = saveSession(store, state.session);
    if (!saved && !refusedShown.current) {
      refusedShown.current = true;
      const earlier = state.alert;
      dispatch({
        type: 'alert',
        alert: {
          ...earlier,
          message: [earlier?.message, STORAGE_REFUSED].filter(Boolean).join(' '),
        },
      });
    }
  };
  const [saves] = useState(() => saveScheduler(() => persist.current()));
  // biome-ignore lint/correctness/useExhaustiveDependencies: a trigger: a new session or role schedules a save, which reads the latest state through persist.
  useEffect(() => saves.schedule(), [state.session, state.role]);
  useEffect(() => {
    const flush = () => saves.flush();
    // A phone or tablet may discard a hidden tab without a pagehide: write when it hides too.
    const onHidden = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onHidden);
    };
  }, [saves]);
  const labSaves = useMemo(() => ({ cancel: () => saves.cancel() }), [saves]);

  const scenarioId = state.session.scenario.scenario.id;
  const predictions = state.predictions[scenarioId];
  useEffect(() => {
    if (predictions) savePredictions(store, scenarioId, predictions);
  }, [scenarioId, predictions]);
  const attempts = state.attempts[scenarioId];
  useEffect(() => {
    if (attempts?.length) saveAttempts(store, scenarioId, attempts);
  }, [scenarioId, attempts]);

  useEffect(() => {
    document.title = `Escalation Lab — ${state.session.scenario.scenario.title}`;
  }, [state.session.scenario]);

  // A link pasted into the address bar of an open tab: open what it says.
  const latest = useRef(state);
  latest.current = state;
  useEffect(() => {
    const onHash = async () => {
      if (location.hash === written.current) return;
      const { state: link, problems } = parseHash(location.hash);
      const scenario = await findScenario(
        latest.current.scenarios,
        link.scenario ?? latest.current.session.scenario.scenario.id,
        dispatch,
      );
      if (!scenario) {
        dispatch({
          type: 'alert',
          alert: {
            message: `There is no scenario “${link.scenario}” here; the current session is kept.`,
          },
        });
        return;
      }
      const { session, problem } = sessionFor(scenario, store, link.steps, link.at);
      const role = link.role && isRole(link.role) ? link.role : TEACHER_ROLE;
      dispatch({
        type: 'open',
        session,
        role,
        problem: [...problems, problem].filter(Boolean).join(' ') || null,
      });
    };
    const listener = () => void onHash();
    window.addEventListener('hashchange', listener);
    return () => window.removeEventListener('hashchange', listener);
  }, []);

  return [state, dispatch, labSaves];
}
