/**
 * The Escalation Lab page. The stage fills the first screen: run controls, narration
 * and Predict; the board of every party and the ladder; the events and Why. Detail
 * (diagrams, log, brief, debrief, analysis, files, inspector, gallery) sits below it,
 * each panel one click away from the stage. A team's view puts its brief, its moves and
 * its own diagram first. All behaviour goes through the engine.
 */
import { useCallback, useEffect, useEffectEvent, useMemo, useRef, useState } from 'react';
import { conflictModel } from '../../machines/index.ts';
import { currentLine, currentStep, stepsToCursor } from '../engine/index.ts';
import { AnalysisSlot } from './analysis/AnalysisSlot.tsx';
import { AlertArea } from './components/AlertArea.tsx';
import { Brief, Gallery, RoleBrief } from './components/Brief.tsx';
import { DetailNav, showPanel } from './components/DetailNav.tsx';
import { lastGood } from './components/ErrorBoundary.tsx';
import { EventsPanel } from './components/EventsPanel.tsx';
import { FilesPanel } from './components/FilesPanel.tsx';
import { InspectorPanel } from './components/InspectorPanel.tsx';
import { KeyboardHelp } from './components/KeyboardHelp.tsx';
import { LadderGauge, LadderPlot, OutcomeList } from './components/Ladder.tsx';
import { boardOrder, PostureBoard } from './components/PostureBoard.tsx';
import { PredictPanel } from './components/PredictPanel.tsx';
import { RunControls } from './components/RunControls.tsx';
import { SiteHeader } from './components/SiteHeader.tsx';
import { StepNarration } from './components/StepNarration.tsx';
import { ContentNote } from './components/ContentNote.tsx';
import { TransitionLog } from './components/TransitionLog.tsx';
import { WhyPanel } from './components/WhyPanel.tsx';
import { PartyDiagram } from './diagram/PartyDiagram.tsx';
import { exportFile } from './fileActions.ts';
import { currentAttempts, currentPredictions, TEACHER_ROLE } from './state/lab.ts';
import { recordsOnLine } from './state/lineRecords.ts';
import { recordsUpTo } from './state/predictions.ts';
import { takenKey, takenMoves } from './state/taken.ts';
import { whyContent } from './state/why.ts';
import { useLab } from './useLab.ts';
import { useLabActions } from './useLabActions.ts';
import { RoleSheet } from './components/RoleSheet.tsx';
import { nextScriptedEvent } from './state/script.ts';
import {
  ClassSession,
  DebriefView,
  Deferred,
  NegotiationPanel,
  ProposalBuilder,
} from './lazyPanels.tsx';
import { messagesUpTo, ROUND_OPEN_WHY, roundDue } from './state/negotiation.ts';
import { useNegotiation } from './useNegotiation.ts';
import type { CompareRequest } from './debrief/DebriefView.tsx';
import { compareTarget } from './state/compareTarget.ts';

/** The app. */
export function App() {
  const [state, dispatch] = useLab();
  const [helpOpen, setHelpOpen] = useState(false);
  const [analysisOpen, setAnalysisOpen] = useState(false);
  const [presenter, setPresenter] = useState(false);
  const { session, role } = state;
  const step = currentStep(session.history);
  const line = currentLine(session.history);
  const steps = useMemo(() => stepsToCursor(session.history), [session.history]);
  const predictions = currentPredictions(state);
  const negotiation = useNegotiation(session.scenario.scenario.id);
  const roundOpen = negotiation.round.openAt !== null;
  const messages = useMemo(
    () => messagesUpTo(negotiation.round, session.history.cursor),
    [negotiation.round, session.history.cursor],
  );
  const attempts = currentAttempts(state);
  const h = session.history;
  // "Compare lines" (Line picker, end of the script): the debrief compares the current line.
  const [compare, setCompare] = useState<CompareRequest | null>(null);
  const compareLines = useCallback(() => {
    const other = compareTarget(h.lines, h.line);
    if (!other) return;
    setCompare((c) => ({ serial: (c?.serial ?? 0) + 1, line: h.line, other }));
    showPanel('panel-debrief');
  }, [h.lines, h.line]);
  const triedHere = useMemo(
    () => recordsOnLine(attempts, h.lines, h.line, h.cursor),
    [attempts, h.lines, h.line, h.cursor],
  );
  const a = useLabActions(
    state,
    dispatch,
    steps,
    () => setPresenter((on) => !on),
    { heldWhy: roundOpen ? ROUND_OPEN_WHY : null, messages },
    compareLines,
  );
  const s = session.scenario.scenario;
  const team = role === TEACHER_ROLE ? null : role;

  // Kept for the error boundary: if a later render fails, this log can still be saved.
  useEffect(() => {
    const records = recordsUpTo(predictions, session.history);
    lastGood.log = {
      get name() {
        return exportFile(session, 'json', records, messages, triedHere).name;
      },
      get text() {
        return exportFile(session, 'json', records, messages, triedHere).text;
      },
    };
  }, [session, predictions, messages, triedHere]);

  // Why moves the focus to itself when something is selected, so keyboard users follow.
  const whyRef = useRef<HTMLElement>(null);
  const focusWhy = useEffectEvent(() => {
    const why = whyRef.current;
    if (!why) return;
    why.focus({ preventScroll: true });
    // Its column scrolls to it and the page to the column: Why is on screen, beside the stage.
    why.scrollIntoView({ block: 'start' });
  });
  useEffect(() => {
    if (state.selection) focusWhy();
  }, [state.selection]);

  const moves = takenMoves(step);
  const moved = [...moves.keys()];
  const selected = state.selection?.kind === 'record' ? state.selection : null;
  const why = useMemo(() => whyContent(session, state.selection), [session, state.selection]);
  const diagram = (id: string, followActive = false) => {
    const party = conflictModel.parties.find((p) => p.id === id)!;
    return (
      <PartyDiagram
        key={id}
        party={party}
        posture={step.postures[id]!}
        taken={takenKey(moves.get(id))}
        onSelectEdge={a.selectEdge}
        onSelectState={a.selectState}
        followActive={followActive}
      />
    );
  };
  const outcome = conflictModel.outcomes.find((o) => o.id === step.outcome)?.label ?? step.outcome;
  const run = {
    lines: session.history.lines,
    line: line.id,
    cursor: session.history.cursor,
    hasNext: a.hasNext,
    ...(roundOpen ? { nextWhy: ROUND_OPEN_WHY } : {}),
    playing: a.playback.playing,
    speed: a.playback.speed,
  };
  // A new scenario opens on its brief: before the first step, the brief leads the detail.
  const briefFirst = session.history.cursor === 0 && line.steps.length === 1;

  const brief = <Brief key="brief" scenario={session.scenario} />;
  const predict = (
    <PredictPanel
      session={session}
      predictions={predictions}
      onLock={a.lock}
      onUnlock={a.unlock}
      onEnable={a.enablePredictions}
    />
  );
  const board = (
    <PostureBoard
      index={session.sim.index}
      step={step}
      first={team ? [team] : []}
      onSelectMove={a.selectMove}
    />
  );
  const controls = (
    <>
      <RunControls view={run} actions={a.run} />
      {(roundOpen || roundDue(session)) && (
        <Deferred>
          <NegotiationPanel
            scenario={s}
            due={roundDue(session)}
            round={negotiation.round}
            team={team}
            onOpen={negotiation.open}
            onEnd={negotiation.end}
            onSend={negotiation.send}
            onAnnounce={a.announce}
          />
        </Deferred>
      )}
      {!team && predict}
      <p
        className={state.announcement.text ? 'status' : 'status empty'}
        aria-live="polite"
        aria-atomic="true"
        id="announcer"
      >
        {state.announcement.text}
        {state.announcement.serial % 2 ? '\u00a0' : ''}
      </p>
      <ContentNote
        scenario={session.scenario.scenario}
        nextStep={nextScriptedEvent(session) ? session.history.cursor + 1 : null}
      />
      <StepNarration
        session={session}
        onShowBrief={() => showPanel('panel-brief')}
        onDebrief={() => showPanel('panel-debrief')}
        onCompare={compareLines}
        onExport={() => a.exportAs('json')}
      />
    </>
  );
  return (
    <div className={presenter ? 'app presenter' : 'app'}>
      {/* biome-ignore lint/a11y/useValidAnchor: a real link to #main, kept as one for assistive technology; the handler only stops the address from changing. */}
      <a className="skip-link" href="#main" onClick={a.skipToMain}>
        Skip to the simulation
      </a>
      <SiteHeader
        scenarios={state.scenarios}
        scenarioId={s.id}
        role={role}
        presenter={presenter}
        helpOpen={helpOpen}
        onScenario={a.openScenario}
        onRole={a.setRole}
        onPresenter={() => setPresenter(!presenter)}
        onHelp={() => setHelpOpen(!helpOpen)}
        onClear={a.clear}
      />
      <main id="main" tabIndex={-1}>
        <div className="stage-bar">
          <p className="scenario-title">
            <span className="visually-hidden">Open scenario: </span>
            {s.title}
          </p>
          <p className="tagline">A teaching simplification, not a forecast.</p>
          <DetailNav onShow={showPanel} />
        </div>
        <AlertArea alert={state.alert} onDismiss={() => dispatch({ type: 'alert', alert: null })} />
        <KeyboardHelp open={helpOpen} />
        <div className={team ? 'stage stage-team' : 'stage'}>
          {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a column that scrolls on its own must be reachable by keyboard (WCAG 2.1.1). */}
          <div className="stage-col stage-left" tabIndex={0}>
            {team && <RoleBrief scenario={session.scenario} role={team} />}
            {/* The team's role sheet goes here, beside its brief (mounted at the merge). */}
            {team && <RoleSheet scenario={session.scenario.scenario} party={team} />}
            {team ? board : controls}
          </div>
          {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a column that scrolls on its own must be reachable by keyboard (WCAG 2.1.1). */}
          <div className="stage-col stage-centre" tabIndex={0}>
            {team && <div className="own-diagram">{diagram(team, true)}</div>}
            {team ? controls : board}
            <section className="panel escalation" aria-labelledby="ladder-heading">
              <h2 id="ladder-heading">Escalation</h2>
              <div className="escalation-row">
                <div>
                  <LadderGauge level={step.ladder} outcome={outcome} />
                  <OutcomeList current={step.outcome} />
                </div>
                <LadderPlot steps={line.steps} cursor={session.history.cursor} script={s.script} />
              </div>
            </section>
          </div>
          {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a column that scrolls on its own must be reachable by keyboard (WCAG 2.1.1). */}
          <div className="stage-col stage-right" tabIndex={0}>
            <EventsPanel
              sim={session.sim}
              step={step}
              role={role}
              onSend={a.send}
              onRefused={a.tried}
            />
            {team && predict}
            <WhyPanel scenario={session.scenario} content={why} panelRef={whyRef} />
          </div>
        </div>
        <div className="detail">
          {briefFirst && brief}
          <section
            className="panel postures"
            id="panel-diagrams"
            tabIndex={-1}
            aria-labelledby="postures-heading"
          >
            <h2 id="postures-heading">Diagrams</h2>
            <p className="hint">
              Highlighted: each party’s current state. Orange arrow: the transition just taken;
              parties that moved come first. Click an arrow to see why it can happen, or a state
              (Tab to a diagram, arrow keys between states, Enter) to see the move that led to it.
            </p>
            {boardOrder(moved)
              .filter((id) => id !== team)
              .map((id) => diagram(id))}
          </section>
          <div id="panel-log" tabIndex={-1}>
            <TransitionLog
              index={session.sim.index}
              steps={steps}
              selected={selected}
              onSelect={a.selectRecord}
              predictions={recordsUpTo(predictions, session.history)}
              attempts={triedHere}
            />
          </div>
          <div id="panel-proposals" tabIndex={-1}>
            <Deferred>
              <ProposalBuilder
                sim={session.sim}
                step={step}
                proposals={s.proposals ?? []}
                onTable={a.send}
                onRefused={a.announce}
              />
            </Deferred>
          </div>
          {!briefFirst && brief}
          <div id="panel-debrief" tabIndex={-1}>
            <Deferred>
              <DebriefView
                scenario={session.scenario}
                lines={session.history.lines}
                line={line.id}
                cursor={session.history.cursor}
                predictions={predictions.records}
                messages={messages}
                attempts={attempts}
                compare={compare}
              />
            </Deferred>
          </div>
          <section
            className="panel analysis-area"
            id="panel-analysis"
            tabIndex={-1}
            aria-labelledby="analysis-heading"
          >
            <h2 id="analysis-heading">Analysis</h2>
            {/* Loaded on request: the panels and their worker are large and recompute at every step. */}
            <button
              type="button"
              aria-expanded={analysisOpen}
              onClick={() => setAnalysisOpen(!analysisOpen)}
            >
              {analysisOpen ? 'Hide analysis' : 'Show analysis'}
            </button>
            {analysisOpen && (
              <AnalysisSlot
                scenario={session.scenario}
                step={step}
                played={s.played}
                onLoadPath={a.loadPath}
              />
            )}
          </section>
          <div className="tools">
            <div id="panel-files" tabIndex={-1}>
              <FilesPanel
                scenarioId={s.id}
                onExport={a.exportAs}
                onImportLog={a.importLog}
                onOpenScenario={a.openScenarioFile}
                onShareScenario={a.share}
              />
            </div>
            <div id="panel-inspector" tabIndex={-1}>
              <InspectorPanel session={session} steps={steps} onStatus={a.announce} />
            </div>
          </div>
          <div id="panel-session" tabIndex={-1}>
            <Deferred>
              <ClassSession state={state} dispatch={dispatch} />
            </Deferred>
          </div>
          <div id="panel-gallery" tabIndex={-1}>
            <Gallery scenarios={state.scenarios} current={s.id} onOpen={a.openScenario} />
          </div>
        </div>
      </main>
      <footer className="site-footer">
        <p>
          Escalation Lab is a teaching simplification of a real conflict: it leaves out most causes
          and cannot predict events. The parties’ rules come from public, dated statements and
          reports; statements are attributed (“Hezbollah said…”, “Israel said…”). Sources are listed
          with their dates.
        </p>
      </footer>
    </div>
  );
}
