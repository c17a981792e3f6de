/** The browser entry: the app inside an error boundary that never leaves a blank page. */
// First: configure zod before any module builds a schema (no eval under the CSP).
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { ErrorBoundary } from './components/ErrorBoundary.tsx';
import { downloadText } from './download.ts';
import './styles.css';

const root = document.getElementById('root')!;
createRoot(root).render(
  <StrictMode>
    <ErrorBoundary onDownload={(name, text) => downloadText(name, text, 'application/json')}>
      <App />
    </ErrorBoundary>
  </StrictMode>,
);
