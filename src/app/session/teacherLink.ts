/**
 * The teacher's side of a class session: writes the line document, reads every team's
 * document (read-only on the server), follows who is here, and keeps a snapshot for
 * React (`useSyncExternalStore`). The engine work itself is in `reveal.ts`.
 */
import { isSubmission, lineDoc, teamDoc, type Submission } from '../../classroom/protocol.ts';
import {
  admitTeam,
  assignParty,
  endSession,
  removeTeam,
  roster,
  setAutoAdmit,
  type RosterTeam,
} from './api.ts';
import { SessionSocket, type OpenDoc } from './connection.ts';
import { readLine, writeInputs, type LineView } from './lineDoc.ts';
import type { Reveal, TeamSubmission } from './reveal.ts';

/** One team as the class panel lists it. */
export interface TeamView {
  readonly party: string;
  readonly name: string;
  readonly status: 'joined' | 'submitted' | 'offline';
  readonly submission: Submission | null;
}

/** What the panel renders. */
export interface TeacherSnapshot {
  readonly code: string;
  readonly connected: boolean;
  readonly synced: boolean;
  readonly line: LineView;
  /** The admitted teams: the ones that play. */
  readonly teams: readonly TeamView[];
  /** Teams that joined and wait for the teacher to admit them. */
  readonly waiting: readonly RosterTeam[];
  /** Whether teams that join are admitted without the teacher. */
  readonly autoAdmit: boolean;
  readonly error: string | null;
}

/** A live class session in the teacher's browser. */
export class TeacherLink {
  private readonly socket = new SessionSocket();
  private readonly line: OpenDoc;
  private readonly teamDocs = new Map<string, OpenDoc>();
  private roster: RosterTeam[] = [];
  private autoAdmit = false;
  private listeners = new Set<() => void>();
  private closed = false;
  private snapshot: TeacherSnapshot;
  private error: string | null = null;
  private readonly timer: ReturnType<typeof setInterval>;

  constructor(
    readonly code: string,
    private readonly token: string,
    readonly parties: readonly string[],
    scenario: string,
  ) {
    const changed = () => this.changed();
    this.line = this.socket.openDoc(lineDoc(code), token, {
      onChange: changed,
      onRefused: () =>
        this.fail('The session server no longer knows this session: it ended or expired.'),
    });
    // Says "the teacher is here" to the students' presence lists.
    this.line.provider.setAwarenessField('role', 'teacher');
    this.line.provider.on('synced', () => {
      if (!this.line.doc.getMap('session').get('scenario'))
        this.line.doc.getMap('session').set('scenario', scenario);
    });
    for (const party of parties)
      this.teamDocs.set(
        party,
        this.socket.openDoc(teamDoc(code, party), token, { onChange: changed }),
      );
    this.snapshot = this.compute();
    void this.refreshRoster();
    // A team waiting to be admitted opens no document, so only the roster shows it: ask often.
    this.timer = setInterval(() => void this.refreshRoster(), 3000);
  }

  private fail(message: string): void {
    this.error = message;
    this.changed();
  }

  /** Re-reads who joined (the server's list, the one source of truth). */
  async refreshRoster(): Promise<void> {
    try {
      const answer = await roster(this.token);
      this.roster = answer.teams;
      this.autoAdmit = answer.autoAdmit;
      // The class sees the admitted teams only: a waiting team is not part of the line yet.
      const admitted = this.roster.filter((t) => t.admitted);
      const teams = this.line.doc.getMap<string>('teams');
      this.line.doc.transact(() => {
        for (const key of [...teams.keys()])
          if (!admitted.some((t) => t.party === key)) teams.delete(key);
        for (const t of admitted) if (teams.get(t.party) !== t.name) teams.set(t.party, t.name);
      });
      this.changed();
    } catch (error) {
      this.fail(error instanceof Error ? error.message : String(error));
    }
  }

  private present(party: string): boolean {
    const provider = this.teamDocs.get(party)?.provider;
    if (!provider?.awareness) return false;
    const own = provider.awareness.clientID;
    return [...provider.awareness.getStates()].some(
      ([id, state]) => id !== own && state.team !== undefined,
    );
  }

  private submissionOf(party: string): Submission | null {
    const value = this.teamDocs.get(party)?.doc.getMap('team').get('submission');
    return isSubmission(value) ? value : null;
  }

  private compute(): TeacherSnapshot {
    const line = readLine(this.line.doc);
    const teams = this.admitted().map(({ party, name }): TeamView => {
      const submission = this.submissionOf(party);
      const waiting = submission !== null && this.isPending(line, party, submission);
      const status = !this.present(party) ? 'offline' : waiting ? 'submitted' : 'joined';
      return { party, name, status, submission };
    });
    return {
      code: this.code,
      connected: this.socket.connected,
      synced: this.line.provider.isSynced,
      line,
      teams,
      waiting: this.roster.filter((t) => !t.admitted),
      autoAdmit: this.autoAdmit,
      error: this.error,
    };
  }

  private admitted(): RosterTeam[] {
    return this.roster.filter((t) => t.admitted);
  }

  private isPending(line: LineView, party: string, s: Submission): boolean {
    const handled = line.verdicts[party];
    if (handled && handled.id >= s.id) return false;
    return line.freePlay || (line.roundOpen && s.round === line.round);
  }

  private refreshing = false;

  private changed(): void {
    // A team that just arrived (its awareness is here) but is not listed yet: ask now.
    const unknown = this.parties.some(
      (p) => this.present(p) && !this.roster.some((t) => t.party === p),
    );
    if (unknown && !this.refreshing) {
      this.refreshing = true;
      void this.refreshRoster().finally(() => (this.refreshing = false));
    }
    this.snapshot = this.compute();
    for (const listener of this.listeners) listener();
  }

  /** For `useSyncExternalStore`. */
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** For `useSyncExternalStore`. */
  getSnapshot = (): TeacherSnapshot => this.snapshot;

  /** Submissions waiting for the engine (this round's, or in free play every new one). */
  pending(): TeamSubmission[] {
    const line = readLine(this.line.doc);
    return this.admitted().flatMap(({ party, name }) => {
      const submission = this.submissionOf(party);
      return submission && this.isPending(line, party, submission)
        ? [{ party, team: name, submission }]
        : [];
    });
  }

  /** Publishes the teacher's line (up to the cursor) and the step's question. */
  setLine(inputs: readonly string[], question: string | null): void {
    this.line.doc.transact(() => {
      writeInputs(this.line.doc, inputs);
      const session = this.line.doc.getMap('session');
      if (session.get('question') !== question) session.set('question', question);
    });
  }

  /** Opens the next round. */
  openRound(): void {
    const session = this.line.doc.getMap('session');
    this.line.doc.transact(() => {
      session.set('round', Number(session.get('round') ?? 0) + 1);
      session.set('roundOpen', true);
    });
  }

  /** Turns free play on or off. */
  setFreePlay(on: boolean): void {
    this.line.doc.getMap('session').set('freePlay', on);
  }

  /** Records what a reveal did: verdicts, the round record, the prediction scores. */
  record(reveal: Reveal, closeRound: boolean): void {
    const doc = this.line.doc;
    doc.transact(() => {
      const verdicts = doc.getMap('verdicts');
      for (const [party, verdict] of Object.entries(reveal.verdicts)) verdicts.set(party, verdict);
      if (reveal.record.entries.length > 0) doc.getArray('rounds').push([reveal.record]);
      if (reveal.predictions.length > 0) doc.getArray('predictions').push([...reveal.predictions]);
      if (closeRound) doc.getMap('session').set('roundOpen', false);
    });
  }

  /** Lets a waiting team in. */
  async admit(party: string): Promise<void> {
    await admitTeam(this.token, party);
    await this.refreshRoster();
  }

  /** Moves a team to another free party; its devices follow. */
  async assign(party: string, to: string): Promise<void> {
    await assignParty(this.token, party, to);
    await this.refreshRoster();
  }

  /** Turns automatic admission on (which also admits every waiting team) or off. */
  async setAutoAdmit(on: boolean): Promise<void> {
    await setAutoAdmit(this.token, on);
    await this.refreshRoster();
  }

  /** Removes a team: its token stops working and its party is free again. */
  async remove(party: string): Promise<void> {
    await removeTeam(this.token, party);
    await this.refreshRoster();
  }

  /** Ends the session on the server, which deletes its data. */
  async end(): Promise<void> {
    await endSession(this.token);
  }

  /** The line document as read now. */
  read(): LineView {
    return readLine(this.line.doc);
  }

  /** Closes every connection. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    clearInterval(this.timer);
    this.socket.close();
  }
}
