/** The browser entry: the app inside an error boundary that never leaves a blank page. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { ErrorBoundary } from './components/ErrorBoundary.tsx';
import { downloadText } from './download.ts';
import '../theme/tokens.css';
import { Deferred, StudentPage } from './lazyPanels.tsx';
import './styles.css';

const root = document.getElementById('root')!;
createRoot(root).render(
  <StrictMode>
    <ErrorBoundary onDownload={(name, text) => downloadText(name, text, 'application/json')}>
      {/* A class-session join link opens the student's page, never the teacher's lab. */}
      {location.hash.startsWith('#join=') ? (
        <Deferred>
          <StudentPage />
        </Deferred>
      ) : (
        <App />
      )}
    </ErrorBoundary>
  </StrictMode>,
);
