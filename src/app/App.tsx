/**
 * The Escalation Lab page. The stage fills the first screen: run controls, narration
 * and Predict; the board of every party and the ladder; the events and Why. Detail
 * (diagrams, log, brief, debrief, analysis, files, inspector, gallery) opens in a drawer
 * beside the stage, one click or key each; the proposal builder, debrief, inspector,
 * class session and gallery load their code when first opened. A team's view puts its brief, its moves and
 * its own diagram first. All behaviour goes through the engine.
 */
import {
  type ReactNode,
  useCallback,
  useDeferredValue,
  useEffect,
  useEffectEvent,
  useMemo,
  useRef,
  useState,
} from 'react';
import { conflictModel } from '../../machines/index.ts';
import { currentLine, currentStep, stepsToCursor } from '../engine/index.ts';
import { AnalysisSlot } from './analysis/AnalysisSlot.tsx';
import { AlertArea } from './components/AlertArea.tsx';
import { Brief, RoleBrief } from './components/Brief.tsx';
import { DETAIL_PANELS, DetailNav } from './components/DetailNav.tsx';
import { DetailSlot } from './components/DetailSlot.tsx';
import { lastGood } from './components/ErrorBoundary.tsx';
import { EventsPanel } from './components/EventsPanel.tsx';
import { FilesPanel } from './components/FilesPanel.tsx';
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
import type { StartScenarios } from './startScenario.ts';
import { bundledSummaries, listScenarios } from '../scenario/catalog.ts';
import { useLabActions } from './useLabActions.ts';
import { RoleSheet } from './components/RoleSheet.tsx';
import { nextScriptedEvent } from './state/script.ts';
import {
  ClassSession,
  DebriefView,
  Deferred,
  Gallery,
  InspectorPanel,
  NegotiationPanel,
  ProposalBuilder,
} from './lazyPanels.tsx';
import { messagesUpTo, ROUND_OPEN_WHY, roundDue } from './state/negotiation.ts';
import { useNegotiation } from './useNegotiation.ts';
import type { CompareRequest } from './debrief/DebriefView.tsx';
import { compareTarget } from './state/compareTarget.ts';
import { useDetailDrawer } from './useDetailDrawer.ts';
import { savedTeacher } from './session/stored.ts';
import { useShortcuts } from './useShortcuts.ts';

/** The app, opening on one of the `start` scenarios (see `startScenario.ts`). */
export function App({ start }: { readonly start: StartScenarios }) {
  const [state, dispatch, saves] = useLab(start);
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
  // A teacher's running class session reconnects on a reload, so its panel mounts at once.
  const drawer = useDetailDrawer(() => (savedTeacher() ? ['panel-session'] : []));
  // "Compare lines" (Line picker, end of the script): the debrief compares the current line.
  const [compare, setCompare] = useState<CompareRequest | null>(null);
  const compareLines = useCallback(() => {
    const other = compareTarget(h.lines, h.line);
    if (!other) return;
    setCompare((c) => ({ serial: (c?.serial ?? 0) + 1, line: h.line, other }));
    // Open, never toggle: a comparison asked for while the debrief is open keeps it open.
    if (drawer.open !== 'panel-debrief') drawer.show('panel-debrief');
  }, [h.lines, h.line, drawer]);
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
    saves.cancel,
  );
  const s = session.scenario.scenario;
  const team = role === TEACHER_ROLE ? null : role;
  const listed = useMemo(() => listScenarios(bundledSummaries, state.scenarios), [state.scenarios]);
  useShortcuts(Object.fromEntries(DETAIL_PANELS.map((p) => [p.key, () => drawer.show(p.id)])));
  /** A panel's place: below the stage, or the drawer when open. */
  const slot = (id: string, children: ReactNode) => (
    <DetailSlot id={id} open={drawer.open === id} onClose={drawer.close}>
      {children}
    </DetailSlot>
  );

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
  // Why sits on the stage: a drawer over it closes first (the focus goes to Why, not back).
  const closeDrawer = useEffectEvent(() => drawer.close(false));
  useEffect(() => {
    if (!state.selection) return;
    closeDrawer();
    focusWhy();
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
  // An opened debrief rebuilds from the whole line at every step, even with its drawer
  // closed (its tables grow with the line): it follows the state in a second,
  // interruptible render, so a step draws the stage first. The element is memoised on the
  // deferred state, so the step's own render skips it. Deferred only once the debrief was
  // opened: a deferred value asks for a second render of the page at every change.
  const debriefOpened = drawer.opened('panel-debrief');
  const later = useDeferredValue(debriefOpened ? state : null);
  const laterRound = negotiation.round;
  const laterCursor = later?.session.history.cursor ?? 0;
  const laterMessages = useMemo(
    () => messagesUpTo(laterRound, laterCursor),
    [laterRound, laterCursor],
  );
  const debriefPanel = useMemo(
    () =>
      later && (
        <Deferred>
          <DebriefView
            scenario={later.session.scenario}
            lines={later.session.history.lines}
            line={currentLine(later.session.history).id}
            cursor={later.session.history.cursor}
            predictions={currentPredictions(later).records}
            messages={laterMessages}
            attempts={currentAttempts(later)}
            compare={compare}
          />
        </Deferred>
      ),
    [later, laterMessages, compare],
  );
  // A new scenario opens on its brief: before the first step, the brief leads the detail.
  const briefFirst = session.history.cursor === 0 && line.steps.length === 1;

  const brief = (
    <DetailSlot
      key="brief"
      id="panel-brief"
      open={drawer.open === 'panel-brief'}
      onClose={drawer.close}
    >
      <Brief scenario={session.scenario} />
    </DetailSlot>
  );
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
      {!team && predict}
      {/* After Predict: the next step's question stays in the first screen while a round is due. */}
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
        onShowBrief={() => drawer.show('panel-brief')}
        onDebrief={() => drawer.show('panel-debrief')}
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
        scenarios={listed}
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
          <DetailNav open={drawer.open} onShow={drawer.show} />
        </div>
        <AlertArea alert={state.alert} onDismiss={() => dispatch({ type: 'alert', alert: null })} />
        <KeyboardHelp open={helpOpen} />
        <div className={team ? 'stage stage-team' : 'stage'}>
          {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a column that scrolls on its own must be reachable by keyboard (WCAG 2.1.1). */}
          <div className="stage-col stage-left" tabIndex={0}>
            {team && <RoleBrief scenario={session.scenario} role={team} />}
            {/* The team's role sheet goes here, beside its brief (mounted at the merge). */}
            {team && <RoleSheet scenario={session.scenario.scenario} party={team} />}
            {!team && controls}
          </div>
          {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a column that scrolls on its own must be reachable by keyboard (WCAG 2.1.1). */}
          <div className="stage-col stage-centre" tabIndex={0}>
            {/* A team sees the shared board first, then its own diagram beside its moves. */}
            {board}
            {team && <div className="own-diagram">{diagram(team, true)}</div>}
            {team && controls}
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
          {slot(
            'panel-diagrams',
            <section className="panel postures" aria-labelledby="postures-heading">
              <h2 id="postures-heading">Diagrams</h2>
              <p className="hint">
                Highlighted: each party’s current state. Orange arrow: the transition just taken;
                parties that moved come first. Click an arrow to see why it can happen, or a state
                (Tab to a diagram, arrow keys between states, Enter) to see the move that led to it.
              </p>
              {boardOrder(moved)
                .filter((id) => id !== team)
                .map((id) => diagram(id))}
            </section>,
          )}
          {slot(
            'panel-log',
            <TransitionLog
              index={session.sim.index}
              steps={steps}
              selected={selected}
              onSelect={a.selectRecord}
              predictions={recordsUpTo(predictions, session.history)}
              attempts={triedHere}
            />,
          )}
          {/* Proposals, Debrief, Inspector, Class session and Gallery load their code when first opened, and stay mounted after. */}
          {slot(
            'panel-proposals',
            drawer.opened('panel-proposals') && (
              <Deferred>
                <ProposalBuilder
                  sim={session.sim}
                  step={step}
                  proposals={s.proposals ?? []}
                  onTable={a.send}
                  onRefused={a.announce}
                />
              </Deferred>
            ),
          )}
          {!briefFirst && brief}
          {slot('panel-debrief', debriefPanel)}
          {slot(
            'panel-analysis',
            <section className="panel analysis-area" aria-labelledby="analysis-heading">
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
            </section>,
          )}
          <div className="tools">
            {slot(
              'panel-files',
              <FilesPanel
                scenarioId={s.id}
                onExport={a.exportAs}
                onImportLog={a.importLog}
                onOpenScenario={a.openScenarioFile}
                onShareScenario={a.share}
              />,
            )}
            {slot(
              'panel-inspector',
              drawer.opened('panel-inspector') && (
                <Deferred>
                  <InspectorPanel session={session} steps={steps} onStatus={a.announce} />
                </Deferred>
              ),
            )}
          </div>
          {slot(
            'panel-session',
            drawer.opened('panel-session') && (
              <Deferred>
                <ClassSession state={state} dispatch={dispatch} />
              </Deferred>
            ),
          )}
          {slot(
            'panel-gallery',
            drawer.opened('panel-gallery') && (
              <Deferred>
                <Gallery
                  scenarios={listed}
                  loaded={state.scenarios}
                  current={s.id}
                  onOpen={a.openScenario}
                />
              </Deferred>
            ),
          )}
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
