/**
 * A team's side of a class session: reads the line (read-only on the server), writes
 * only its own team document, and says it is here (awareness), with a snapshot for
 * React. A reload or a dropped connection comes back to the same team by its token.
 */
import { lineDoc, teamDoc, type Prediction, type Submission } from '../../classroom/protocol.ts';
import { SessionSocket, type OpenDoc } from './connection.ts';
import { readLine, type LineView } from './lineDoc.ts';

/** What the student page renders. */
export interface StudentSnapshot {
  readonly connected: boolean;
  readonly synced: boolean;
  readonly line: LineView;
  readonly submission: Submission | null;
  readonly refused: string | null;
}

/** A team's live connection. */
export class StudentLink {
  private readonly socket = new SessionSocket();
  private readonly line: OpenDoc;
  private readonly team: OpenDoc;
  private readonly listeners = new Set<() => void>();
  private closed = false;
  private snapshot: StudentSnapshot;
  private refused: string | null = null;

  constructor(
    readonly code: string,
    readonly party: string,
    readonly name: string,
    token: string,
  ) {
    const changed = () => this.changed();
    const onRefused = () => {
      this.refused = 'The teacher removed this team, or the session has ended.';
      this.changed();
    };
    this.line = this.socket.openDoc(lineDoc(code), token, { onChange: changed, onRefused });
    this.team = this.socket.openDoc(teamDoc(code, party), token, { onChange: changed, onRefused });
    this.team.provider.setAwarenessField('team', name);
    this.snapshot = this.compute();
  }

  private compute(): StudentSnapshot {
    const submission =
      (this.team.doc.getMap('team').get('submission') as Submission | undefined) ?? null;
    return {
      connected: this.socket.connected,
      synced: this.line.provider.isSynced && this.team.provider.isSynced,
      line: readLine(this.line.doc),
      submission,
      refused: this.refused,
    };
  }

  private changed(): void {
    this.snapshot = this.compute();
    for (const listener of this.listeners) listener();
  }

  /** For `useSyncExternalStore`. */
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** For `useSyncExternalStore`. */
  getSnapshot = (): StudentSnapshot => this.snapshot;

  /** Writes the team's move for the current round into its own document. */
  submit(move: string, rationale: string, prediction: Prediction | null): void {
    const map = this.team.doc.getMap('team');
    const last = map.get('submission') as Submission | undefined;
    const submission: Submission = {
      id: (last?.id ?? 0) + 1,
      round: this.snapshot.line.round,
      move,
      rationale: rationale.slice(0, 300),
      prediction,
    };
    this.team.doc.transact(() => {
      map.set('name', this.name);
      map.set('submission', submission);
    });
  }

  /** Closes the connection. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.socket.close();
  }
}
