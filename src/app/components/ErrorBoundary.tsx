/**
 * The last line of defence: a bug in rendering shows a message and offers the log of
 * the last good state for download, never a blank page.
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';

/** Where the boundary finds the latest exportable log (set by the app on every render). */
export const lastGood: { log: { name: string; text: string } | null } = { log: null };

interface State {
  readonly error: Error | null;
}

/** Catches rendering errors below it. */
export class ErrorBoundary extends Component<
  { children: ReactNode; onDownload: (name: string, text: string) => void },
  State
> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Escalation Lab hit a bug:', error, info.componentStack);
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    const log = lastGood.log;
    return (
      <main className="crash" id="main">
        <h1>Escalation Lab hit a problem</h1>
        <p role="alert">Something went wrong while drawing the page: {error.message}</p>
        {log && (
          <p>
            Your steps are safe:{' '}
            <button type="button" onClick={() => this.props.onDownload(log.name, log.text)}>
              Export the log
            </button>
          </p>
        )}
        <p>
          <button type="button" onClick={() => location.reload()}>
            Reload the page
          </button>
        </p>
      </main>
    );
  }
}
