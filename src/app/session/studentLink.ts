/**
 * A team's side of a class session: reads the line (read-only on the server), writes
 * only its own team document, and says it is here (awareness on the line, which the
 * class's presence lists read), with a snapshot for React. A reload or a dropped
 * connection comes back to the same team by its token; when the teacher moves the team
 * to another party or removes it, the server drops its connections and this link asks
 * the server who it is now.
 */
import { lineDoc, teamDoc, type Prediction, type Submission } from '../../classroom/protocol.ts';
import { SessionError, whoAmI, type WhoAmI } from './api.ts';
import { SessionSocket, type OpenDoc } from './connection.ts';
import { readLine, type LineView } from './lineDoc.ts';
import { presenceOf, type Presence } from './presence.ts';

/** What the student page renders. */
export interface StudentSnapshot {
  readonly connected: boolean;
  readonly synced: boolean;
  readonly line: LineView;
  readonly submission: Submission | null;
  readonly refused: string | null;
  /** Who is here, as each device on the line says. */
  readonly presence: Presence;
}

/** The team's identity changed on the server: moved (a new `WhoAmI`) or removed (null). */
export type IdentityChange = (now: Extract<WhoAmI, { role: 'team' }> | null) => void;

/** The message a removed team sees. */
export const REMOVED = 'The teacher removed this team, or the session has ended.';

/** A team's live connection. */
export class StudentLink {
  private readonly socket = new SessionSocket();
  private readonly line: OpenDoc;
  private readonly team: OpenDoc;
  private readonly listeners = new Set<() => void>();
  private closed = false;
  private snapshot: StudentSnapshot;
  private refused: string | null = null;
  private checking = false;

  constructor(
    readonly code: string,
    readonly party: string,
    readonly name: string,
    private readonly token: string,
    private readonly onIdentity: IdentityChange = () => undefined,
  ) {
    const changed = () => this.changed();
    const check = () => void this.checkIdentity();
    const handlers = { onChange: changed, onRefused: check, onClosed: check };
    this.line = this.socket.openDoc(lineDoc(code), token, handlers);
    this.team = this.socket.openDoc(teamDoc(code, party), token, handlers);
    this.team.provider.setAwarenessField('team', name);
    this.line.provider.setAwarenessField('role', 'team');
    this.line.provider.setAwarenessField('party', party);
    this.snapshot = this.compute();
  }

  /**
   * Asks the server who this token is after a refusal or a dropped connection: another
   * party or waiting again goes to the page, gone means removed, and an unreachable
   * server means nothing yet (the socket reconnects by itself).
   */
  private async checkIdentity(): Promise<void> {
    if (this.checking || this.closed) return;
    this.checking = true;
    try {
      const me = await whoAmI(this.token);
      if (this.closed) return;
      if (me.role === 'team' && (me.party !== this.party || !me.admitted)) this.onIdentity(me);
    } catch (error) {
      if (this.closed || !(error instanceof SessionError) || error.status !== 403) return;
      this.refused = REMOVED;
      this.changed();
      this.onIdentity(null);
    } finally {
      this.checking = false;
    }
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
      presence: presenceOf(this.line.provider.awareness),
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
    // After a team before this one retired from the party, ids go on above its last one.
    const floor = Number(map.get('floor') ?? 0) || 0;
    const submission: Submission = {
      id: Math.max(last?.id ?? 0, floor) + 1,
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
