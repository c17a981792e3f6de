/**
 * The Escalation Lab page: header (scenario, role, help), then the simulation (run
 * controls, narration, ladder, events, Why, diagrams, log) and the classroom tools
 * (files, inspector, brief, gallery). All behaviour goes through the engine.
 */
import { useCallback, useMemo, useRef, useState } from 'react';
import { conflictModel } from '../../machines/index.ts';
import { currentLine, currentStep, describeMove, stepsToCursor } from '../engine/index.ts';
import { AnalysisSlot } from './analysis/AnalysisSlot.tsx';
import { AlertArea } from './components/AlertArea.tsx';
import { Brief, Gallery, RoleBrief } from './components/Brief.tsx';
import { lastGood } from './components/ErrorBoundary.tsx';
import { EventsPanel } from './components/EventsPanel.tsx';
import { FilesPanel, type ExportFormat } from './components/FilesPanel.tsx';
import { InspectorPanel } from './components/InspectorPanel.tsx';
import { KeyboardHelp } from './components/KeyboardHelp.tsx';
import { LadderGauge, LadderPlot } from './components/Ladder.tsx';
import { RunControls } from './components/RunControls.tsx';
import { StepNarration } from './components/StepNarration.tsx';
import { ContentNote } from './components/ContentNote.tsx';
import { TransitionLog } from './components/TransitionLog.tsx';
import { WhyPanel, type WhyContent } from './components/WhyPanel.tsx';
import { layoutParty } from './diagram/layout.ts';
import { PartyDiagram, type EdgeSelection, type StateSelection } from './diagram/PartyDiagram.tsx';
import { downloadText } from './download.ts';
import { exportFile, importLog, openScenarioFile, scenarioFile } from './fileActions.ts';
import { nextScriptedEvent } from './state/script.ts';
import { openSession } from './state/session.ts';
import { sessionFor } from './state/boot.ts';
import { clearSavedData } from './state/storage.ts';
import { TEACHER_ROLE, type LabState } from './state/lab.ts';
import { OPENED_SCENARIO_KEY, store, useLab } from './useLab.ts';
import { usePlayback } from './usePlayback.ts';
import { useShortcuts } from './useShortcuts.ts';

const playable = conflictModel.parties.filter((p) => p.kind === 'party');

/** What the Why panel shows for the state's selection (default: the current step's first transition). */
function whyContent(state: LabState): WhyContent | null {
  const { session, selection } = state;
  const index = session.sim.index;
  if (selection?.kind === 'edge') {
    const placed = layoutParty(index.party(selection.party)).regions.find((r) => r.region === selection.region);
    const edge = placed?.edges.find((e) => e.from === selection.from && e.to === selection.to);
    if (edge) {
      const title = describeMove(index, { actor: selection.party, region: selection.region, from: edge.from, to: edge.to });
      return { kind: 'edge', title, events: edge.events.map((e) => ({ ...e, label: index.event(e.event)?.label ?? e.event })) };
    }
  }
  const steps = stepsToCursor(session.history);
  const record =
    selection?.kind === 'record'
      ? steps[selection.step]?.transitions.find((t) => t.seq === selection.seq)
      : currentStep(session.history).transitions[0];
  return record ? { kind: 'record', title: `Step ${record.step}: ${describeMove(index, record)}`, record } : null;
}

/** The app. */
export function App() {
  const [state, dispatch] = useLab();
  const [helpOpen, setHelpOpen] = useState(false);
  const [analysisOpen, setAnalysisOpen] = useState(false);
  const { session, role } = state;
  const step = currentStep(session.history);
  const line = currentLine(session.history);
  const steps = useMemo(() => stepsToCursor(session.history), [session.history]);
  const hasNext = nextScriptedEvent(session) !== null;
  const s = session.scenario.scenario;

  const announce = useCallback((text: string) => dispatch({ type: 'announce', text }), [dispatch]);
  const send = useCallback((event: string) => dispatch({ type: 'session', action: { type: 'send', event } }), [dispatch]);
  const next = useCallback(() => dispatch({ type: 'session', action: { type: 'next' } }), [dispatch]);
  const onEnd = useCallback(() => announce('The script has no next step from here.'), [announce]);
  const playback = usePlayback(hasNext, next, onEnd);
  const selectEdge = useCallback((e: EdgeSelection) => dispatch({ type: 'select', selection: { kind: 'edge', party: e.party, region: e.region, from: e.edge.from, to: e.edge.to } }), [dispatch]);
  const loadPath = useCallback((events: readonly string[]) => dispatch({ type: 'session', action: { type: 'branchWith', events } }), [dispatch]);

  // A state box selects the latest transition into it on this line, up to the current step.
  const latestSteps = useRef(steps);
  latestSteps.current = steps;
  const selectState = useCallback(
    (sel: StateSelection) => {
      const into = latestSteps.current.flatMap((x) => x.transitions).filter((t) => t.actor === sel.party && t.region === sel.region && t.to === sel.state).pop();
      if (into) dispatch({ type: 'select', selection: { kind: 'record', step: into.step, seq: into.seq } });
      else announce('No transition into that state yet on this line: it is where the party started, or has not been reached.');
    },
    [dispatch, announce],
  );
  const selectRecord = useCallback((stepNo: number, seq: number) => dispatch({ type: 'select', selection: { kind: 'record', step: stepNo, seq } }), [dispatch]);

  useShortcuts({
    n: () => (hasNext ? next() : onEnd()),
    b: () => dispatch({ type: 'session', action: { type: 'back' } }),
    p: playback.toggle,
  });

  // Kept for the error boundary: if a later render fails, this log can still be saved.
  const json = () => exportFile(session, 'json');
  lastGood.log = { get name() { return json().name; }, get text() { return json().text; } };

  const scenarios = useRef(state.scenarios);
  scenarios.current = state.scenarios;
  const stopPlayback = playback.stop;
  const openScenario = useCallback(
    (id: string) => {
      const scenario = scenarios.current.find((x) => x.scenario.id === id);
      if (!scenario) return;
      stopPlayback();
      const restored = sessionFor(scenario, store);
      dispatch({ type: 'open', session: restored.session, problem: restored.problem });
    },
    [dispatch, stopPlayback],
  );
  const onExport = (format: ExportFormat) => {
    const file = exportFile(session, format);
    downloadText(file.name, file.text, file.type);
    announce(`Exported ${file.name}.`);
  };
  const onImportLog = (name: string, text: string) => {
    const result = importLog(state.scenarios, name, text);
    if (!result.ok) return dispatch({ type: 'alert', alert: result.alert });
    playback.stop();
    if (result.scenario !== session.scenario) dispatch({ type: 'open', session: openSession(result.scenario) });
    dispatch({ type: 'session', action: { type: 'addLine', steps: result.steps } });
    dispatch({ type: 'alert', alert: null });
  };
  const onOpenScenario = (name: string, text: string) => {
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
  };
  const onShare = () => {
    const file = scenarioFile(session.scenario);
    downloadText(file.name, file.text, 'application/json');
    announce(`Saved the scenario as ${file.name}.`);
  };
  const onClear = () => {
    const removed = clearSavedData(store);
    announce(`Cleared saved data (${removed} item${removed === 1 ? '' : 's'}). The page keeps the current steps until you reload.`);
  };

  const takenByParty = new Map<string, string>();
  for (const t of step.transitions) takenByParty.set(t.actor, `${takenByParty.get(t.actor) ?? ''} ${t.region ?? ''}|${t.from}|${t.to}`);
  const selected = state.selection?.kind === 'record' ? state.selection : null;
  // eslint-disable-next-line react-hooks/exhaustive-deps -- whyContent reads only the session and the selection
  const why = useMemo(() => whyContent(state), [state.session, state.selection]);

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to the simulation
      </a>
      <header className="site-header">
        <div className="brand">
          <h1>Escalation Lab</h1>
          <p className="tagline">A classroom model of conflict escalation. It is a teaching simplification, not a forecast.</p>
        </div>
        <div className="header-controls">
          {/* Labels point at their selects (not wrap them), so each name is just "Scenario" or "View as". */}
          <label htmlFor="scenario-picker">Scenario</label>{' '}
          <select id="scenario-picker" value={s.id} onChange={(e) => openScenario(e.target.value)}>
            {state.scenarios.map((x) => (
              <option key={x.scenario.id} value={x.scenario.id}>
                {x.scenario.title}
              </option>
            ))}
          </select>
          <label htmlFor="role-picker">View as</label>{' '}
          <select id="role-picker" value={role} onChange={(e) => dispatch({ type: 'role', role: e.target.value })}>
            <option value={TEACHER_ROLE}>Teacher (all events)</option>
            {playable.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name} team
              </option>
            ))}
          </select>
          <button type="button" aria-expanded={helpOpen} aria-controls="keyboard-help" onClick={() => setHelpOpen(!helpOpen)}>
            Keyboard shortcuts
          </button>
          <button type="button" onClick={onClear}>
            Clear saved data
          </button>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <p className="scenario-title">
          <span className="visually-hidden">Open scenario: </span>
          {s.title}
        </p>
        <p className="simplification">Teaching simplification: the parties’ rules come from public, dated statements and reports, not from inside knowledge. Statements are attributed (“Hezbollah said…”, “Israel said…”).</p>
        <AlertArea alert={state.alert} onDismiss={() => dispatch({ type: 'alert', alert: null })} />
        <KeyboardHelp open={helpOpen} />
        <div className="layout">
          <div className="col col-controls">
            <RunControls
              lines={session.history.lines}
              line={line.id}
              cursor={session.history.cursor}
              hasNext={hasNext}
              playing={playback.playing}
              speed={playback.speed}
              onNext={next}
              onBack={() => dispatch({ type: 'session', action: { type: 'back' } })}
              onForward={() => dispatch({ type: 'session', action: { type: 'forward' } })}
              onReset={() => dispatch({ type: 'session', action: { type: 'reset' } })}
              onPlay={playback.toggle}
              onSpeed={playback.setSpeed}
              onJump={(n) => dispatch({ type: 'session', action: { type: 'jump', step: n } })}
              onLine={(id) => dispatch({ type: 'session', action: { type: 'switchLine', line: id } })}
              onRefused={announce}
            />
            <p className="status" aria-live="polite" aria-atomic="true" id="announcer">
              {state.announcement.text}
              {state.announcement.serial % 2 ? '\u00a0' : ''}
            </p>
            <ContentNote scenario={session.scenario.scenario} nextStep={nextScriptedEvent(session) ? session.history.cursor + 1 : null} />
            <StepNarration session={session} />
            <section className="panel escalation" aria-labelledby="ladder-heading">
              <h2 id="ladder-heading">Escalation</h2>
              <LadderGauge level={step.ladder} outcome={conflictModel.outcomes.find((o) => o.id === step.outcome)?.label ?? step.outcome} />
              <LadderPlot steps={line.steps} cursor={session.history.cursor} />
            </section>
            <RoleBrief scenario={session.scenario} role={role} />
            <EventsPanel sim={session.sim} step={step} role={role} onSend={send} onRefused={announce} />
            <WhyPanel scenario={session.scenario} content={why} />
          </div>
          <div className="col col-diagrams">
            <section className="panel postures" aria-labelledby="postures-heading">
              <h2 id="postures-heading">Postures</h2>
              <p className="hint">Highlighted: each party’s current state. Orange arrow: the transition just taken. Click an arrow to see why it can happen, or a state (Tab to a diagram, arrow keys between states, Enter) to see the move that led to it.</p>
              {conflictModel.parties.map((p) => (
                <PartyDiagram key={p.id} party={p} posture={step.postures[p.id]!} taken={takenByParty.get(p.id) ?? ''} onSelectEdge={selectEdge} onSelectState={selectState} />
              ))}
            </section>
            <TransitionLog index={session.sim.index} steps={steps} selected={selected} onSelect={selectRecord} />
          </div>
        </div>
        <div className="tools">
          <FilesPanel scenarioId={s.id} onExport={onExport} onImportLog={onImportLog} onOpenScenario={onOpenScenario} onShareScenario={onShare} />
          <InspectorPanel session={session} steps={steps} onStatus={announce} />
        </div>
        <section className="panel analysis-area" aria-labelledby="analysis-heading">
          <h2 id="analysis-heading">Analysis</h2>
          {/* Loaded on request: the panels and their worker are large and recompute at every step. */}
          <button type="button" aria-expanded={analysisOpen} onClick={() => setAnalysisOpen(!analysisOpen)}>
            {analysisOpen ? 'Hide analysis' : 'Show analysis'}
          </button>
          {analysisOpen && <AnalysisSlot scenario={session.scenario} step={step} played={s.played} onLoadPath={loadPath} />}
        </section>
        <Brief scenario={session.scenario} />
        <Gallery scenarios={state.scenarios} current={s.id} onOpen={openScenario} />
      </main>
      <footer className="site-footer">
        <p>Escalation Lab is a teaching simplification of a real conflict: it leaves out most causes and cannot predict events. Sources are listed with their dates.</p>
      </footer>
    </>
  );
}
