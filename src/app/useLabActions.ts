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
import type { MessageRecord, StepResult, TabledTerms, TransitionRecord } from '../engine/index.ts';
import type { RunActions } from './components/RunControls.tsx';
import type { ExportFormat } from './components/FilesPanel.tsx';
import type { EdgeSelection, StateSelection } from './diagram/PartyDiagram.tsx';
import { downloadText } from './download.ts';
import { exportFile, openScenarioFile, scenarioFile } from './fileActions.ts';
import { sessionFor } from './state/boot.ts';
import { currentAttempts, currentPredictions, type LabAction, type LabState } from './state/lab.ts';
import { recordsOnLine } from './state/lineRecords.ts';
import { recordsUpTo, type Pick } from './state/predictions.ts';
import { nextScriptedEvent } from './state/script.ts';
import { openSession, type SessionAction } from './state/session.ts';
import { clearSavedData } from './state/storage.ts';
import { findScenario, OPENED_SCENARIO_KEY, store } from './useLab.ts';
import { usePlayback } from './usePlayback.ts';
import { useShortcuts } from './useShortcuts.ts';

/**
 * The page's actions, from the state, its dispatcher and the steps up to the cursor;
 * `compareLines` opens the debrief's two-line comparison (the page owns that panel);
 * `onCleared` is told when the saved data was cleared.
 */
export function useLabActions(
  state: LabState,
  dispatch: Dispatch<LabAction>,
  steps: readonly StepResult[],
  togglePresenter: () => void,
  round: { readonly heldWhy: string | null; readonly messages: readonly MessageRecord[] } = {
    heldWhy: null,
    messages: [],
  },
  compareLines: () => void = () => {},
  onCleared: () => void = () => {},
) {
  const { session } = state;
  // An open negotiation round holds stepping (and play) until it ends.
  const hasNext = round.heldWhy === null && nextScriptedEvent(session) !== null;
  const heldWhy = round.heldWhy;
  const act = useCallback(
    (action: SessionAction) => dispatch({ type: 'session', action }),
    [dispatch],
  );
  const announce = useCallback((text: string) => dispatch({ type: 'announce', text }), [dispatch]);
  const next = useCallback(() => act({ type: 'next' }), [act]);
  const onEnd = useCallback(
    () => announce(heldWhy ?? 'The script has no next step from here.'),
    [announce, heldWhy],
  );
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
    async (id: string) => {
      stopPlayback();
      // A bundled scenario not opened before is fetched first (a moment, from the same site).
      const scenario = await findScenario(latest.current.state.scenarios, id, dispatch);
      if (!scenario) {
        dispatch({
          type: 'alert',
          alert: {
            message: `The scenario “${id}” could not be loaded; the current session is kept.`,
          },
        });
        return;
      }
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
      onCompare: compareLines,
      onRefused: announce,
    }),
    [next, act, playback.toggle, playback.setSpeed, announce, compareLines],
  );

  useShortcuts({
    n: () => (hasNext ? next() : onEnd()),
    b: () => act({ type: 'back' }),
    p: playback.toggle,
    f: togglePresenter,
  });

  const exportAs = (format: ExportFormat) => {
    const h = session.history;
    const records = recordsUpTo(currentPredictions(state), h);
    const attempts = recordsOnLine(currentAttempts(state), h.lines, h.line, h.cursor);
    const file = exportFile(session, format, records, round.messages, attempts);
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
    /** A refused event was pressed: the reducer says why and keeps the try. */
    tried: useCallback(
      (text: string, event: string) => dispatch({ type: 'tried', event, text }),
      [dispatch],
    ),
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
    importLog: async (name: string, text: string) => {
      const { importLog } = await import('./importLog.ts');
      // The log's scenario may be a bundled one not opened yet: it is fetched first.
      const result = await importLog(
        (id) => findScenario(state.scenarios, id, dispatch),
        name,
        text,
      );
      if (!result.ok) return dispatch({ type: 'alert', alert: result.alert });
      playback.stop();
      if (result.scenario !== session.scenario)
        dispatch({ type: 'open', session: openSession(result.scenario) });
      dispatch({ type: 'session', action: { type: 'addLine', steps: result.steps } });
      // After addLine the imported line is the current one: its records go under it.
      if (result.predictions.length || result.attempts.length)
        dispatch({
          type: 'adoptRecords',
          predictions: result.predictions,
          attempts: result.attempts,
        });
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
      onCleared();
      announce(
        `Cleared saved data (${removed} item${removed === 1 ? '' : 's'}). The page keeps the current steps until you reload.`,
      );
    },
  };
}
