/**
 * The browser entry: the app inside an error boundary that never leaves a blank page,
 * rendered once the scenario it opens has arrived.
 */
import { type ReactNode, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { ErrorBoundary } from './components/ErrorBoundary.tsx';
import { downloadText } from './download.ts';
import '../theme/tokens.css';
import { Deferred, StudentPage } from './lazyPanels.tsx';
import { loadStartScenarios } from './startScenario.ts';
import { store } from './useLab.ts';
import './styles.css';

const root = createRoot(document.getElementById('root')!);
const render = (page: ReactNode) =>
  root.render(
    <StrictMode>
      <ErrorBoundary onDownload={(name, text) => downloadText(name, text, 'application/json')}>
        {page}
      </ErrorBoundary>
    </StrictMode>,
  );

// A class-session join link opens the student's page, never the teacher's lab.
if (location.hash.startsWith('#join='))
  render(
    <Deferred>
      <StudentPage />
    </Deferred>,
  );
// The lab first fetches the one scenario it opens (the others load when opened).
else
  loadStartScenarios(location.hash, store).then(
    (start) => render(<App start={start} />),
    (error: unknown) => {
      console.error('Escalation Lab could not load its scenario:', error);
      render(
        <p role="alert" className="crash">
          The scenario could not be loaded. Check the connection to this site and reload the page.
        </p>,
      );
    },
  );
