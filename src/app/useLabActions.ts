/**
 * Every action of the page as a stable callback over the reducer: run controls,
 * events, selections, predictions, files and scenarios. Callbacks that need the
 * latest state read a ref that a layout effect updates, so nothing is written during
 * render and the callbacks stay stable (memoised panels do not re-render for them).
 */
import {
  useCallback,
  useLayoutEffect,
  useMemo,
  useRef,
  type Dispatch,
  type MouseEvent,
} from 'react';
import type { StepResult, TabledTerms, TransitionRecord } from '../engine/index.ts';
import type { RunActions } from './components/RunControls.tsx';
import type { ExportFormat } from './components/FilesPanel.tsx';
import type { EdgeSelection, StateSelection } from './diagram/PartyDiagram.tsx';
import { downloadText } from './download.ts';
import { exportFile, importLog, openScenarioFile, scenarioFile } from './fileActions.ts';
import { sessionFor } from './state/boot.ts';
import { currentPredictions, type LabAction, type LabState } from './state/lab.ts';
import { recordsUpTo, type Pick } from './state/predictions.ts';
import { nextScriptedEvent } from './state/script.ts';
import { openSession, type SessionAction } from './state/session.ts';
import { clearSavedData } from './state/storage.ts';
import { OPENED_SCENARIO_KEY, store } from './useLab.ts';
import { usePlayback } from './usePlayback.ts';
import { useShortcuts } from './useShortcuts.ts';

/** The page's actions, from the state, its dispatcher and the steps up to the cursor. */
export function useLabActions(
  state: LabState,
  dispatch: Dispatch<LabAction>,
  steps: readonly StepResult[],
  togglePresenter: () => void,
) {
  const { session } = state;
  const hasNext = nextScriptedEvent(session) !== null;
  const act = useCallback(
    (action: SessionAction) => dispatch({ type: 'session', action }),
    [dispatch],
  );
  const announce = useCallback((text: string) => dispatch({ type: 'announce', text }), [dispatch]);
  const next = useCallback(() => act({ type: 'next' }), [act]);
  const onEnd = useCallback(() => announce('The script has no next step from here.'), [announce]);
  const playback = usePlayback(hasNext, next, onEnd);

  // Read at the moment of the click, not captured at render.
  const latest = useRef({ state, steps });
  useLayoutEffect(() => {
    latest.current = { state, steps };
  });
  const selectState = useCallback(
    (sel: StateSelection) => {
      const into = latest.current.steps
        .flatMap((x) => x.transitions)
        .filter((t) => t.actor === sel.party && t.region === sel.region && t.to === sel.state)
        .pop();
      if (into)
        dispatch({ type: 'select', selection: { kind: 'record', step: into.step, seq: into.seq } });
      else
        announce(
          'No transition into that state yet on this line: it is where the party started, or has not been reached.',
        );
    },
    [dispatch, announce],
  );
  const stopPlayback = playback.stop;
  const openScenario = useCallback(
    (id: string) => {
      const scenario = latest.current.state.scenarios.find((x) => x.scenario.id === id);
      if (!scenario) return;
      stopPlayback();
      const restored = sessionFor(scenario, store);
      dispatch({ type: 'open', session: restored.session, problem: restored.problem });
    },
    [dispatch, stopPlayback],
  );

  const run: RunActions = useMemo(
    () => ({
      onNext: next,
      onBack: () => act({ type: 'back' }),
      onForward: () => act({ type: 'forward' }),
      onReset: () => act({ type: 'reset' }),
      onPlay: playback.toggle,
      onSpeed: playback.setSpeed,
      onJump: (n: number) => act({ type: 'jump', step: n }),
      onLine: (id: string) => act({ type: 'switchLine', line: id }),
      onRefused: announce,
    }),
    [next, act, playback.toggle, playback.setSpeed, announce],
  );

  useShortcuts({
    n: () => (hasNext ? next() : onEnd()),
    b: () => act({ type: 'back' }),
    p: playback.toggle,
    f: togglePresenter,
  });

  const exportAs = (format: ExportFormat) => {
    const records = recordsUpTo(currentPredictions(state), session.history.cursor);
    const file = exportFile(session, format, records);
    downloadText(file.name, file.text, file.type);
    announce(`Exported ${file.name}.`);
  };

  return {
    hasNext,
    playback,
    run,
    announce,
    selectState,
    openScenario,
    exportAs,
    send: useCallback(
      (event: string, tabled?: TabledTerms) =>
        act(tabled ? { type: 'send', event, tabled } : { type: 'send', event }),
      [act],
    ),
    selectEdge: useCallback(
      (e: EdgeSelection) =>
        dispatch({
          type: 'select',
          selection: {
            kind: 'edge',
            party: e.party,
            region: e.region,
            from: e.edge.from,
            to: e.edge.to,
          },
        }),
      [dispatch],
    ),
    selectRecord: useCallback(
      (step: number, seq: number) =>
        dispatch({ type: 'select', selection: { kind: 'record', step, seq } }),
      [dispatch],
    ),
    selectMove: useCallback(
      (t: TransitionRecord) =>
        dispatch({ type: 'select', selection: { kind: 'record', step: t.step, seq: t.seq } }),
      [dispatch],
    ),
    loadPath: useCallback(
      (events: readonly string[]) => act({ type: 'branchWith', events }),
      [act],
    ),
    setRole: (role: string) => dispatch({ type: 'role', role }),
    lock: (picks: readonly Pick[]) =>
      dispatch({ type: 'predict', action: { type: 'lock', picks } }),
    unlock: () => dispatch({ type: 'predict', action: { type: 'unlock' } }),
    enablePredictions: (enabled: boolean) =>
      dispatch({ type: 'predict', action: { type: 'enable', enabled } }),
    /** The skip link focuses the main area without touching the URL (a hash change would be read as a link). */
    skipToMain: (e: MouseEvent<HTMLAnchorElement>) => {
      e.preventDefault();
      document.getElementById('main')?.focus();
    },
    importLog: (name: string, text: string) => {
      const result = importLog(state.scenarios, name, text);
      if (!result.ok) return dispatch({ type: 'alert', alert: result.alert });
      playback.stop();
      if (result.scenario !== session.scenario)
        dispatch({ type: 'open', session: openSession(result.scenario) });
      dispatch({ type: 'session', action: { type: 'addLine', steps: result.steps } });
      dispatch({ type: 'alert', alert: null });
    },
    openScenarioFile: (name: string, text: string) => {
      const result = openScenarioFile(name, text);
      if (!result.ok) return dispatch({ type: 'alert', alert: result.alert });
      try {
        store.setItem(OPENED_SCENARIO_KEY, JSON.stringify({ name, text }));
      } catch {
        // Without storage the scenario stays open for this visit only.
      }
      playback.stop();
      dispatch({ type: 'addScenario', scenario: result.scenario });
      dispatch({ type: 'open', session: openSession(result.scenario) });
    },
    share: () => {
      const file = scenarioFile(session.scenario);
      downloadText(file.name, file.text, 'application/json');
      announce(`Saved the scenario as ${file.name}.`);
    },
    clear: () => {
      const removed = clearSavedData(store);
      announce(
        `Cleared saved data (${removed} item${removed === 1 ? '' : 's'}). The page keeps the current steps until you reload.`,
      );
    },
  };
}
