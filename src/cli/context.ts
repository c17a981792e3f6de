/** Where a command writes: data to `out`, messages to `err`. Tests pass their own. */
export interface CliIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

/** A command: its usage line, a one-line summary, and what it does (returns the exit code). */
export interface Command {
  readonly usage: string;
  readonly summary: string;
  readonly run: (argv: readonly string[], io: CliIo) => number;
}
